import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

/**
 * The layers of DESIGN.md as a rule: routes → server → {search, db} → domain. Each zone names a folder
 * (`target`) and the folders it must never import from (`from`).
 */
const layers = [
  {
    target: "./app/domain",
    from: [
      "./app/server",
      "./app/routes",
      "./app/components",
      "./app/forms",
      "./app/i18n",
      "./db",
      "./search",
    ],
    message: "domain/ holds pure rules: no I/O, no UI, no forms.",
  },
  {
    target: "./app/forms",
    from: ["./app/server", "./app/routes", "./app/components", "./db", "./search"],
    message: "forms/ holds zod schemas shared by browser and server.",
  },
  {
    target: "./app/i18n",
    from: ["./app/server", "./app/routes", "./db", "./search"],
    message: "i18n/ is shared by browser and server.",
  },
  {
    target: "./app/components",
    from: ["./app/server", "./app/routes", "./db", "./search"],
    message: "components never reach server, db or search.",
  },
  {
    target: "./app/server",
    from: ["./app/routes", "./app/components"],
    message: "server/ is below the routes and knows nothing of components.",
  },
  {
    target: "./search",
    from: ["./app/server", "./app/routes", "./app/components", "./app/i18n", "./app/forms"],
    message: "search/ sits below app/server.",
  },
  {
    target: "./db",
    from: ["./app/server", "./app/routes", "./app/components", "./app/i18n", "./app/forms", "./search"],
    message: "db/ sits below app/server and search/.",
  },
];

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "tests/artifacts/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "db/**/*.ts", "search/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": ["error", { zones: layers }],
    },
  },
  {
    // Kysely's documented convention: migrations see the database as it was, not today's typed schema.
    files: ["db/migrations/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
