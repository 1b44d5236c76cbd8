import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const FRAMEWORKS = ["next", "next/*", "react", "react-dom", "react/*", "@prisma/*", "@tiptap/*", "prisma", "i18next", "react-i18next"];

const PRISMA = { group: ["@prisma/*", "@/server/db/generated/*"], message: "Prisma lives in server/ only." };

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "server/db/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    // The domain stays pure: no framework, no database, no editor.
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: FRAMEWORKS, message: "core/ is framework-free (see ARCHITECTURE.md)." }, { group: ["@/*"], message: "core/ depends on nothing else in the repo." }] }],
    },
  },
  {
    // Prisma is reached only through server/.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "editor/**/*.ts", "cli/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [PRISMA] }],
    },
  },
  {
    // The workbench is a feature module: from outside, only its public face (components/workbench/index.ts).
    // (Repeats the Prisma pattern: a later no-restricted-imports replaces an earlier one for the same files.)
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["components/workbench/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [PRISMA, { group: ["@/components/workbench/*", "**/workbench/*"], message: "Import the workbench from @/components/workbench (its index.ts), not its internals." }] }],
    },
  },
];

export default config;
