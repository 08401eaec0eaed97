import { transitionIn, type LifecycleTable, type TransitionResult } from "./lifecycle";
import { SHANGHAI_OFFSET_MS } from "./time";

/**
 * The annual matchmaking conference (数字经济供需对接大会, policy clause 五(三)): meeting blocks cut into slots,
 * tables, registrations, one-to-one meeting requests and their lifecycles. Pure rules; SQL lives in
 * db/repositories/mm-*.ts.
 */

export const DEFAULT_SLOT_MINUTES = 20;
export const DEFAULT_BREAK_MINUTES = 5;
export const DEFAULT_MAX_MEETINGS = 12;
export const DEFAULT_REQUEST_EXPIRY_HOURS = 48;
export const MAX_ATTENDEES = 2;

/* ---------- lifecycles (guarded by the database trigger, see db/lifecycles.ts) ---------- */

export const MM_EVENT_STATUSES = ["draft", "published", "cancelled", "closed"] as const;
export type MmEventStatus = (typeof MM_EVENT_STATUSES)[number];
export const MM_EVENT_EVENTS = {
  publish: { from: ["draft"], to: "published" },
  cancel: { from: ["draft", "published"], to: "cancelled" },
  close: { from: ["published"], to: "closed" },
} as const satisfies LifecycleTable<MmEventStatus>;
export type MmEventEvent = keyof typeof MM_EVENT_EVENTS;

export const MM_REGISTRATION_STATUSES = ["pending", "validated", "refused", "withdrawn"] as const;
export type MmRegistrationStatus = (typeof MM_REGISTRATION_STATUSES)[number];
export const MM_REGISTRATION_EVENTS = {
  validate: { from: ["pending"], to: "validated" },
  refuse: { from: ["pending"], to: "refused" },
  withdraw: { from: ["pending", "validated"], to: "withdrawn" },
} as const satisfies LifecycleTable<MmRegistrationStatus>;
export type MmRegistrationEvent = keyof typeof MM_REGISTRATION_EVENTS;

/**
 * requested → accepted → scheduled → held | no_show | cancelled, or declined | expired. Accepting normally
 * schedules at once (`schedule` from requested); `accept` alone leaves the placing to staff when no slot is free.
 * Rescheduling keeps `scheduled` and moves the bookings.
 */
export const MM_REQUEST_STATUSES = [
  "requested",
  "accepted",
  "scheduled",
  "held",
  "no_show",
  "cancelled",
  "declined",
  "expired",
] as const;
export type MmRequestStatus = (typeof MM_REQUEST_STATUSES)[number];
export const MM_REQUEST_EVENTS = {
  accept: { from: ["requested"], to: "accepted" },
  schedule: { from: ["requested", "accepted"], to: "scheduled" },
  decline: { from: ["requested"], to: "declined" },
  expire: { from: ["requested"], to: "expired" },
  cancel: { from: ["requested", "accepted", "scheduled"], to: "cancelled" },
  hold: { from: ["scheduled", "no_show"], to: "held" },
  noShow: { from: ["scheduled", "held"], to: "no_show" },
} as const satisfies LifecycleTable<MmRequestStatus>;
export type MmRequestEvent = keyof typeof MM_REQUEST_EVENTS;

/** Statuses in which a request holds a slot and a table (the database checks the same). */
export const PLACED_STATUSES: readonly MmRequestStatus[] = ["scheduled", "held", "no_show"];
/** Statuses that still wait for someone (closed when the event is cancelled). */
export const OPEN_STATUSES: readonly MmRequestStatus[] = ["requested", "accepted"];

export function mmEventTransition(from: MmEventStatus, event: MmEventEvent) {
  return transitionIn<MmEventStatus, typeof MM_EVENT_EVENTS>(MM_EVENT_EVENTS, from, event);
}
export function mmRegistrationTransition(from: MmRegistrationStatus, event: MmRegistrationEvent) {
  return transitionIn<MmRegistrationStatus, typeof MM_REGISTRATION_EVENTS>(
    MM_REGISTRATION_EVENTS,
    from,
    event,
  );
}
export function mmRequestTransition(
  from: MmRequestStatus,
  event: MmRequestEvent,
): TransitionResult<MmRequestStatus, MmRequestEvent> {
  return transitionIn<MmRequestStatus, typeof MM_REQUEST_EVENTS>(MM_REQUEST_EVENTS, from, event);
}

export const MM_FEEDBACK_OUTCOMES = ["intent", "contract", "none"] as const;
export type MmFeedbackOutcome = (typeof MM_FEEDBACK_OUTCOMES)[number];

/* ---------- blocks and slots ---------- */

export interface TimeRange {
  startsAt: Date;
  endsAt: Date;
}

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * A meeting block as staff write it: a Shanghai date and two wall-clock times ("2026-12-10", "09:30", "12:00").
 * Shanghai has no daylight-saving time, so the offset is fixed. Null when a part is malformed or end ≤ start.
 */
export function shanghaiBlock(date: string, from: string, to: string): TimeRange | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const a = LOCAL_TIME.exec(from);
  const b = LOCAL_TIME.exec(to);
  if (!d || !a || !b) return null;
  const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const midnight = Date.UTC(y, m - 1, day);
  const check = new Date(midnight);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== day)
    return null;
  const at = (h: string, min: string) =>
    new Date(midnight + (Number(h) * 60 + Number(min)) * 60_000 - SHANGHAI_OFFSET_MS);
  const range = { startsAt: at(a[1]!, a[2]!), endsAt: at(b[1]!, b[2]!) };
  return range.startsAt < range.endsAt ? range : null;
}

/**
 * Cuts each block into slots of `slotMinutes`, with `breakMinutes` between consecutive slots; a remainder too
 * short for a whole slot is left unused. Blocks must not overlap (see `overlappingBlocks`).
 */
export function slotsOfBlocks<B extends TimeRange>(
  blocks: readonly B[],
  slotMinutes: number,
  breakMinutes: number,
): (TimeRange & { block: B })[] {
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0)
    throw new Error("slotMinutes must be a positive integer");
  if (!Number.isInteger(breakMinutes) || breakMinutes < 0) throw new Error("breakMinutes must be ≥ 0");
  const slot = slotMinutes * 60_000;
  const step = slot + breakMinutes * 60_000;
  const out: (TimeRange & { block: B })[] = [];
  for (const block of [...blocks].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime()))
    for (let start = block.startsAt.getTime(); start + slot <= block.endsAt.getTime(); start += step)
      out.push({ startsAt: new Date(start), endsAt: new Date(start + slot), block });
  return out;
}

/** Pairs of blocks (by index) that overlap in time; staff may not save overlapping blocks. */
export function overlappingBlocks(blocks: readonly TimeRange[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < blocks.length; i++)
    for (let j = i + 1; j < blocks.length; j++)
      if (blocks[i]!.startsAt < blocks[j]!.endsAt && blocks[j]!.startsAt < blocks[i]!.endsAt)
        pairs.push([i, j]);
  return pairs;
}

/* ---------- first free slot ---------- */

export interface SlotOccupancy {
  slotId: number;
  startsAt: Date;
  /** Attendees already booked in this slot. */
  busyAttendeeIds: ReadonlySet<number>;
  /** Tables already booked in this slot. */
  busyTableIds: ReadonlySet<number>;
}

/**
 * The earliest slot after `now` where every one of `attendeeIds` and some table are free, with the first free
 * table in `tableIds` order; null when there is none. The database query in db/repositories/mm-scheduling.ts
 * answers the same question for real; this is the rule it implements.
 */
export function firstFreeSlot(
  slots: readonly SlotOccupancy[],
  tableIds: readonly number[],
  attendeeIds: readonly number[],
  now: Date,
): { slotId: number; tableId: number } | null {
  const ordered = [...slots].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.slotId - b.slotId,
  );
  for (const slot of ordered) {
    if (slot.startsAt <= now) continue;
    if (attendeeIds.some((id) => slot.busyAttendeeIds.has(id))) continue;
    const table = tableIds.find((id) => !slot.busyTableIds.has(id));
    if (table !== undefined) return { slotId: slot.slotId, tableId: table };
  }
  return null;
}

/* ---------- what a request may do ---------- */

export type RequestRefusal =
  | "bookingClosed"
  | "bookingNotOpen"
  | "eventNotPublished"
  | "notValidated"
  | "ownRegistration"
  | "meetingCap"
  | "slotInPast";

/**
 * Why a new meeting request (or accepting one) is refused, or null when it may go ahead. `meetingsOf` counts the
 * attendee's placed meetings (scheduled, held, no-show).
 */
export function requestRefusal(input: {
  eventStatus: MmEventStatus;
  bookingOpensAt: Date;
  bookingClosesAt: Date;
  now: Date;
  fromRegistrationId: number;
  toRegistrationId: number;
  fromStatus: MmRegistrationStatus;
  toStatus: MmRegistrationStatus;
  maxMeetings: number;
  fromMeetings: number;
  toMeetings: number;
}): RequestRefusal | null {
  if (input.eventStatus !== "published") return "eventNotPublished";
  if (input.now < input.bookingOpensAt) return "bookingNotOpen";
  if (input.now >= input.bookingClosesAt) return "bookingClosed";
  if (input.fromRegistrationId === input.toRegistrationId) return "ownRegistration";
  if (input.fromStatus !== "validated" || input.toStatus !== "validated") return "notValidated";
  if (input.fromMeetings >= input.maxMeetings || input.toMeetings >= input.maxMeetings) return "meetingCap";
  return null;
}

/** When a request made at `now` expires unanswered. */
export function requestExpiresAt(now: Date, expiryHours: number): Date {
  return new Date(now.getTime() + expiryHours * 3_600_000);
}
