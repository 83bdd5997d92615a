// ESLint 9 flat config. The layering rule below is the architecture in docs/architecture.md:
// src/core is pure math and must not import any other layer, Office or the DOM.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "docs/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tseslint.parser, parserOptions: { project: false } },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/functions/**", "**/models/**", "**/workbook/**", "**/taskpane/**", "**/cli/**"], message: "src/core is the bottom layer: it imports no other layer." },
            { group: ["@microsoft/office-js", "office-js", "exceljs", "@fluentui/*"], message: "src/core is pure math: no Office, no DOM, no file formats." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window"],
    },
  },
  {
    files: ["src/models/**/*.ts", "src/workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/taskpane/**", "**/functions/**", "**/cli/**"], message: "models and workbook sit below the UI, the functions and the CLI." }] }],
    },
  },
  {
    // Overrides the rule above for models: templates are data laid out by the workbook, never the reverse.
    files: ["src/models/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/taskpane/**", "**/functions/**", "**/cli/**", "**/workbook/**"], message: "models sit below the workbook, the UI, the functions and the CLI; the plan types they use live in src/plan." }] }],
    },
  },
  {
    files: ["src/plan/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/core/**", "**/models/**", "**/workbook/**", "**/taskpane/**", "**/functions/**", "**/cli/**"], message: "src/plan holds the plan and template types below both models and workbook: it imports no other layer." },
            { group: ["@microsoft/office-js", "office-js", "exceljs"], message: "a plan is plain data: no Office, no file formats." },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
