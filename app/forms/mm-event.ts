import { z } from "./zod";
import { requiredText, wholeNumber } from "./fields";
import { formMessage } from "../i18n/i18n";
import { overlappingBlocks, shanghaiBlock, type TimeRange } from "../domain/matchmaking";
import { SD_DOMAINS } from "../domain/supply-demand";
import { shanghaiLocalToUtc } from "../domain/time";

/**
 * The staff forms of a conference (/staff/events, /staff/events/:id, /staff/events/:id/roadshows). Times are
 * typed as Shanghai wall-clock time and leave here as UTC instants. Rules that need the stored event (blocks and
 * sessions inside its dates) take the dates as an argument.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A Shanghai calendar date "YYYY-MM-DD" that exists. */
export const shanghaiDateField = z
  .string({ error: "err.required" })
  .trim()
  .min(1, "err.required")
  .refine((text) => DATE.test(text) && shanghaiBlock(text, "00:00", "00:01") !== null, "mmEvents.err.date");

/** A Shanghai date-time from a datetime-local input ("2026-12-01T09:00"), as a UTC instant. */
const shanghaiInstant = z
  .string({ error: "err.required" })
  .trim()
  .min(1, "err.required")
  .transform((text, ctx) => {
    const at = shanghaiLocalToUtc(text);
    if (!at) {
      ctx.addIssue({ code: "custom", message: "mmEvents.err.dateTime" });
      return z.NEVER;
    }
    return at;
  });

export const mmEventSettingsSchema = z
  .object({
    year: wholeNumber(2000, 2100),
    titleZh: requiredText(200),
    titleEn: requiredText(200),
    venueZh: requiredText(200),
    venueEn: requiredText(200),
    startsOn: shanghaiDateField,
    endsOn: shanghaiDateField,
    registrationOpensAt: shanghaiInstant,
    registrationClosesAt: shanghaiInstant,
    bookingOpensAt: shanghaiInstant,
    bookingClosesAt: shanghaiInstant,
    slotMinutes: wholeNumber(5, 120),
    breakMinutes: wholeNumber(0, 60),
    maxMeetingsPerAttendee: wholeNumber(1, 100),
    requestExpiryHours: wholeNumber(1, 720),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "mmEvents.err.endsBeforeStarts" });
    if (v.registrationClosesAt <= v.registrationOpensAt)
      ctx.addIssue({
        code: "custom",
        path: ["registrationClosesAt"],
        message: "mmEvents.err.windowReversed",
      });
    if (v.bookingClosesAt <= v.bookingOpensAt)
      ctx.addIssue({ code: "custom", path: ["bookingClosesAt"], message: "mmEvents.err.windowReversed" });
  });
export type MmEventSettings = z.infer<typeof mmEventSettingsSchema>;

/** The Shanghai dates an event covers, to check that blocks and sessions lie inside them. */
export interface EventDates {
  startsOn: string;
  endsOn: string;
}

const optionalText = z.string().trim().optional();

/**
 * Meeting block rows (`blocks[i].date`, `.from`, `.to`); rows left wholly empty are ignored. Each row must be a
 * real Shanghai date inside the event with from < to, and no two rows may overlap.
 */
export function mmBlocksSchema(dates: EventDates) {
  return z
    .object({
      blocks: z
        .array(z.object({ date: optionalText, from: optionalText, to: optionalText }).optional())
        .optional(),
    })
    .transform((v, ctx) => {
      const rows = (v.blocks ?? []).map((row) => row ?? {});
      const ranges: { index: number; range: TimeRange }[] = [];
      rows.forEach((row, index) => {
        if (!row.date && !row.from && !row.to) return;
        const missing = (["date", "from", "to"] as const).filter((key) => !row[key]);
        for (const key of missing)
          ctx.addIssue({ code: "custom", path: ["blocks", index, key], message: "err.required" });
        if (missing.length > 0) return;
        const range = shanghaiBlock(row.date!, row.from!, row.to!);
        if (!range) {
          ctx.addIssue({ code: "custom", path: ["blocks", index, "to"], message: "mmEvents.err.blockTimes" });
          return;
        }
        if (row.date! < dates.startsOn || row.date! > dates.endsOn) {
          ctx.addIssue({
            code: "custom",
            path: ["blocks", index, "date"],
            message: formMessage("mmEvents.err.outsideEvent", { from: dates.startsOn, to: dates.endsOn }),
          });
          return;
        }
        ranges.push({ index, range });
      });
      for (const [i, j] of overlappingBlocks(ranges.map((r) => r.range)))
        ctx.addIssue({
          code: "custom",
          path: ["blocks", ranges[j]!.index, "from"],
          message: formMessage("mmEvents.err.overlap", { row: ranges[i]!.index + 1 }),
        });
      return ranges.map((r) => r.range);
    });
}

export const MAX_TABLES = 300;

/** Tables: a count (named A01, A02, …) or named rooms, one per line; exactly one of the two. */
export const mmTablesSchema = z
  .object({
    mode: z.enum(["count", "names"], { error: "err.required" }),
    count: optionalText,
    names: optionalText,
  })
  .transform((v, ctx) => {
    if (v.mode === "count") {
      const n = Number(v.count ?? "");
      if (!/^\d+$/.test(v.count ?? "") || n < 1 || n > MAX_TABLES) {
        ctx.addIssue({
          code: "custom",
          path: ["count"],
          message: formMessage("err.range", { min: 1, max: MAX_TABLES }),
        });
        return z.NEVER;
      }
      return Array.from({ length: n }, (_, i) => `A${String(i + 1).padStart(2, "0")}`);
    }
    const names = (v.names ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== "");
    const problem =
      names.length === 0
        ? "err.required"
        : names.length > MAX_TABLES
          ? formMessage("err.range", { min: 1, max: MAX_TABLES })
          : names.some((name) => name.length > 40)
            ? formMessage("err.tooLong", { max: 40 })
            : new Set(names).size !== names.length
              ? "mmEvents.err.duplicateTable"
              : null;
    if (problem) {
      ctx.addIssue({ code: "custom", path: ["names"], message: problem });
      return z.NEVER;
    }
    return names;
  });

export const SESSION_DOMAINS = ["general", ...SD_DOMAINS] as const;

/** A themed session on stage: a domain (or general), titles, stage, and its times on one day of the event. */
export function mmSessionSchema(dates: EventDates) {
  return z
    .object({
      domain: z.enum(SESSION_DOMAINS, { error: "mmEvents.err.domain" }),
      titleZh: requiredText(200),
      titleEn: requiredText(200),
      stageZh: requiredText(100),
      stageEn: requiredText(100),
      date: shanghaiDateField,
      from: z.string({ error: "err.required" }).trim().min(1, "err.required"),
      to: z.string({ error: "err.required" }).trim().min(1, "err.required"),
    })
    .transform((v, ctx) => {
      const range = shanghaiBlock(v.date, v.from, v.to);
      if (!range) {
        ctx.addIssue({ code: "custom", path: ["to"], message: "mmEvents.err.blockTimes" });
        return z.NEVER;
      }
      if (v.date < dates.startsOn || v.date > dates.endsOn) {
        ctx.addIssue({
          code: "custom",
          path: ["date"],
          message: formMessage("mmEvents.err.outsideEvent", { from: dates.startsOn, to: dates.endsOn }),
        });
        return z.NEVER;
      }
      return {
        domain: v.domain === "general" ? null : v.domain,
        titleZh: v.titleZh,
        titleEn: v.titleEn,
        stageZh: v.stageZh,
        stageEn: v.stageEn,
        ...range,
      };
    });
}

const id = wholeNumber(1, Number.MAX_SAFE_INTEGER);

export const mmSessionIdSchema = z.object({ sessionId: id });
export const mmRoadshowIdSchema = z.object({ roadshowId: id });

/** A roadshow: which registration brings which supply item ("regId:itemId"), its start (HH:MM) and length. */
export const mmRoadshowSchema = z.object({
  sessionId: id,
  offer: z
    .string({ error: "err.required" })
    .regex(/^\d{1,15}:\d{1,15}$/, "err.required")
    .transform((text) => {
      const [registrationId, itemId] = text.split(":").map(Number) as [number, number];
      return { registrationId, itemId };
    }),
  start: z
    .string({ error: "err.required" })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "mmEvents.err.time"),
  minutes: wholeNumber(5, 180),
});

export const mmCancelSchema = z.object({ reason: requiredText(1000) });
