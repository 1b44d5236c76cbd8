import fs from "node:fs";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const FRAMEWORKS = ["next", "next/*", "react", "react-dom", "react/*", "@prisma/*", "@tiptap/*", "prisma", "i18next", "react-i18next"];

/** The repository's top-level folders (core, server, app…), read from disk so a new one is covered. */
const TOP_LEVEL = fs
  .readdirSync(import.meta.dirname, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules")
  .map((entry) => entry.name);

/**
 * A pattern for imports of the given top-level folders, however they are written: through the alias
 * (`@/server/…`) or relatively (`../../server/…`). A relative path is matched by the folder it names
 * after climbing, so the rule needs no resolver (and works for files that do not exist yet).
 */
const into = (folders, message, extra = {}) => ({ regex: `^(@/|(\\.\\./)+)(${folders.join("|")})(/|$)`, message, ...extra });

const PRISMA = { regex: "^@prisma/|^(@/|(\\.\\./)+)server/db/generated(/|$)", message: "Prisma lives in server/ only." };

/** The one rule that carries every layer restriction: ESLint keeps only the last setting of a rule per file. */
const layer = (files, ...patterns) => ({ files, rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] } });

const TS = "**/*.{ts,tsx,mts}";

const SERVER_VALUES = into(["server"], "components/ and editor/ import only types from server/: call it through actions/, put pure rules in core/.", {
  allowTypeImports: true,
});
const UI = [
  PRISMA,
  into(["app"], "components/ and editor/ never import app/ (route folders, app/_lib): server actions are in actions/ (ARCHITECTURE.md)."),
  SERVER_VALUES,
  into(["cli", "bench"], "components/ and editor/ do not import tools."),
  {
    regex: "^(@/|(\\.\\./)+)actions/_lib/run-action$",
    message: "The action runner is server code; import types from actions/_lib/action-result.",
    allowTypeImports: true,
  },
];

/** The workbench is a feature module: from outside, only its public face (components/workbench/index.ts). */
const WORKBENCH_FACE = {
  regex: "^(@/components/workbench/|(\\.\\./)+(components/)?workbench/)",
  message: "Import the workbench from @/components/workbench (its index.ts), not its internals.",
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "server/db/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  // The domain stays pure: no framework, no database, no editor, nothing else of the repo.
  layer(
    [`core/${TS}`],
    { group: FRAMEWORKS, message: "core/ is framework-free (see ARCHITECTURE.md)." },
    { group: ["@/*"], message: "core/ depends on nothing else in the repo." },
    into(
      TOP_LEVEL.filter((folder) => folder !== "core"),
      "core/ depends on nothing else in the repo.",
    ),
  ),
  // Use cases know nothing of their callers.
  layer(
    [`server/${TS}`],
    into(
      ["app", "actions", "components", "editor", "cli", "bench"],
      "server/ does not import its callers (app/, actions/, components/, editor/, cli/, bench/).",
    ),
  ),
  // Server actions: thin edges over server/; from app/ only the request helpers of app/_lib.
  layer([`actions/${TS}`], PRISMA, into(["components", "editor", "cli", "bench"], "actions/ is an edge over server/: no UI, no tools."), {
    regex: "^(@/|(\\.\\./)+)app/(?!_lib/)",
    message: "actions/ may use app/_lib (request helpers), never a route folder.",
  }),
  // The interface: server actions come from actions/, rules from core/; server/ only as types.
  layer([`components/${TS}`, `editor/${TS}`], ...UI),
  // Its tests may hold it against the server's own words (reason-message.test.ts).
  layer([`components/**/*.test.{ts,tsx}`, `editor/**/*.test.ts`], ...UI.filter((pattern) => pattern !== SERVER_VALUES)),
  layer([`app/${TS}`], PRISMA, into(["cli", "bench"], "app/ does not import tools."), WORKBENCH_FACE),
  { ...layer([`components/${TS}`], ...UI, WORKBENCH_FACE), ignores: ["components/workbench/**", "components/**/*.test.{ts,tsx}"] },
  // Tools over server/ and core/: never the web edge or the interface.
  layer([`cli/${TS}`], PRISMA, into(["app", "actions", "components", "editor", "bench"], "cli/ works over server/ and core/ only.")),
  layer(
    [`bench/${TS}`],
    into(["app", "actions", "components", "editor", "cli"], "bench/ measures server/ and core/ (and the built app through a browser), never its sources."),
  ),
];

export default config;
