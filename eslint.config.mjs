// ESLint flat config: typescript-eslint's recommended rules plus the layering of docs/development.md,
// written as import restrictions per folder so that a forbidden import fails `npm run lint` (and CI)
// instead of waiting for a reviewer. Types may cross layers (`import type`); values may not.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** A gitignore-style pattern group matching an aliased (`@/x`) or relative (`../x`) import of a folder. */
const folder = (name) => [`@/${name}`, `@/${name}/**`, `**/${name}`, `**/${name}/**`];

/** One `no-restricted-imports` rule for a layer: the folders it must not import values from. */
const restrict = (groups) => ({
  "@typescript-eslint/no-restricted-imports": [
    "error",
    { patterns: groups.map(({ group, message, types = true }) => ({ group, message, allowTypeImports: types })) },
  ],
});

const DB = { group: folder("db"), message: "Only lib/data talks to the database: pass data in as props or arguments." };
const DATA = {
  group: folder("lib/data"),
  message: "Use cases are called by pages, actions and route handlers, which pass the results down.",
};
// Server-only helpers that open the database on their own; pages call them and pass the result down.
const DATA_HELPERS = {
  group: ["@/lib/i18n/reason-formatter"],
  message: "getReasonFormatter reads the database: the page makes the formatter and passes it as a prop.",
};
const APP = { group: folder("app"), message: "Nothing outside app/ imports from app/: move shared code to lib/ or components/." };

export const layers = [
  // Presentational components receive data as props (CONVENTIONS: components never fetch).
  { name: "layers/components", files: ["components/**/*.{ts,tsx}"], rules: restrict([DB, DATA, DATA_HELPERS, APP]) },
  // The matching engine is pure: no database, no use cases, no framework, not even their types.
  {
    name: "layers/matching",
    files: ["lib/matching/**/*.ts"],
    rules: restrict([
      { ...DB, types: false },
      { ...DATA, types: false },
      { group: ["next", "next/**", "react", "react/**", "react-dom", "react-dom/**"], message: "lib/matching is pure: no framework.", types: false },
      APP,
    ]),
  },
  // Schemas are shared by forms, actions, route handlers and OpenAPI: they cannot depend on use cases.
  { name: "layers/validation", files: ["lib/validation/**/*.ts"], rules: restrict([DATA, APP]) },
  // The rest of lib/ (auth, http, i18n, …) never reaches into routes.
  { name: "layers/lib", files: ["lib/**/*.{ts,tsx}"], ignores: ["lib/matching/**", "lib/validation/**"], rules: restrict([APP]) },
  // db/ is below lib/data. The demo seed drives real use cases through one named seam.
  {
    name: "layers/db",
    files: ["db/**/*.ts"],
    ignores: ["db/seed/use-case-seam.ts"],
    rules: restrict([{ ...DATA, message: "db/ is below lib/data; the demo seed reaches use cases only through db/seed/use-case-seam.ts." }, APP]),
  },
  // Tests may import route handlers to call them directly; scripts and benchmarks may not import routes.
  { name: "layers/outside-app", files: ["scripts/**/*.ts", "bench/**/*.ts", "*.ts"], rules: restrict([APP]) },
];

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", ".next-*/", ".data/", "reports/", "test-results/", "playwright-report/", "next-env.d.ts", "db/migrations/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: "module" },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // TypeScript already reports undefined names, with the DOM and Node globals it knows about.
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  ...layers,
);
