import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { shanghaiDate } from "../../app/domain/time";
import { DEMO_PASSWORD, seedDemo } from "../../app/server/demo/seed.server";
import { signedIn, TestBrowser } from "../support/app";

const now = new Date();
let eventId = 0;

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!, now);
  eventId = (
    await getDb().selectFrom("mmEvents").select("id").where("isDemo", "=", true).executeTakeFirstOrThrow()
  ).id;
}, 300_000);

describe("demo meetings", () => {
  it("has requests in every state, a grid filled on all three days, held/no-show only on past slots, no double booking", async () => {
    const rows = await getDb()
      .selectFrom("mmRequests as q")
      .leftJoin("mmSlots as s", "s.id", "q.slotId")
      .select(["q.status", "s.startsAt"])
      .where("q.eventId", "=", eventId)
      .execute();
    const statuses = new Set(rows.map((r) => r.status));
    for (const status of [
      "requested",
      "accepted",
      "scheduled",
      "held",
      "no_show",
      "cancelled",
      "declined",
      "expired",
    ])
      expect(statuses, status).toContain(status);
    for (const r of rows.filter((r) => r.status === "held" || r.status === "no_show"))
      expect(r.startsAt!.getTime()).toBeLessThanOrEqual(now.getTime());
    for (const r of rows.filter((r) => r.status === "scheduled"))
      expect(r.startsAt!.getTime()).toBeGreaterThan(now.getTime());
    const days = new Set(rows.filter((r) => r.startsAt).map((r) => shanghaiDate(r.startsAt!)));
    expect(days.size).toBe(3);
    const yesterday = shanghaiDate(new Date(now.getTime() - 86_400_000));
    expect(rows.some((r) => r.status === "held" && shanghaiDate(r.startsAt!) === yesterday)).toBe(true);
    expect(rows.some((r) => r.status === "no_show" && shanghaiDate(r.startsAt!) === yesterday)).toBe(true);
    const doubles = await sql<{ n: string }>`SELECT count(*) AS n FROM (
      SELECT slot_id, attendee_id FROM mm_bookings GROUP BY 1, 2 HAVING count(*) > 1) x`.execute(getDb());
    expect(Number(doubles.rows[0]!.n)).toBe(0);
  });
});

describe("who sees a request's details", { timeout: 120_000 }, () => {
  it("only the two organizations and staff see the message and attendees; others see nothing of it", async () => {
    // An incoming request to alpha from another participant, with its message.
    const request = await getDb()
      .selectFrom("mmRequests as q")
      .innerJoin("mmRegistrations as tr", "tr.id", "q.toRegistrationId")
      .innerJoin("memberships as m", "m.organizationId", "tr.organizationId")
      .innerJoin("users as u", "u.id", "m.userId")
      .innerJoin("mmAttendees as fa", "fa.id", "q.fromAttendeeId")
      .where("q.eventId", "=", eventId)
      .where("q.status", "=", "requested")
      .where("u.email", "=", "alpha@demo.local")
      .select(["q.id", "q.message", "fa.name as fromAttendee"])
      .executeTakeFirstOrThrow();
    const secret = `${request.message}#${request.id}`;
    await getDb().updateTable("mmRequests").set({ message: secret }).where("id", "=", request.id).execute();

    const alpha = await signedIn("alpha@demo.local", DEMO_PASSWORD, "192.0.2.61");
    const incoming = await (await alpha.get(`/my/events/${eventId}/meetings?tab=incoming`)).text();
    expect(incoming).toContain(secret);
    expect(incoming).toContain(request.fromAttendee);

    const staff = await signedIn("admin@demo.local", DEMO_PASSWORD, "192.0.2.62");
    const grid = await staff.get(`/staff/events/${eventId}/grid`);
    expect(grid.status).toBe(200);
    expect(await grid.text()).toContain(secret);

    // A participant who is neither side: its own lists never carry the request.
    const third = await getDb()
      .selectFrom("mmRegistrations as r")
      .innerJoin("memberships as m", "m.organizationId", "r.organizationId")
      .innerJoin("users as u", "u.id", "m.userId")
      .where("r.eventId", "=", eventId)
      .where("r.status", "=", "validated")
      .where("r.id", "not in", (eb) =>
        eb.selectFrom("mmRequests").select("fromRegistrationId").where("id", "=", request.id),
      )
      .where("r.id", "not in", (eb) =>
        eb.selectFrom("mmRequests").select("toRegistrationId").where("id", "=", request.id),
      )
      .select("u.email")
      .executeTakeFirst();
    const others: TestBrowser[] = [new TestBrowser("192.0.2.64")];
    if (third) others.push(await signedIn(third.email, DEMO_PASSWORD, "192.0.2.63"));
    for (const browser of others)
      for (const tab of ["incoming", "outgoing", "scheduled"]) {
        const response = await browser.get(`/my/events/${eventId}/meetings?tab=${tab}`);
        expect(await response.text()).not.toContain(secret);
      }
    // Nor may it act on it: accepting someone else's request is refused as not found, and changes nothing.
    if (third) {
      const browser = others[1]!;
      const reply = await browser.post(`/my/events/${eventId}/meetings`, {
        intent: "accept",
        request: String(request.id),
        slot: "first",
      });
      expect(reply.status).toBe(400);
      const after = await getDb()
        .selectFrom("mmRequests")
        .select("status")
        .where("id", "=", request.id)
        .executeTakeFirstOrThrow();
      expect(after.status).toBe("requested");
    }
    // The staff grid is staff only.
    expect((await alpha.get(`/staff/events/${eventId}/grid`)).status).not.toBe(200);
  });
});
