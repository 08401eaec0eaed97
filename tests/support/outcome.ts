import type { Outcome } from "../../app/server/platform/outcome.server";

/** The value of a service call that has to succeed for the test to go on; a refusal stops it, naming why. */
export function must<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`service refused: ${JSON.stringify(outcome)}`);
  return outcome.value;
}
