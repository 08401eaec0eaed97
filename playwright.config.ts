import { execFileSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3107);
const chromium =
  process.env.CHROMIUM_PATH ?? execFileSync("sh", ["-c", "command -v chromium || true"]).toString().trim();
if (!chromium)
  throw new Error(
    "Debian's Chromium is needed for the browser tests: run `npx tsx scripts/ensure-browser.ts` (as root it installs chromium and fonts-wqy-microhei)",
  );

// The app under test runs exactly as `npm start` does, on the embedded defaults, in a throw-away data directory.
const dataDir = "test-results/e2e-data";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/playwright",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
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
  webServer: {
    command: `rm -rf ${dataDir} && tsx scripts/serve.ts --built`,
    url: `http://localhost:${port}/healthz`,
    // Mail (verification links) is written as .eml files where the journeys read it (tests/e2e/helpers.ts).
    env: { PORT: String(port), DATA_DIR: dataDir, MAIL_DIR: `${dataDir}/mail`, JIEBANG_QUIET: "true" },
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
