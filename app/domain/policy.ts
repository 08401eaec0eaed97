import { shanghaiDate } from "./time";

export interface PolicyWindow {
  effectiveFrom: string; // "2022-06-01", a Shanghai calendar date, inclusive
  effectiveTo: string; // "2025-05-31", inclusive
}

/** In force on the Shanghai calendar day of `now`, both ends of the window included. */
export function policyInForce(policy: PolicyWindow, now: Date): boolean {
  const today = shanghaiDate(now);
  return policy.effectiveFrom <= today && today <= policy.effectiveTo;
}
