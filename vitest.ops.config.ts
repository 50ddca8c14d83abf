import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * `npm run test:ops`: only the tests that run the operator's commands as separate processes
 * (migrate, seed, backup/restore), about 11 s. `npm test` runs them too (vitest.config.ts, "ops").
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/server-only.ts"),
    },
  },
  test: { include: ["tests/ops/**/*.test.ts"], testTimeout: 180_000, hookTimeout: 60_000 },
});
