import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import {
  mmBlocksSchema,
  mmEventSettingsSchema,
  mmSessionSchema,
  mmTablesSchema,
} from "../../app/forms/mm-event";
import { decodeFormMessage } from "../../app/i18n/i18n";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

/** The message keys the schema put beside each field. */
function errorKeys(submission: object) {
  const error =
    "error" in submission ? (submission.error as Record<string, string[] | null> | null) : undefined;
  return Object.fromEntries(
    Object.entries(error ?? {})
      .filter(([, v]) => Array.isArray(v))
      .map(([k, v]) => [k, v!.map((text) => decodeFormMessage(text)?.key ?? text)]),
  );
}

const DATES = { startsOn: "2026-12-10", endsOn: "2026-12-11" };

const settings = {
  year: "2026",
  titleZh: "2026 数字经济供需对接大会",
  titleEn: "2026 Matchmaking Conference",
  venueZh: "武汉国际博览中心",
  venueEn: "Wuhan Expo Center",
  startsOn: "2026-12-10",
  endsOn: "2026-12-11",
  registrationOpensAt: "2026-11-01T09:00",
  registrationClosesAt: "2026-12-08T17:00",
  bookingOpensAt: "2026-11-15T09:00",
  bookingClosesAt: "2026-12-09T17:00",
  slotMinutes: "20",
  breakMinutes: "5",
  maxMeetingsPerAttendee: "12",
  requestExpiryHours: "48",
};

describe("event settings form", () => {
  it("reads Shanghai wall-clock windows as UTC instants", () => {
    const s = parseWithZod(form(settings), { schema: mmEventSettingsSchema });
    expect(s.status).toBe("success");
    if (s.status !== "success") return;
    expect(s.value.registrationOpensAt.toISOString()).toBe("2026-11-01T01:00:00.000Z");
    expect(s.value.slotMinutes).toBe(20);
  });

  it("refuses reversed windows and dates beside the closing field", () => {
    const s = parseWithZod(
      form({
        ...settings,
        endsOn: "2026-12-09",
        registrationClosesAt: "2026-10-01T09:00",
        bookingClosesAt: "2026-11-15T09:00",
      }),
      { schema: mmEventSettingsSchema },
    );
    expect(s.status).toBe("error");
    expect(errorKeys(s)).toEqual({
      endsOn: ["mmEvents.err.endsBeforeStarts"],
      registrationClosesAt: ["mmEvents.err.windowReversed"],
      bookingClosesAt: ["mmEvents.err.windowReversed"],
    });
  });

  it("refuses impossible dates, out-of-range numbers and empty titles", () => {
    const s = parseWithZod(
      form({
        ...settings,
        startsOn: "2026-02-30",
        slotMinutes: "3",
        titleEn: "  ",
        bookingOpensAt: "2026-13-01T09:00",
      }),
      { schema: mmEventSettingsSchema },
    );
    const keys = errorKeys(s);
    expect(keys.startsOn).toEqual(["mmEvents.err.date"]);
    expect(keys.slotMinutes).toEqual(["err.range"]);
    expect(keys.titleEn).toEqual(["err.required"]);
    expect(keys.bookingOpensAt).toEqual(["mmEvents.err.dateTime"]);
  });
});

describe("meeting blocks form", () => {
  const parse = (fields: Record<string, string>) =>
    parseWithZod(form(fields), { schema: mmBlocksSchema(DATES) });

  it("turns rows into UTC ranges and ignores empty rows", () => {
    const s = parse({
      "blocks[0].date": "2026-12-10",
      "blocks[0].from": "09:30",
      "blocks[0].to": "12:00",
      "blocks[1].date": "",
      "blocks[2].date": "2026-12-11",
      "blocks[2].from": "14:00",
      "blocks[2].to": "17:00",
    });
    expect(s.status).toBe("success");
    if (s.status !== "success") return;
    expect(s.value.map((b) => b.startsAt.toISOString())).toEqual([
      "2026-12-10T01:30:00.000Z",
      "2026-12-11T06:00:00.000Z",
    ]);
  });

  it("refuses bad times, an end before the start, missing parts, dates outside the event and overlaps", () => {
    const s = parse({
      "blocks[0].date": "2026-12-10",
      "blocks[0].from": "12:00",
      "blocks[0].to": "09:00",
      "blocks[1].date": "2026-12-10",
      "blocks[1].from": "25:00",
      "blocks[1].to": "26:00",
      "blocks[2].date": "2026-12-12",
      "blocks[2].from": "09:00",
      "blocks[2].to": "10:00",
      "blocks[3].date": "2026-12-11",
      "blocks[3].from": "09:00",
      "blocks[3].to": "11:00",
      "blocks[4].date": "2026-12-11",
      "blocks[4].from": "10:30",
      "blocks[4].to": "12:00",
      "blocks[5].date": "2026-12-11",
      "blocks[5].from": "15:00",
    });
    expect(s.status).toBe("error");
    expect(errorKeys(s)).toEqual({
      "blocks[0].to": ["mmEvents.err.blockTimes"],
      "blocks[1].to": ["mmEvents.err.blockTimes"],
      "blocks[2].date": ["mmEvents.err.outsideEvent"],
      "blocks[4].from": ["mmEvents.err.overlap"],
      "blocks[5].to": ["err.required"],
    });
  });
});

describe("tables and sessions forms", () => {
  it("makes A01… from a count and keeps named rooms, refusing duplicates and empty input", () => {
    const count = parseWithZod(form({ mode: "count", count: "3" }), { schema: mmTablesSchema });
    expect(count.status === "success" && count.value).toEqual(["A01", "A02", "A03"]);
    const names = parseWithZod(form({ mode: "names", names: "洽谈室一\n\n洽谈室二\n" }), {
      schema: mmTablesSchema,
    });
    expect(names.status === "success" && names.value).toEqual(["洽谈室一", "洽谈室二"]);
    const dup = parseWithZod(form({ mode: "names", names: "A\nA" }), { schema: mmTablesSchema });
    expect(errorKeys(dup)).toEqual({ names: ["mmEvents.err.duplicateTable"] });
    const zero = parseWithZod(form({ mode: "count", count: "0" }), { schema: mmTablesSchema });
    expect(errorKeys(zero)).toEqual({ count: ["err.range"] });
  });

  it("a themed session lies within the event's dates and has an end after its start", () => {
    const base = {
      domain: "ai",
      titleZh: "人工智能专场",
      titleEn: "AI session",
      stageZh: "主舞台",
      stageEn: "Main stage",
      date: "2026-12-10",
      from: "09:00",
      to: "11:00",
    };
    const ok = parseWithZod(form(base), { schema: mmSessionSchema(DATES) });
    expect(ok.status).toBe("success");
    const outside = parseWithZod(form({ ...base, date: "2026-12-20" }), { schema: mmSessionSchema(DATES) });
    expect(errorKeys(outside)).toEqual({ date: ["mmEvents.err.outsideEvent"] });
    const reversed = parseWithZod(form({ ...base, to: "08:00" }), { schema: mmSessionSchema(DATES) });
    expect(errorKeys(reversed)).toEqual({ to: ["mmEvents.err.blockTimes"] });
    const domain = parseWithZod(form({ ...base, domain: "astrology" }), { schema: mmSessionSchema(DATES) });
    expect(errorKeys(domain)).toEqual({ domain: ["mmEvents.err.domain"] });
  });
});
