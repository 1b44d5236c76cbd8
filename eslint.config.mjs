import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const FRAMEWORKS = ["next", "next/*", "react", "react-dom", "react/*", "@prisma/*", "@tiptap/*", "prisma", "i18next", "react-i18next"];

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
      "no-restricted-imports": ["error", { patterns: [{ group: ["@prisma/*", "@/server/db/generated/*"], message: "Prisma lives in server/ only." }] }],
    },
  },
];

export default config;
