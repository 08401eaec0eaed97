import { msg } from "../../app/i18n/i18n";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { saveBidContent, startBid, submitBid, withdrawBid } from "../../app/server/bidding/bids.server";
import { answerInvitation, inviteMember, setMemberTerms } from "../../app/server/bidding/consortium.server";
import { type OrgActor } from "../../app/server/platform/actor.server";
import { publishResult, selectBid, startReview } from "../../app/server/bidding/review.server";
import { completeContent, openTask, orgWithOwner, staffActor } from "../support/bidding";
import { must } from "../support/outcome";

const HOUR = 3_600_000;

async function draftBid(actor: OrgActor, taskCode: string, now: Date) {
  return must(await startBid(actor, taskCode, now)).bidId;
}

async function bidRow(bidId: number) {
  return getDb().selectFrom("bids").selectAll().where("id", "=", bidId).executeTakeFirstOrThrow();
}

async function consortium(lead: OrgActor, member: OrgActor, bidId: number, now: Date, shares = [6000, 4000]) {
  const invited = await inviteMember(
    lead,
    bidId,
    { organizationId: member.organization.id, share: shares[1]!, workDivision: "算法研发" },
    now,
  );
  expect(invited).toEqual({ ok: true, value: null });
  expect(await answerInvitation(member, bidId, "accepted", now)).toEqual({ ok: true, value: null });
  await getDb()
    .updateTable("consortiumMembers")
    .set({ shareBp: shares[0]! })
    .where("bidId", "=", bidId)
    .where("role", "=", "lead")
    .execute();
}

describe("bids: deadline, drafts, submission", () => {
  it("accepts a submission one second before the deadline and refuses one a second after, in the transaction", async () => {
    const deadline = new Date("2031-03-31T09:00:00Z");
    const { task } = await openTask({ year: 2031, bidDeadline: deadline });
    const { actor } = await orgWithOwner();
    const early = new Date(deadline.getTime() - 2 * HOUR);
    const bidId = await draftBid(actor, task.code, early);
    expect(await saveBidContent(actor, bidId, completeContent(), early)).toEqual({ ok: true, value: null });

    const late = await submitBid(actor, bidId, new Date(deadline.getTime() + 1000));
    expect(late).toEqual({ ok: false, formError: msg("err.bid.closed") });
    expect((await bidRow(bidId)).status).toBe("draft");

    const atDeadline = await submitBid(actor, bidId, deadline);
    expect(atDeadline.ok).toBe(false);

    const inTime = await submitBid(actor, bidId, new Date(deadline.getTime() - 1000));
    expect(inTime).toEqual({ ok: true, value: { already: false } });
    const row = await bidRow(bidId);
    expect(row.status).toBe("submitted");
    expect(row.submittedAt?.toISOString()).toBe(new Date(deadline.getTime() - 1000).toISOString());
  });

  it("refuses an incomplete bid with the missing items by field and changes nothing", async () => {
    const deadline = new Date("2032-03-31T09:00:00Z");
    const { task } = await openTask({ year: 2032, bidDeadline: deadline });
    const { actor } = await orgWithOwner();
    const now = new Date(deadline.getTime() - HOUR);
    const bidId = await draftBid(actor, task.code, now);
    const content = completeContent();
    content.breakdown = [{ item: "设备", amount: 500 }];
    content.responses = content.responses.slice(0, 2);
    await saveBidContent(actor, bidId, content, now);
    const outcome = await submitBid(actor, bidId, now);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.formError).toEqual(msg("err.bid.incomplete"));
    expect(Object.keys(outcome.fieldErrors ?? {}).sort()).toEqual(["breakdown", "responses"]);
    expect(outcome.fieldErrors?.breakdown?.[0]?.key).toBe("err.bid.breakdownSum");
    expect((await bidRow(bidId)).status).toBe("draft");
  });

  it("makes exactly one bid from concurrent identical clicks, and one submission from a double-clicked submit", async () => {
    const deadline = new Date("2033-03-31T09:00:00Z");
    const { task } = await openTask({ year: 2033, bidDeadline: deadline });
    const { actor } = await orgWithOwner();
    const now = new Date(deadline.getTime() - HOUR);
    const starts = await Promise.all(Array.from({ length: 5 }, () => startBid(actor, task.code, now)));
    const ids = new Set(starts.map((s) => (s.ok ? s.value.bidId : null)));
    expect(ids.size).toBe(1);
    const bidId = [...ids][0]!;
    expect(
      await getDb().selectFrom("bids").select("id").where("taskId", "=", task.id).execute(),
    ).toHaveLength(1);

    await saveBidContent(actor, bidId, completeContent(), now);
    const submits = await Promise.all(Array.from({ length: 4 }, () => submitBid(actor, bidId, now)));
    expect(submits.every((s) => s.ok)).toBe(true);
    expect(submits.filter((s) => s.ok && !s.value.already)).toHaveLength(1);
    const audits = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("entityType", "=", "bid")
      .where("entityId", "=", String(bidId))
      .where("action", "=", "bid.submit")
      .execute();
    expect(audits).toHaveLength(1);
  });

  it("withdraws before the deadline, edits and resubmits; not after the deadline", async () => {
    const deadline = new Date("2034-03-31T09:00:00Z");
    const { task } = await openTask({ year: 2034, bidDeadline: deadline });
    const { actor } = await orgWithOwner();
    const now = new Date(deadline.getTime() - HOUR);
    const bidId = await draftBid(actor, task.code, now);
    await saveBidContent(actor, bidId, completeContent(), now);
    await submitBid(actor, bidId, now);

    expect(await saveBidContent(actor, bidId, completeContent(2_000_000_00), now)).toEqual({
      ok: false,
      formError: msg("err.bid.notEditable"),
    });
    expect(await withdrawBid(actor, bidId, now)).toEqual({ ok: true, value: null });
    expect((await bidRow(bidId)).status).toBe("withdrawn");
    expect(await saveBidContent(actor, bidId, completeContent(2_000_000_00), now)).toEqual({
      ok: true,
      value: null,
    });
    expect(await submitBid(actor, bidId, now)).toEqual({ ok: true, value: { already: false } });
    const row = await bidRow(bidId);
    expect(row.status).toBe("submitted");
    expect(row.plannedInvestmentFen).toBe(2_000_000_00);

    expect(await withdrawBid(actor, bidId, new Date(deadline.getTime() + 1000))).toEqual({
      ok: false,
      formError: msg("err.bid.closed"),
    });
  });

  it("refuses another organization acting on the bid as if it were the lead", async () => {
    const deadline = new Date("2035-03-31T09:00:00Z");
    const { task } = await openTask({ year: 2035, bidDeadline: deadline });
    const lead = await orgWithOwner();
    const other = await orgWithOwner();
    const now = new Date(deadline.getTime() - HOUR);
    const bidId = await draftBid(lead.actor, task.code, now);
    expect(await saveBidContent(other.actor, bidId, completeContent(), now)).toEqual({
      ok: false,
      formError: msg("err.bid.notFound"),
    });
    expect(await submitBid(other.actor, bidId, now)).toEqual({
      ok: false,
      formError: msg("err.bid.notFound"),
    });
  });
});

describe("consortia and quotas", () => {
  it("needs every member's answer and shares summing to exactly 10000 before submission", async () => {
    const deadline = new Date("2036-03-31T09:00:00Z");
    const { task } = await openTask({ year: 2036, bidDeadline: deadline });
    const lead = await orgWithOwner();
    const member = await orgWithOwner();
    const now = new Date(deadline.getTime() - HOUR);
    const bidId = await draftBid(lead.actor, task.code, now);
    await saveBidContent(lead.actor, bidId, completeContent(), now);
    await inviteMember(
      lead.actor,
      bidId,
      { organizationId: member.organization.id, share: 4000, workDivision: "硬件" },
      now,
    );

    const pending = await submitBid(lead.actor, bidId, now);
    expect(pending.ok).toBe(false);
    if (!pending.ok) expect(pending.fieldErrors?.consortium).toContainEqual(msg("err.consortium.pending"));

    // The lead keeps what the members leave: 60 % after inviting a member at 40 %.
    const shares = async () =>
      (
        await getDb()
          .selectFrom("consortiumMembers")
          .select(["role", "shareBp"])
          .where("bidId", "=", bidId)
          .orderBy("role")
          .execute()
      ).map((m) => `${m.role}:${m.shareBp}`);
    expect(await shares()).toEqual(["lead:6000", "member:4000"]);

    await answerInvitation(member.actor, bidId, "accepted", now);
    // The lead raises the member to 50 % without lowering its own: 110 % is refused.
    await setMemberTerms(
      lead.actor,
      bidId,
      { organizationId: member.organization.id, share: 5000, workDivision: "硬件" },
      now,
    );
    // Raising an accepted member's share needs its consent again (issue 12, item 6): it answers once more.
    const unanswered = await submitBid(lead.actor, bidId, now);
    expect(!unanswered.ok && unanswered.fieldErrors?.consortium).toContainEqual(
      msg("err.consortium.pending"),
    );
    must(await answerInvitation(member.actor, bidId, "accepted", now));
    const overfull = await submitBid(lead.actor, bidId, now);
    expect(overfull.ok).toBe(false);
    if (!overfull.ok)
      expect(overfull.fieldErrors?.consortium).toEqual([msg("err.consortium.shares", { total: 110 })]);
    expect((await bidRow(bidId)).status).toBe("draft");

    await setMemberTerms(
      lead.actor,
      bidId,
      { organizationId: lead.organization.id, share: 5000, workDivision: "总体" },
      now,
    );
    expect(await submitBid(lead.actor, bidId, now)).toEqual({ ok: true, value: { already: false } });
  });

  it("counts maxBidsPerOrg over bids an organization leads or joins, and maxConsortiumMembers with the lead", async () => {
    const deadline = new Date("2037-03-31T09:00:00Z");
    const { list, task } = await openTask({
      year: 2037,
      bidDeadline: deadline,
      quotas: { maxBidsPerOrg: 1, maxConsortiumMembers: 2 },
    });
    const { createTask } = await import("../../app/server/demo/factories.server");
    const second = await createTask(getDb(), list, {
      title: "第二个任务",
      domain: "ai",
      bidDeadline: deadline,
      status: "published",
    });
    const a = await orgWithOwner();
    const b = await orgWithOwner();
    const c = await orgWithOwner();
    const now = new Date(deadline.getTime() - HOUR);

    const bidA = await draftBid(a.actor, task.code, now);
    await consortium(a.actor, b.actor, bidA, now);
    // B already takes part (as a member) in one bid of this list: it cannot lead another.
    expect(await startBid(b.actor, second.code, now)).toEqual({
      ok: false,
      formError: msg("err.bid.quota", { max: 1 }),
    });
    // A's consortium is full at 2 organizations, lead included.
    const full = await inviteMember(
      a.actor,
      bidA,
      { organizationId: c.organization.id, share: 1000, workDivision: "测试" },
      now,
    );
    expect(full).toEqual({ ok: false, formError: msg("err.consortium.full", { max: 2 }) });

    // C leads a bid on the second task; B cannot be invited there (over quota) and nothing is written.
    const bidC = await draftBid(c.actor, second.code, now);
    const overQuota = await inviteMember(
      c.actor,
      bidC,
      { organizationId: b.organization.id, share: 5000, workDivision: "测试" },
      now,
    );
    expect(overQuota.ok).toBe(false);
    if (!overQuota.ok)
      expect(overQuota.fieldErrors?.organizationId?.[0]?.key).toBe("err.consortium.memberQuota");
    const rows = await getDb()
      .selectFrom("consortiumMembers")
      .select("organizationId")
      .where("bidId", "=", bidC)
      .execute();
    expect(rows.map((r) => r.organizationId)).toEqual([c.organization.id]);
  });
});

describe("selection", () => {
  it("never selects more than maxWinners, even when staff select concurrently", async () => {
    const deadline = new Date("2038-03-31T09:00:00Z");
    const { task } = await openTask({ year: 2038, bidDeadline: deadline, maxWinners: 2 });
    const before = new Date(deadline.getTime() - HOUR);
    const bidIds: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const { actor } = await orgWithOwner();
      const bidId = await draftBid(actor, task.code, before);
      await saveBidContent(actor, bidId, completeContent(), before);
      expect((await submitBid(actor, bidId, before)).ok).toBe(true);
      bidIds.push(bidId);
    }
    const staffA = await staffActor();
    const staffB = await staffActor();
    const after = new Date(deadline.getTime() + HOUR);
    expect(await startReview(staffA, task.code, after)).toEqual({ ok: true, value: null });

    const results = await Promise.all(
      bidIds.map((bidId, i) => selectBid(i % 2 ? staffA : staffB, bidId, "方案最优", after)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.formError)).toEqual([
      msg("err.selection.maxWinners", { max: 2 }),
      msg("err.selection.maxWinners", { max: 2 }),
      msg("err.selection.maxWinners", { max: 2 }),
    ]);
    const selected = await getDb()
      .selectFrom("bids")
      .select("id")
      .where("taskId", "=", task.id)
      .where("status", "=", "selected")
      .execute();
    expect(selected).toHaveLength(2);

    const published = await publishResult(staffA, task.code, after);
    expect(published.ok).toBe(true);
    const statuses = await getDb()
      .selectFrom("bids")
      .select(["status"])
      .where("taskId", "=", task.id)
      .execute();
    expect(statuses.map((s) => s.status).sort()).toEqual([
      "not_selected",
      "not_selected",
      "not_selected",
      "selected",
      "selected",
    ]);
    const taskRow = await getDb()
      .selectFrom("tasks")
      .select("status")
      .where("id", "=", task.id)
      .executeTakeFirstOrThrow();
    expect(taskRow.status).toBe("notice");
    const notice = await getDb()
      .selectFrom("notices")
      .selectAll()
      .where("taskId", "=", task.id)
      .executeTakeFirstOrThrow();
    // 7 natural days counting the start day, ending at Shanghai midnight.
    expect(notice.endsAt.toISOString()).toBe("2038-04-06T16:00:00.000Z");
  });
});

describe("objections that revoke every winner", () => {
  it("revokes the notice, closes the other pending objections, and lets staff choose among the other bids again", async () => {
    const { fileObjection, resolveObjectionAsStaff } =
      await import("../../app/server/bidding/notices.server");
    const deadline = new Date("2039-03-31T09:00:00Z");
    const { task } = await openTask({ year: 2039, bidDeadline: deadline });
    const before = new Date(deadline.getTime() - HOUR);
    const bidIds: number[] = [];
    for (let i = 0; i < 2; i += 1) {
      const { actor } = await orgWithOwner();
      const bidId = await draftBid(actor, task.code, before);
      await saveBidContent(actor, bidId, completeContent(), before);
      await submitBid(actor, bidId, before);
      bidIds.push(bidId);
    }
    const [winner, runnerUp] = bidIds as [number, number];
    const staff = await staffActor();
    const after = new Date(deadline.getTime() + HOUR);
    await startReview(staff, task.code, after);
    await selectBid(staff, winner, "综合评分第一", after);
    const { noticeId } = must(await publishResult(staff, task.code, after));

    // Users of verified organizations (the only ones who may object); these two just need user ids.
    const citizenA = { id: (await orgWithOwner()).owner.id, ip: "203.0.113.20" };
    const citizenB = { id: (await orgWithOwner()).owner.id, ip: "203.0.113.21" };
    const first = await fileObjection(
      citizenA,
      noticeId,
      { bidId: winner, reasons: "业绩造假", evidence: "" },
      after,
    );
    expect(first.ok).toBe(true);
    expect(
      await fileObjection(citizenA, noticeId, { bidId: winner, reasons: "再次提交", evidence: "" }, after),
    ).toEqual({
      ok: false,
      fieldErrors: { reasons: [msg("err.objection.duplicate")] },
    });
    const second = await fileObjection(
      citizenB,
      noticeId,
      { bidId: winner, reasons: "资质不符", evidence: "" },
      after,
    );
    expect(second.ok).toBe(true);
    if (!first.ok) return;

    const upheld = await resolveObjectionAsStaff(
      staff,
      first.value.objectionId,
      { decision: "upheld", resolution: "经核查属实" },
      after,
    );
    expect(upheld).toEqual({ ok: true, value: null });
    const db = getDb();
    const notice = await db
      .selectFrom("notices")
      .selectAll()
      .where("id", "=", noticeId)
      .executeTakeFirstOrThrow();
    expect(notice.status).toBe("revoked");
    const objections = await db
      .selectFrom("objections")
      .select(["status"])
      .where("noticeId", "=", noticeId)
      .orderBy("id")
      .execute();
    expect(objections.map((o) => o.status)).toEqual(["upheld", "dismissed"]);
    expect((await bidRow(winner)).status).toBe("not_selected");
    expect((await bidRow(runnerUp)).status).toBe("submitted");
    const taskRow = await db
      .selectFrom("tasks")
      .select("status")
      .where("id", "=", task.id)
      .executeTakeFirstOrThrow();
    expect(taskRow.status).toBe("under_review");

    expect(await selectBid(staff, runnerUp, "递补", after)).toEqual({ ok: true, value: null });
    const again = await publishResult(staff, task.code, after);
    expect(again.ok).toBe(true);
  });
});
