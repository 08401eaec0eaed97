import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import {
  createMeetingRequest,
  createMmEvent,
  registerForEvent,
} from "../../app/server/demo/mm-factories.server";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import { placeMeeting } from "../../app/server/matchmaking/scheduling/placement.server";
import {
  saveRegistration,
  withdrawRegistration,
} from "../../app/server/matchmaking/registration/registration.server";
import { decideRegistration } from "../../app/server/matchmaking/registration/review.server";
import { mmRegistrationSchema, type MmRegistrationInput } from "../../app/forms/mm-registration";
import { conference, party, staffUser } from "./support";

/** Issue 14, part "registration": the services behind /events/:id/register and the staff queue. */

const DAY = 86_400_000;

const input = (overrides: Partial<MmRegistrationInput> = {}): MmRegistrationInput => ({
  attendees: [{ name: "王芳", jobTitle: "总经理", phone: "13800001111", email: "wang@example.cn" }],
  itemIds: [],
  note: null,
  ...overrides,
});

async function event(options: Partial<Parameters<typeof createMmEvent>[1]> = {}) {
  const staff = await staffUser();
  const created = await createMmEvent(getDb(), { createdBy: staff.user.id, ...options });
  return { staff, ...created };
}

const auditOf = (entityId: number) =>
  getDb()
    .selectFrom("auditLog")
    .select(["action"])
    .where("entityType", "=", "mm_registration")
    .where("entityId", "=", String(entityId))
    .orderBy("seq")
    .execute();

const notificationsOf = (userId: number) =>
  getDb().selectFrom("notifications").selectAll().where("userId", "=", userId).orderBy("id").execute();

describe("registering", () => {
  it("registers once per organization inside the window; edits while pending keep the attendee's secrets", async () => {
    const e = await event();
    const p = await party("报名单位甲");
    const item = await createSdItem(getDb(), {
      kind: "supply",
      organizationId: p.organization.id,
      createdBy: p.owner.id,
    });
    const first = await saveRegistration(p.actor, e.event.id, input({ itemIds: [item.id] }));
    expect(first).toMatchObject({ ok: true, value: { created: true } });
    const id = first.ok ? first.value.registrationId : 0;
    const before = await getDb()
      .selectFrom("mmAttendees")
      .selectAll()
      .where("registrationId", "=", id)
      .execute();
    expect(before).toHaveLength(1);
    expect(before[0]!.checkInCode).toMatch(/^[0-9A-Z]{8}$/);
    expect(before[0]!.calendarToken.length).toBeGreaterThan(20);

    // Same organization again: the same registration is edited (a second attendee added), not a new one.
    const second = await saveRegistration(
      p.actor,
      e.event.id,
      input({
        attendees: [
          { name: "王芳", jobTitle: "副总经理", phone: "13800001111", email: "wang@example.cn" },
          { name: "李雷", jobTitle: "技术总监", phone: "13800002222", email: "li@example.cn" },
        ],
      }),
    );
    expect(second).toMatchObject({ ok: true, value: { registrationId: id, created: false } });
    const after = await getDb()
      .selectFrom("mmAttendees")
      .selectAll()
      .where("registrationId", "=", id)
      .orderBy("position")
      .execute();
    expect(after.map((a) => [a.name, a.jobTitle])).toEqual([
      ["王芳", "副总经理"],
      ["李雷", "技术总监"],
    ]);
    expect(after[0]!.checkInCode).toBe(before[0]!.checkInCode);
    expect(after[0]!.calendarToken).toBe(before[0]!.calendarToken);
    const items = await getDb()
      .selectFrom("mmRegistrationItems")
      .selectAll()
      .where("registrationId", "=", id)
      .execute();
    expect(items).toEqual([]);
    expect((await auditOf(id)).map((a) => a.action)).toEqual([
      "mm_registration.create",
      "mm_registration.update",
    ]);
    const count = await getDb()
      .selectFrom("mmRegistrations")
      .select("id")
      .where("organizationId", "=", p.organization.id)
      .execute();
    expect(count).toHaveLength(1);
  });

  it("refuses outside the window and for an event that is not published, changing nothing", async () => {
    const now = new Date();
    const closed = await event({ registrationClosesAt: new Date(now.getTime() - DAY) });
    const draft = await event({ status: "draft" });
    const p = await party("迟到单位");
    expect(await saveRegistration(p.actor, closed.event.id, input())).toMatchObject({
      ok: false,
      formError: { key: "err.mmRegistration.closed" },
    });
    expect(await saveRegistration(p.actor, draft.event.id, input())).toMatchObject({
      ok: false,
      formError: { key: "err.mmRegistration.eventNotPublished" },
    });
    // Before it opens (the factory opens registration a week before `now`).
    const early = await event();
    expect(
      await saveRegistration(p.actor, early.event.id, input(), new Date(now.getTime() - 8 * DAY)),
    ).toMatchObject({ ok: false, formError: { key: "err.mmRegistration.notOpenYet" } });
    const rows = await getDb()
      .selectFrom("mmRegistrations")
      .select("id")
      .where("organizationId", "=", p.organization.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it("accepts only the organization's own published items: forged, foreign and draft ids are refused beside the field", async () => {
    const e = await event();
    const p = await party("报名单位乙");
    const other = await party("别家单位");
    const own = await createSdItem(getDb(), {
      kind: "demand",
      organizationId: p.organization.id,
      createdBy: p.owner.id,
    });
    const draft = await createSdItem(getDb(), {
      kind: "demand",
      organizationId: p.organization.id,
      createdBy: p.owner.id,
      status: "draft",
    });
    const foreign = await createSdItem(getDb(), {
      kind: "supply",
      organizationId: other.organization.id,
      createdBy: other.owner.id,
    });
    for (const itemIds of [[own.id, foreign.id], [draft.id], [999_999_999]]) {
      const outcome = await saveRegistration(p.actor, e.event.id, input({ itemIds }));
      expect(outcome).toMatchObject({
        ok: false,
        fieldErrors: { itemIds: [{ key: "err.mmRegistration.item" }] },
      });
    }
    expect(
      await getDb()
        .selectFrom("mmRegistrations")
        .select("id")
        .where("organizationId", "=", p.organization.id)
        .execute(),
    ).toEqual([]);
    expect(await saveRegistration(p.actor, e.event.id, input({ itemIds: [own.id] }))).toMatchObject({
      ok: true,
    });
  });

  it("the form takes one or two attendees; a half-filled second attendee is refused beside its fields", () => {
    const base = { name1: "甲", jobTitle1: "经理", phone1: "13800001111", email1: "a@example.cn" };
    const one = mmRegistrationSchema.safeParse(base);
    expect(one.success && one.data.attendees).toHaveLength(1);
    const two = mmRegistrationSchema.safeParse({
      ...base,
      name2: "乙",
      jobTitle2: "工程师",
      phone2: "13800002222",
      email2: "B@example.cn",
      itemIds: ["3", "3", "4"],
    });
    expect(two.success && two.data.attendees.map((a) => a.email)).toEqual(["a@example.cn", "b@example.cn"]);
    expect(two.success && two.data.itemIds).toEqual([3, 4]);
    const half = mmRegistrationSchema.safeParse({ ...base, phone2: "13800002222" });
    expect(half.success).toBe(false);
    expect(half.error?.issues.map((i) => i.path[0]).sort()).toEqual(["email2", "jobTitle2", "name2"]);
    expect(mmRegistrationSchema.safeParse({ ...base, name1: "" }).success).toBe(false);
    expect(mmRegistrationSchema.safeParse({ ...base, itemIds: "x1" }).success).toBe(false);
    // There is no third attendee field: anything else is ignored.
    const three = mmRegistrationSchema.safeParse({ ...base, name3: "丙" });
    expect(three.success && three.data.attendees).toHaveLength(1);
  });
});

describe("staff decisions", () => {
  it("validates, and refuses only with a reason; the organization is notified and the trail records it", async () => {
    const e = await event();
    const a = await party("待审单位甲");
    const b = await party("待审单位乙");
    const ra = await saveRegistration(a.actor, e.event.id, input());
    const rb = await saveRegistration(b.actor, e.event.id, input());
    const staffActor = { id: e.staff.user.id, ip: "192.0.2.9" };
    const idA = ra.ok ? ra.value.registrationId : 0;
    const idB = rb.ok ? rb.value.registrationId : 0;
    expect(await decideRegistration(staffActor, e.event.id, idA, { event: "validate" })).toEqual({
      ok: true,
      value: null,
    });
    expect(
      await decideRegistration(staffActor, e.event.id, idB, { event: "refuse", reason: "材料不全" }),
    ).toEqual({ ok: true, value: null });
    // Decided once: a second decision is refused.
    expect(
      await decideRegistration(staffActor, e.event.id, idA, { event: "refuse", reason: "x" }),
    ).toMatchObject({
      ok: false,
      formError: { key: "err.mmRegistration.notPending" },
    });
    const rows = await getDb()
      .selectFrom("mmRegistrations")
      .selectAll()
      .where("id", "in", [idA, idB])
      .orderBy("id")
      .execute();
    expect(rows.map((r) => [r.status, r.refuseReason, r.reviewedBy])).toEqual([
      ["validated", null, e.staff.user.id],
      ["refused", "材料不全", e.staff.user.id],
    ]);
    const na = await notificationsOf(a.owner.id);
    const nb = await notificationsOf(b.owner.id);
    expect(na.map((n) => n.kind)).toEqual(["mmRegistration.validated"]);
    expect(nb.map((n) => [n.kind, n.params.reason])).toEqual([["mmRegistration.refused", "材料不全"]]);
    expect(nb[0]!.link).toBe(`/events/${e.event.id}/register`);
    expect((await auditOf(idB)).map((x) => x.action)).toEqual([
      "mm_registration.create",
      "mm_registration.refuse",
    ]);
    // A decided registration can no longer be edited by the organization.
    expect(await saveRegistration(a.actor, e.event.id, input())).toMatchObject({
      ok: false,
      formError: { key: "err.mmRegistration.notEditable" },
    });
    // A registration of another event is not found through this one.
    const other = await event();
    expect(await decideRegistration(staffActor, other.event.id, idA, { event: "validate" })).toMatchObject({
      ok: false,
      formError: { key: "err.mmRegistration.notFound" },
    });
  });

  it("a staff member who belongs to the registering organization may not decide it", async () => {
    const e = await event();
    const p = await party("员工所在单位");
    const saved = await saveRegistration(p.actor, e.event.id, input());
    const id = saved.ok ? saved.value.registrationId : 0;
    const insider = await staffUser("兼任员工");
    await getDb()
      .insertInto("memberships")
      .values({ userId: insider.user.id, organizationId: p.organization.id, role: "member" })
      .execute();
    expect(
      await decideRegistration({ id: insider.user.id, ip: "192.0.2.9" }, e.event.id, id, {
        event: "validate",
      }),
    ).toMatchObject({
      ok: false,
      formError: { key: "err.mmRegistration.staffConflicted" },
    });
    const row = await getDb()
      .selectFrom("mmRegistrations")
      .select("status")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("pending");
    expect(await notificationsOf(p.owner.id)).toEqual([]);
  });
});

describe("withdrawing", () => {
  it("a validated registration's open requests are cancelled and its scheduled meetings freed, in one go, the other side told", async () => {
    const c = await conference(3);
    const [me, x, y] = c.participants as [
      (typeof c.participants)[0],
      (typeof c.participants)[0],
      (typeof c.participants)[0],
    ];
    const waiting = await createMeetingRequest(getDb(), {
      eventId: c.event.id,
      from: { registrationId: x.registration.id, attendeeId: x.attendees[0]!.id },
      to: { registrationId: me.registration.id, attendeeId: me.attendees[0]!.id },
      createdBy: x.owner.id,
    });
    const scheduled = await createMeetingRequest(getDb(), {
      eventId: c.event.id,
      from: { registrationId: me.registration.id, attendeeId: me.attendees[0]!.id },
      to: { registrationId: y.registration.id, attendeeId: y.attendees[0]!.id },
      createdBy: me.owner.id,
    });
    await getDb()
      .transaction()
      .execute(async (trx) => {
        const placed = await placeMeeting(trx, {
          request: scheduled,
          choice: { firstFree: true },
          now: new Date(),
          maxMeetings: 12,
        });
        expect(placed.ok).toBe(true);
      });
    // A meeting between two others is untouched.
    const others = await createMeetingRequest(getDb(), {
      eventId: c.event.id,
      from: { registrationId: x.registration.id, attendeeId: x.attendees[0]!.id },
      to: { registrationId: y.registration.id, attendeeId: y.attendees[0]!.id },
      createdBy: x.owner.id,
    });

    const outcome = await withdrawRegistration(me.actor, c.event.id);
    expect(outcome).toEqual({ ok: true, value: { cancelledRequests: 2 } });
    const requests = await getDb()
      .selectFrom("mmRequests")
      .selectAll()
      .where("id", "in", [waiting.id, scheduled.id, others.id])
      .orderBy("id")
      .execute();
    expect(requests.map((r) => [r.id, r.status, r.slotId, r.tableId])).toEqual([
      [waiting.id, "cancelled", null, null],
      [scheduled.id, "cancelled", null, null],
      [others.id, "requested", null, null],
    ]);
    const bookings = await getDb()
      .selectFrom("mmBookings")
      .selectAll()
      .where("requestId", "=", scheduled.id)
      .execute();
    const tables = await getDb()
      .selectFrom("mmTableBookings")
      .selectAll()
      .where("requestId", "=", scheduled.id)
      .execute();
    expect([bookings, tables]).toEqual([[], []]);
    const reg = await getDb()
      .selectFrom("mmRegistrations")
      .select("status")
      .where("id", "=", me.registration.id)
      .executeTakeFirstOrThrow();
    expect(reg.status).toBe("withdrawn");
    for (const other of [x, y]) {
      const n = await notificationsOf(other.owner.id);
      expect(n.map((row) => [row.kind, row.params.orgName])).toEqual([
        ["mmRegistration.withdrawn", me.organization.name],
      ]);
    }
    // Withdrawn is final: no second withdrawal, no edit.
    expect(await withdrawRegistration(me.actor, c.event.id)).toMatchObject({
      ok: false,
      formError: { key: "err.mmRegistration.notWithdrawable" },
    });
    expect(await saveRegistration(me.actor, c.event.id, input())).toMatchObject({
      ok: false,
      formError: { key: "err.mmRegistration.notEditable" },
    });
  });

  it("an organization without a registration has nothing to withdraw", async () => {
    const e = await event();
    const p = await party("未报名单位");
    expect(await withdrawRegistration(p.actor, e.event.id)).toMatchObject({
      ok: false,
      formError: { key: "err.mmRegistration.none" },
    });
  });

  it("a pending registration from registerForEvent can be withdrawn without touching any request", async () => {
    const e = await event();
    const p = await party("待审撤回单位");
    await registerForEvent(getDb(), {
      eventId: e.event.id,
      organizationId: p.organization.id,
      createdBy: p.owner.id,
      status: "pending",
    });
    expect(await withdrawRegistration(p.actor, e.event.id)).toEqual({
      ok: true,
      value: { cancelledRequests: 0 },
    });
  });
});
