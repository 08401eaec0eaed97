import { normalizeTyped } from "./text";

/**
 * Times are stored in UTC and shown in Asia/Shanghai. China has had no daylight-saving time since 1991, so
 * the zone is a fixed +08:00 for every date this product handles.
 */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-12-31T17:00" or "2026-12-31 17:00" read as Shanghai wall-clock time; null when not a real moment. */
export function shanghaiLocalToUtc(text: string): Date | null {
  const m = LOCAL_PATTERN.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!) - SHANGHAI_OFFSET_MS;
  const check = new Date(utc + SHANGHAI_OFFSET_MS);
  const valid =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month! - 1 &&
    check.getUTCDate() === day &&
    hour! < 24 &&
    minute! < 60 &&
    second! < 60;
  return valid ? new Date(utc) : null;
}

/** A deadline written with a date only means this time of that day (the import template says so). */
export const DEFAULT_DEADLINE_TIME = "17:00";

const DATE_TIME_PATTERN =
  /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?)(?:(?:\s*|T)(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export type ParsedDateTime = { ok: true; at: Date } | { ok: false; problem: "format" | "impossible" };

/**
 * Shanghai wall-clock time as people write it: "2026-12-01 17:00", "2026/12/1 17:00", "2026年12月1日 17:00",
 * "2026-12-01T17:00"; without a time, `defaultTime` ("17:00"). "format" when it is not a date at all,
 * "impossible" when it is one that does not exist (2026-02-30, 25:00).
 */
export function parseShanghaiDateTime(input: string, defaultTime = DEFAULT_DEADLINE_TIME): ParsedDateTime {
  const m = DATE_TIME_PATTERN.exec(normalizeTyped(input));
  if (!m) return { ok: false, problem: "format" };
  const [defaultHour, defaultMinute] = defaultTime.split(":");
  const year = Number(m[1]);
  const month = Number(m[2] ?? m[4]);
  const day = Number(m[3] ?? m[5]);
  const hour = Number(m[6] ?? defaultHour);
  const minute = Number(m[7] ?? defaultMinute);
  const second = Number(m[8] ?? 0);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - SHANGHAI_OFFSET_MS;
  const check = new Date(utc + SHANGHAI_OFFSET_MS);
  const exists =
    month >= 1 &&
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  return exists ? { ok: true, at: new Date(utc) } : { ok: false, problem: "impossible" };
}

function shanghaiParts(date: Date) {
  const d = new Date(date.getTime() + SHANGHAI_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
    seconds: pad(d.getUTCSeconds()),
  };
}

/** The Shanghai calendar date, "2026-11-25". */
export function shanghaiDate(date: Date): string {
  return shanghaiParts(date).date;
}

/** For datetime-local inputs and spreadsheet cells: "2026-12-31 17:00". */
export function utcToShanghaiLocal(date: Date, separator: "T" | " " = " "): string {
  const parts = shanghaiParts(date);
  return `${parts.date}${separator}${parts.time}`;
}

/** ISO 8601 with the +08:00 offset, for the public API. */
export function toShanghaiIso(date: Date): string {
  const parts = shanghaiParts(date);
  return `${parts.date}T${parts.time}:${parts.seconds}+08:00`;
}

/** Whole Shanghai calendar days from now until the deadline's day (0 on the day itself, negative after). */
export function daysUntil(deadline: Date, now: Date): number {
  const day = (d: Date) => Date.parse(`${shanghaiDate(d)}T00:00:00Z`);
  return Math.round((day(deadline) - day(now)) / 86_400_000);
}
