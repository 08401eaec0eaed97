import { defineConfig } from "vitest/config";

// Separate from vite.config.ts: the Remix plugin is for the app build, not for tests.
export default defineConfig({
  test: {
    include: [
      "tests/unit/**/*.test.ts",
      "tests/integration/**/*.test.ts",
      "tests/security/**/*.test.ts",
      "tests/supply-demand/**/*.test.ts",
      "tests/matchmaking/**/*.test.ts",
      "tests/payouts/**/*.test.ts",
      "tests/open-data/**/*.test.ts",
      "tests/stats/**/*.test.ts",
    ],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup-file.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
