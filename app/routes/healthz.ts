import { healthLoader } from "../server/platform/health.server";

/** Readiness for load balancers and Playwright: ok / degraded (200) or error (503); details for operators only. */
export const loader = healthLoader;
