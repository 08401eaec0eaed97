import type { MmRequestEvent } from "./matchmaking";
import { shanghaiDate } from "./time";

/** Pure rules of the conference's agendas, reminders, check-in and attendance. */

const DAY = 86_400_000;

/**
 * The reminder goes out on the Shanghai day before the event's first day: at `now`, events starting on this
 * date are due.
 */
export function reminderStartsOn(now: Date): string {
  return shanghaiDate(new Date(now.getTime() + DAY));
}

/**
 * A check-in code as typed at the door: spaces and hyphens dropped, upper case, and the letters Crockford base32
 * leaves out read as the digits they resemble (O → 0, I and L → 1). Null when it cannot be a code.
 */
export function normalizeCheckInCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(code) ? code : null;
}

/** How the attendance sweep closes a scheduled meeting once its slot ended: held only when both arrived. */
export function attendanceEvent(bothArrived: boolean): Extract<MmRequestEvent, "hold" | "noShow"> {
  return bothArrived ? "hold" : "noShow";
}

/** How far ahead the check-in page looks for meetings whose attendee has not arrived. */
export const CHECK_IN_LOOKAHEAD_MINUTES = 90;

/** "12.ics" → 12; "token.ics" → "token"; anything else → null (the route answers 404). */
export function icsName(file: string | undefined): string | null {
  const match = /^([A-Za-z0-9_-]{1,64})\.ics$/.exec(file ?? "");
  return match ? match[1]! : null;
}

/**
 * A Date whose local-time fields (getHours…, which ical-generator writes after TZID=) read the Shanghai wall
 * clock of `at`, whatever the server's zone. Shanghai has no DST; meeting hours are daytime, far from any
 * server-zone DST gap.
 */
export function shanghaiWallClock(at: Date): Date {
  const p = new Date(at.getTime() + 8 * 3_600_000);
  return new Date(
    p.getUTCFullYear(),
    p.getUTCMonth(),
    p.getUTCDate(),
    p.getUTCHours(),
    p.getUTCMinutes(),
    p.getUTCSeconds(),
  );
}

/** Asia/Shanghai as a VTIMEZONE: UTC+8 all year, no daylight-saving time since 1991. */
export const SHANGHAI_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Asia/Shanghai",
  "X-LIC-LOCATION:Asia/Shanghai",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0800",
  "TZOFFSETTO:+0800",
  "TZNAME:CST",
  "DTSTART:19700101T000000",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");
