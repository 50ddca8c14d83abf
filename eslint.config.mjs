import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * Imports run one way: app → components → lib → db. Each layer may import those below it, never
 * those above. `lib/env` (validated configuration) sits under every layer, the database client
 * included. Tests are exempt: they exercise the layers together.
 */
const layer = (below, message) => ({ regex: `^(@/|(\\.\\./)+)(${below})(/|$)`, message });
const layers = [
  { files: ["db/**"], forbid: "lib(?!/env$)|components|app", message: "db/ is the bottom layer: it imports nothing from lib/ (but lib/env), components/ or app/. Move the orchestration up into lib/<domain>, or pass the value in." },
  { files: ["lib/**"], forbid: "components|app", message: "lib/ sits under components/ and app/: pass what it needs in as arguments." },
  { files: ["components/**"], forbid: "app", message: "components/ sits under app/: pass server actions in as props." },
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...layers.map(({ files, forbid, message }) => ({
    files: files.map((f) => `${f}/*.{ts,tsx,mts,mjs}`),
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [layer(forbid, message)] }] },
  })),
];

export default config;
