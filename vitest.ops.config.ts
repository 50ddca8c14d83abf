import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * `npm run test:ops`: slower tests that run the operator's commands and servers as separate
 * processes (migrate, seed, backup/restore). Not part of `npm test`, to keep CI within its budget.
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
