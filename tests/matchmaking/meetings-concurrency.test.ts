import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createMeetingRequest } from "../../app/server/demo/mm-factories.server";
import { acceptMeetingRequest } from "../../app/server/matchmaking/meetings/schedule.server";
import { conference, type Participant } from "./support";

function requestBetween(eventId: number, a: Participant, b: Participant) {
  return createMeetingRequest(getDb(), {
    eventId,
    from: { registrationId: a.registration.id, attendeeId: a.attendees[0]!.id },
    to: { registrationId: b.registration.id, attendeeId: b.attendees[0]!.id },
    createdBy: a.owner.id,
  });
}

/** Pairs of (slot, attendee) or (slot, table) held twice — what the constraints forbid; asked of the data. */
async function doubleBookings(eventId: number) {
  const attendees = await sql<{ n: string }>`
    SELECT count(*) AS n FROM (SELECT b.slot_id, b.attendee_id FROM mm_bookings b JOIN mm_slots s ON s.id = b.slot_id
      WHERE s.event_id = ${eventId} GROUP BY 1, 2 HAVING count(*) > 1) x`.execute(getDb());
  const tables = await sql<{ n: string }>`
    SELECT count(*) AS n FROM (SELECT tb.slot_id, tb.table_id FROM mm_table_bookings tb JOIN mm_slots s ON s.id = tb.slot_id
      WHERE s.event_id = ${eventId} GROUP BY 1, 2 HAVING count(*) > 1) x`.execute(getDb());
  // Every scheduled request holds exactly its table and its two seats, in the slot it names.
  const inconsistent = await sql<{ n: string }>`
    SELECT count(*) AS n FROM mm_requests q WHERE q.event_id = ${eventId} AND q.status = 'scheduled' AND (
      (SELECT count(*) FROM mm_table_bookings tb WHERE tb.request_id = q.id AND tb.slot_id = q.slot_id AND tb.table_id = q.table_id) <> 1
      OR (SELECT count(*) FROM mm_bookings b WHERE b.request_id = q.id AND b.slot_id = q.slot_id) <> 2)`.execute(
    getDb(),
  );
  return {
    attendee: Number(attendees.rows[0]!.n),
    table: Number(tables.rows[0]!.n),
    inconsistent: Number(inconsistent.rows[0]!.n),
  };
}

async function loserRows(ids: number[]) {
  return getDb()
    .selectFrom("mmRequests")
    .select(["id", "status", "slotId", "tableId", "answeredAt", "answeredBy"])
    .where("id", "in", ids)
    .execute();
}

// Creating dozens of organizations (each owner's password hashed) takes a while on a shared machine.
describe("concurrent accepts (no double booking)", { timeout: 180_000 }, () => {
  it("12 disjoint pairs racing for one slot with 3 tables: 3 win, 9 are told to pick another slot, nothing else changes", async () => {
    const c = await conference(24, { tableCount: 3 });
    const pairs = Array.from(
      { length: 12 },
      (_, i) => [c.participants[2 * i]!, c.participants[2 * i + 1]!] as const,
    );
    const requests = await Promise.all(pairs.map(([a, b]) => requestBetween(c.event.id, a, b)));
    const slot = c.slots[3]!.id;
    const outcomes = await Promise.all(
      requests.map((r, i) => acceptMeetingRequest(pairs[i]![1].actor, r.id, { slotId: slot })),
    );
    const winners = outcomes.filter((o) => o.ok);
    const losers = outcomes.flatMap((o, i) => (o.ok ? [] : [{ o, id: requests[i]!.id }]));
    expect(winners).toHaveLength(3);
    expect(losers).toHaveLength(9);
    for (const { o } of losers) expect(!o.ok && o.formError?.key).toBe("mmMeetings.err.slotTaken");
    expect(await doubleBookings(c.event.id)).toEqual({ attendee: 0, table: 0, inconsistent: 0 });
    const tablesUsed = await getDb()
      .selectFrom("mmTableBookings")
      .select("tableId")
      .where("slotId", "=", slot)
      .execute();
    expect(new Set(tablesUsed.map((t) => t.tableId)).size).toBe(3);
    for (const row of await loserRows(losers.map((l) => l.id)))
      expect(row).toMatchObject({
        status: "requested",
        slotId: null,
        tableId: null,
        answeredAt: null,
        answeredBy: null,
      });
    // Only the winners' senders were told.
    const told = await getDb()
      .selectFrom("notifications")
      .select("kind")
      .where("kind", "=", "mmRequest.accepted")
      .where(
        "userId",
        "in",
        pairs.map(([a]) => a.owner.id),
      )
      .execute();
    expect(told).toHaveLength(3);
  });

  it("10 requests to the same attendee accepted at once for the same two slots: one meeting per slot, the rest refused", async () => {
    const c = await conference(11, { tableCount: 8 });
    const [host, ...guests] = c.participants as [Participant, ...Participant[]];
    const requests = await Promise.all(guests.map((g) => requestBetween(c.event.id, g, host)));
    const slots = [c.slots[0]!.id, c.slots[1]!.id];
    const outcomes = await Promise.all(
      requests.map((r, i) => acceptMeetingRequest(host.actor, r.id, { slotId: slots[i % 2]! })),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(2);
    const losers = outcomes.flatMap((o, i) => (o.ok ? [] : [{ o, id: requests[i]!.id }]));
    for (const { o } of losers) expect(!o.ok && o.formError?.key).toBe("mmMeetings.err.slotTaken");
    for (const row of await loserRows(losers.map((l) => l.id))) expect(row.status).toBe("requested");
    const hostSeats = await getDb()
      .selectFrom("mmBookings")
      .select("slotId")
      .where("attendeeId", "=", host.attendees[0]!.id)
      .execute();
    expect(hostSeats.map((s) => s.slotId).sort()).toEqual([...slots].sort());
    expect(await doubleBookings(c.event.id)).toEqual({ attendee: 0, table: 0, inconsistent: 0 });
  });

  it("16 first-free accepts at once over 2 tables fill the earliest slots, all distinct cells", async () => {
    const c = await conference(32, { tableCount: 2 });
    const pairs = Array.from(
      { length: 16 },
      (_, i) => [c.participants[2 * i]!, c.participants[2 * i + 1]!] as const,
    );
    const requests = await Promise.all(pairs.map(([a, b]) => requestBetween(c.event.id, a, b)));
    const outcomes = await Promise.all(
      requests.map((r, i) => acceptMeetingRequest(pairs[i]![1].actor, r.id, { firstFree: true })),
    );
    expect(outcomes.every((o) => o.ok && o.value !== null)).toBe(true);
    const cells = outcomes.map((o) => (o.ok && o.value ? `${o.value.slotId}/${o.value.tableId}` : ""));
    expect(new Set(cells).size).toBe(16);
    expect(await doubleBookings(c.event.id)).toEqual({ attendee: 0, table: 0, inconsistent: 0 });
  });
});
