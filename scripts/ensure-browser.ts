/**
 * The browser tests run in Debian's Chromium with a CJK font (Playwright's own browser download is not used).
 * Run first by `npm test`: as root it installs what is missing from Debian, saying so; otherwise it prints the
 * command to run and exits 1.
 */
import { spawnSync } from "node:child_process";

const PACKAGES = ["chromium", "fonts-wqy-microhei"] as const;

function succeeds(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}

function installed(pkg: (typeof PACKAGES)[number]): boolean {
  // As playwright.config.ts finds the browser: CHROMIUM_PATH, else `chromium` on the PATH.
  if (pkg === "chromium")
    return Boolean(process.env.CHROMIUM_PATH) || succeeds("sh", ["-c", "command -v chromium"]);
  const status = spawnSync("dpkg-query", ["-W", "-f=${Status}", pkg], { encoding: "utf8" });
  return status.status === 0 && status.stdout.trim() === "install ok installed";
}

function run(args: string[]) {
  console.log(`$ ${args.join(" ")}`);
  const result = spawnSync(args[0]!, args.slice(1), {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.status !== 0) {
    console.error(
      `ensure-browser: "${args.join(" ")}" failed (${result.error?.message ?? `exit ${result.status}`})`,
    );
    process.exit(1);
  }
}

const missing = PACKAGES.filter((pkg) => !installed(pkg));
if (missing.length > 0) {
  const install = ["apt-get", "install", "-y", "--no-install-recommends", ...missing];
  if (process.getuid?.() === 0) {
    console.log(`ensure-browser: the browser tests need ${missing.join(" and ")}; installing from Debian.`);
    run(["apt-get", "update"]);
    run(install);
  } else {
    console.error(
      `ensure-browser: the browser tests need ${missing.join(" and ")} from Debian. Install as root:\n\n` +
        `  sudo apt-get update && sudo ${install.join(" ")}\n`,
    );
    process.exit(1);
  }
}
