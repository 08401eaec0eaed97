import type { DbOrTrx } from "../../../db/client";
import {
  insertEvent,
  insertRegistration,
  replaceBlocks,
  replaceTables,
  slotsOfEvent,
  tablesOfEvent,
} from "../../../db/repositories/matchmaking";
import {
  DEFAULT_REQUEST_EXPIRY_HOURS,
  requestExpiresAt,
  shanghaiBlock,
  type MmEventStatus,
} from "../../domain/matchmaking";
import { shanghaiDate } from "../../domain/time";
import { newCalendarToken, newCheckInCode } from "../matchmaking/secrets.server";

const DAY = 86_400_000;

/**
 * A conference as a test or the demo needs it: published by default, `days` days from the Shanghai date
 * `daysAhead` after `now` (negative: it has begun), each with the blocks 09:30–12:00 and 14:00–17:00,
 * `tableCount` tables "A01"…; registration and booking open a week before `now` and close (unless given) the day
 * before and an hour before the first block. Factories skip the staff forms, not the lifecycle.
 */
export async function createMmEvent(
  db: DbOrTrx,
  {
    createdBy,
    now = new Date(),
    daysAhead = 10,
    days = 1,
    registrationClosesAt,
    bookingClosesAt,
    blocks = [
      ["09:30", "12:00"],
      ["14:00", "17:00"],
    ],
    tableCount = 8,
    status = "published",
    slotMinutes = 20,
    breakMinutes = 5,
    maxMeetingsPerAttendee = 12,
    requestExpiryHours = DEFAULT_REQUEST_EXPIRY_HOURS,
    titleZh = "2026 数字经济供需对接大会",
    titleEn = "2026 Digital Economy Supply–Demand Matchmaking Conference",
    isDemo = false,
  }: {
    createdBy: number;
    now?: Date;
    daysAhead?: number;
    days?: number;
    registrationClosesAt?: Date;
    bookingClosesAt?: Date;
    blocks?: readonly (readonly [string, string])[];
    tableCount?: number;
    status?: Exclude<MmEventStatus, "cancelled">;
    slotMinutes?: number;
    breakMinutes?: number;
    maxMeetingsPerAttendee?: number;
    requestExpiryHours?: number;
    titleZh?: string;
    titleEn?: string;
    isDemo?: boolean;
  },
) {
  const dates = Array.from({ length: days }, (_, i) =>
    shanghaiDate(new Date(now.getTime() + (daysAhead + i) * DAY)),
  );
  const ranges = dates.flatMap((day) =>
    blocks.map(([from, to]) => {
      const range = shanghaiBlock(day, from, to);
      if (!range) throw new Error(`bad block ${from}–${to}`);
      return range;
    }),
  );
  const day = dates[0]!;
  const event = await insertEvent(db, {
    year: Number(day.slice(0, 4)),
    titleZh,
    titleEn,
    venueZh: "武汉国际博览中心 B 馆",
    venueEn: "Wuhan International Expo Center, Hall B",
    startsOn: day,
    endsOn: dates.at(-1)!,
    registrationOpensAt: new Date(now.getTime() - 7 * DAY),
    registrationClosesAt: registrationClosesAt ?? new Date(ranges[0]!.startsAt.getTime() - DAY),
    bookingOpensAt: new Date(now.getTime() - 7 * DAY),
    bookingClosesAt: bookingClosesAt ?? new Date(ranges[0]!.startsAt.getTime() - DAY / 24),
    slotMinutes,
    breakMinutes,
    maxMeetingsPerAttendee,
    requestExpiryHours,
    createdBy,
    isDemo,
  });
  await replaceBlocks(db, event, ranges);
  await replaceTables(
    db,
    event.id,
    Array.from({ length: tableCount }, (_, i) => `A${String(i + 1).padStart(2, "0")}`),
  );
  if (status !== "draft")
    await db.updateTable("mmEvents").set({ status: "published" }).where("id", "=", event.id).execute();
  if (status === "closed")
    await db.updateTable("mmEvents").set({ status: "closed" }).where("id", "=", event.id).execute();
  return {
    event: { ...event, status },
    slots: await slotsOfEvent(db, event.id),
    tables: await tablesOfEvent(db, event.id),
  };
}

/** A registration of `attendeeNames.length` (1 or 2) attendees bringing `itemIds`; validated by default. */
export async function registerForEvent(
  db: DbOrTrx,
  {
    eventId,
    organizationId,
    createdBy,
    attendeeNames = ["张伟"],
    itemIds = [],
    status = "validated",
    reviewerId = createdBy,
  }: {
    eventId: number;
    organizationId: number;
    createdBy: number;
    attendeeNames?: readonly string[];
    itemIds?: readonly number[];
    status?: "pending" | "validated";
    reviewerId?: number;
  },
) {
  const { registration, attendees } = await insertRegistration(db, {
    eventId,
    organizationId,
    createdBy,
    attendees: attendeeNames.map((name, i) => ({
      name,
      jobTitle: i === 0 ? "总经理" : "技术总监",
      phone: `1380000${String(organizationId % 10_000).padStart(4, "0")}`,
      email: `attendee${i + 1}.org${organizationId}@example.cn`,
      checkInCode: newCheckInCode(),
      calendarToken: newCalendarToken(),
    })),
    itemIds,
  });
  if (status === "validated")
    await db
      .updateTable("mmRegistrations")
      .set({ status: "validated", reviewedBy: reviewerId, reviewedAt: new Date() })
      .where("id", "=", registration.id)
      .execute();
  return { registration: { ...registration, status }, attendees };
}

/** A meeting request from one attendee to another, as sent at `now`. */
export async function createMeetingRequest(
  db: DbOrTrx,
  {
    eventId,
    from,
    to,
    createdBy,
    message = "希望就贵方的方案深入交流。",
    now = new Date(),
    expiryHours = DEFAULT_REQUEST_EXPIRY_HOURS,
    aboutItemId = null,
    fromItemId = null,
  }: {
    eventId: number;
    from: { registrationId: number; attendeeId: number };
    to: { registrationId: number; attendeeId: number };
    createdBy: number;
    message?: string;
    now?: Date;
    expiryHours?: number;
    aboutItemId?: number | null;
    fromItemId?: number | null;
  },
) {
  return db
    .insertInto("mmRequests")
    .values({
      eventId,
      fromRegistrationId: from.registrationId,
      fromAttendeeId: from.attendeeId,
      toRegistrationId: to.registrationId,
      toAttendeeId: to.attendeeId,
      message,
      expiresAt: requestExpiresAt(now, expiryHours),
      createdBy,
      createdAt: now,
      aboutItemId,
      fromItemId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
