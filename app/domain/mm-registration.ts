import type { MmEventStatus, MmRegistrationStatus } from "./matchmaking";

/** Registration for the conference: pure rules (window, what may change when). */

export const NOTE_MAX = 1000;
export const REFUSE_REASON_MAX = 1000;
export const ATTENDEE_NAME_MAX = 60;
export const JOB_TITLE_MAX = 60;
export const MAX_ITEMS_BROUGHT = 20;

export type RegistrationRefusal = "eventNotPublished" | "notOpenYet" | "closed";

/** Whether an organization may register now, or edit its pending registration. Null when it may. */
export function registrationWindowRefusal(input: {
  eventStatus: MmEventStatus;
  opensAt: Date;
  closesAt: Date;
  now: Date;
}): RegistrationRefusal | null {
  if (input.eventStatus !== "published") return "eventNotPublished";
  if (input.now < input.opensAt) return "notOpenYet";
  if (input.now >= input.closesAt) return "closed";
  return null;
}

/** Editable while pending (and inside the window); withdrawable while pending or validated. */
export const mayEditRegistration = (status: MmRegistrationStatus) => status === "pending";
export const mayWithdrawRegistration = (status: MmRegistrationStatus) =>
  status === "pending" || status === "validated";

/** Item ids the form names that are not among the organization's published items (forged or stale). */
export function foreignItemIds(chosen: readonly number[], allowed: readonly number[]): number[] {
  const ok = new Set(allowed);
  return chosen.filter((id) => !ok.has(id));
}
