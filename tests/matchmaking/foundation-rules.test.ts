import { describe, expect, it } from "vitest";
import {
  firstFreeSlot,
  mmRequestTransition,
  overlappingBlocks,
  requestRefusal,
  shanghaiBlock,
  slotsOfBlocks,
} from "../../app/domain/matchmaking";

const at = (iso: string) => new Date(iso);

describe("meeting blocks in Asia/Shanghai", () => {
  it("reads wall-clock times at the fixed +08:00 offset, on any date of the year (no daylight-saving time)", () => {
    expect(shanghaiBlock("2026-12-10", "09:30", "12:00")).toEqual({
      startsAt: at("2026-12-10T01:30:00Z"),
      endsAt: at("2026-12-10T04:00:00Z"),
    });
    // Mid-summer: the same offset (Europe or the US would shift by an hour here).
    expect(shanghaiBlock("2026-07-15", "09:30", "12:00")?.startsAt).toEqual(at("2026-07-15T01:30:00Z"));
    // 07:00 Shanghai is the previous UTC day.
    expect(shanghaiBlock("2026-03-29", "07:00", "08:00")?.startsAt).toEqual(at("2026-03-28T23:00:00Z"));
  });

  it("refuses impossible dates, malformed times and blocks that end before they start", () => {
    expect(shanghaiBlock("2026-02-30", "09:30", "12:00")).toBeNull();
    expect(shanghaiBlock("2026-12-10", "9:30", "12:00")).toBeNull();
    expect(shanghaiBlock("2026-12-10", "24:00", "12:00")).toBeNull();
    expect(shanghaiBlock("2026-12-10", "12:00", "12:00")).toBeNull();
    expect(shanghaiBlock("2026-12-10", "14:00", "12:00")).toBeNull();
  });

  it("finds overlapping blocks", () => {
    const a = shanghaiBlock("2026-12-10", "09:30", "12:00")!;
    const b = shanghaiBlock("2026-12-10", "11:30", "13:00")!;
    const c = shanghaiBlock("2026-12-10", "14:00", "17:00")!;
    expect(overlappingBlocks([a, b, c])).toEqual([[0, 1]]);
    expect(overlappingBlocks([a, c])).toEqual([]);
  });
});

describe("slot generation", () => {
  const morning = shanghaiBlock("2026-12-10", "09:30", "12:00")!;
  const afternoon = shanghaiBlock("2026-12-10", "14:00", "17:00")!;

  it("cuts 09:30–12:00 into six 20-minute slots with 5-minute breaks, leaving the short remainder unused", () => {
    const slots = slotsOfBlocks([morning], 20, 5);
    expect(slots.map((s) => s.startsAt.toISOString().slice(11, 16))).toEqual([
      "01:30",
      "01:55",
      "02:20",
      "02:45",
      "03:10",
      "03:35",
    ]);
    expect(slots.at(-1)!.endsAt).toEqual(at("2026-12-10T03:55:00Z"));
    expect(slots.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 20 * 60_000)).toBe(true);
  });

  it("without breaks, slots are back to back; blocks are taken in time order and each slot names its block", () => {
    const slots = slotsOfBlocks([afternoon, morning], 30, 0);
    expect(slots).toHaveLength(5 + 6);
    expect(slots[0]!.block).toBe(morning);
    expect(slots[5]!.block).toBe(afternoon);
    expect(slots[1]!.startsAt).toEqual(slots[0]!.endsAt);
  });

  it("a block shorter than one slot yields none; nonsense lengths are a programming error", () => {
    expect(slotsOfBlocks([shanghaiBlock("2026-12-10", "09:30", "09:45")!], 20, 5)).toEqual([]);
    expect(() => slotsOfBlocks([morning], 0, 5)).toThrow();
    expect(() => slotsOfBlocks([morning], 20, -1)).toThrow();
  });
});

describe("first free slot", () => {
  const slot = (slotId: number, iso: string, attendees: number[] = [], tables: number[] = []) => ({
    slotId,
    startsAt: at(iso),
    busyAttendeeIds: new Set(attendees),
    busyTableIds: new Set(tables),
  });
  const now = at("2026-12-10T00:00:00Z");

  it("is the earliest future slot where both attendees and a table are free, with the first free table", () => {
    const slots = [
      slot(3, "2026-12-10T02:20:00Z"),
      slot(1, "2026-12-10T01:30:00Z", [7]), // attendee 7 is busy
      slot(2, "2026-12-10T01:55:00Z", [], [10, 11]), // every table is taken
    ];
    expect(firstFreeSlot(slots, [10, 11], [7, 8], now)).toEqual({ slotId: 3, tableId: 10 });
    expect(firstFreeSlot(slots, [10, 11], [8, 9], now)).toEqual({ slotId: 1, tableId: 10 });
    expect(firstFreeSlot([slot(1, "2026-12-10T01:30:00Z", [], [10])], [10, 11], [1, 2], now)).toEqual({
      slotId: 1,
      tableId: 11,
    });
  });

  it("skips slots that have started and answers null when nothing is free", () => {
    const slots = [slot(1, "2026-12-09T23:00:00Z"), slot(2, "2026-12-10T00:00:00Z")];
    expect(firstFreeSlot(slots, [10], [1, 2], now)).toBeNull();
    expect(firstFreeSlot([slot(1, "2026-12-10T01:30:00Z", [2])], [10], [1, 2], now)).toBeNull();
    expect(firstFreeSlot([slot(1, "2026-12-10T01:30:00Z")], [], [1, 2], now)).toBeNull();
  });
});

describe("request rules", () => {
  const base = {
    eventStatus: "published" as const,
    bookingOpensAt: at("2026-12-01T00:00:00Z"),
    bookingClosesAt: at("2026-12-09T00:00:00Z"),
    now: at("2026-12-05T00:00:00Z"),
    fromRegistrationId: 1,
    toRegistrationId: 2,
    fromStatus: "validated" as const,
    toStatus: "validated" as const,
    maxMeetings: 3,
    fromMeetings: 2,
    toMeetings: 0,
  };
  it("allows a request inside the window between validated participants under the cap", () => {
    expect(requestRefusal(base)).toBeNull();
  });
  it("names the first reason a request is refused", () => {
    expect(requestRefusal({ ...base, now: at("2026-11-30T00:00:00Z") })).toBe("bookingNotOpen");
    expect(requestRefusal({ ...base, now: at("2026-12-09T00:00:00Z") })).toBe("bookingClosed");
    expect(requestRefusal({ ...base, toStatus: "pending" })).toBe("notValidated");
    expect(requestRefusal({ ...base, toRegistrationId: 1 })).toBe("ownRegistration");
    expect(requestRefusal({ ...base, fromMeetings: 3 })).toBe("meetingCap");
    expect(requestRefusal({ ...base, eventStatus: "cancelled" })).toBe("eventNotPublished");
  });
  it("the lifecycle: accepting schedules from requested; a declined request cannot be scheduled", () => {
    expect(mmRequestTransition("requested", "schedule")).toEqual({ ok: true, to: "scheduled" });
    expect(mmRequestTransition("declined", "schedule").ok).toBe(false);
    expect(mmRequestTransition("scheduled", "cancel")).toEqual({ ok: true, to: "cancelled" });
    expect(mmRequestTransition("held", "cancel").ok).toBe(false);
  });
});
