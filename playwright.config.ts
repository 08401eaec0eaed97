import { execFileSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";
import { e2eDataDir, e2ePort } from "./tests/e2e/servers";

const chromium =
  process.env.CHROMIUM_PATH ?? execFileSync("sh", ["-c", "command -v chromium || true"]).toString().trim();
if (!chromium)
  throw new Error(
    "Debian's Chromium is needed for the browser tests: run `npx tsx scripts/ensure-browser.ts` (as root it installs chromium and fonts-wqy-microhei)",
  );

/**
 * Two workers, each with its own app under test: a server runs exactly as `npm start` does, on the embedded
 * defaults, in a throw-away data directory of its own (its own PostgreSQL and demo data), so what one worker's
 * journey changes is never seen by the other's (tests/e2e/fixtures.ts points each worker at its server).
 */
const workers = 2;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/playwright",
  fullyParallel: false,
  workers,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${e2ePort(0)}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: Array.from({ length: workers }, (_, parallelIndex) => {
    const dataDir = e2eDataDir(parallelIndex);
    const serverPort = e2ePort(parallelIndex);
    return {
      command: `rm -rf ${dataDir} && node build/server/serve.js --built`,
      url: `http://localhost:${serverPort}/healthz`,
      // Mail (verification links) is written as .eml files where the journeys read it (tests/e2e/helpers.ts).
      env: {
        PORT: String(serverPort),
        DATA_DIR: dataDir,
        MAIL_DIR: `${dataDir}/mail`,
        JIEBANG_QUIET: "true",
      },
      reuseExistingServer: false,
      timeout: 180_000,
    };
  }),
});
