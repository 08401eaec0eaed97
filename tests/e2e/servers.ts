/** Where the app under test of each Playwright worker listens and keeps its data (playwright.config.ts). */
export function e2ePort(parallelIndex: number): number {
  return Number(process.env.E2E_PORT ?? 3107) + parallelIndex;
}

export function e2eDataDir(parallelIndex: number): string {
  return `test-results/e2e-data-${parallelIndex}`;
}
