import type { ChildProcess } from "node:child_process";

/** Shared by the benchmarks in scripts/: the p-th percentile of sorted numbers, and waiting for a server to answer. */

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Polls `url` every 100 ms until it answers 2xx; fails when the child exits or after `seconds`. */
export async function waitForHealth(url: string, child: ChildProcess, seconds = 60) {
  for (let i = 0; i < seconds * 10; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}
