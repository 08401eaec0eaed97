import { describe, expect, it, vi } from "vitest";
import { getDb } from "../../db/client";
import { hasContractOutcome } from "../../db/repositories/sd-items";
import { contractTotals } from "../../db/repositories/sd-review-stats";
import { mmStatsInput } from "../../db/repositories/mm-stats";
import { feedbackClosesAt } from "../../app/domain/mm-feedback";
import { computeMmStats } from "../../app/domain/mm-stats";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import { giveFeedback } from "../../app/server/matchmaking/feedback/feedback.server";
import type { MmFeedbackInput } from "../../app/forms/mm-feedback";
import { meetingBetween, pastConference } from "./feedback-support";
import type { Participant } from "./support";

/** When on, the sd_outcomes write fails after the feedback row was written (to show both roll back together). */
const failOutcomeWrite = vi.hoisted(() => ({ on: false }));
vi.mock("../../db/repositories/mm-feedback", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../db/repositories/mm-feedback")>();
  return {
    ...real,
    syncMeetingOutcome: async (...args: Parameters<typeof real.syncMeetingOutcome>) => {
      if (failOutcomeWrite.on) throw new Error("refused by test");
      return real.syncMeetingOutcome(...args);
    },
  };
});

const contract = (requestId: number, yuan: number): MmFeedbackInput => ({
  requestId,
  useful: "yes",
  outcome: "contract",
  amount: yuan * 100,
  signedOn: "2026-12-01",
});
const intent = (requestId: number): MmFeedbackInput => ({ requestId, useful: "yes", outcome: "intent" });

function rowsOf(requestId: number) {
  const db = getDb();
  return Promise.all([
    db.selectFrom("mmFeedback").selectAll().where("requestId", "=", requestId).execute(),
    db.selectFrom("sdOutcomes").selectAll().where("mmRequestId", "=", requestId).execute(),
  ]);
}

describe("giving feedback on a meeting", () => {
  it("only the two organizations of a held meeting may give it; nothing is written otherwise", async () => {
    const c = await pastConference(3);
    const [a, b, other] = c.participants as [Participant, Participant, Participant];
    const m = await meetingBetween(c, a, b);
    expect(await giveFeedback(other.actor, c.event.id, intent(m.id))).toMatchObject({
      ok: false,
      formError: { key: "mmFeedback.err.notFound" },
    });
    // The right meeting id under another event's id is not found either.
    expect(await giveFeedback(a.actor, c.event.id + 1000, intent(m.id))).toMatchObject({ ok: false });
    expect(await rowsOf(m.id)).toEqual([[], []]);
    expect(await giveFeedback(a.actor, c.event.id, intent(m.id))).toMatchObject({ ok: true });
    expect(await giveFeedback(b.actor, c.event.id, intent(m.id))).toMatchObject({ ok: true });
    const [feedback, outcomes] = await rowsOf(m.id);
    expect(feedback.map((f) => f.organizationId).sort()).toEqual(
      [a.organization.id, b.organization.id].sort(),
    );
    expect(outcomes).toHaveLength(2);
  });

  it("refuses no-shows, cancelled and future meetings, and after the window closes", async () => {
    const c = await pastConference(5);
    const [a, b, d, e, f] = c.participants as [
      Participant,
      Participant,
      Participant,
      Participant,
      Participant,
    ];
    const noShow = await meetingBetween(c, a, b, "no_show");
    const cancelled = await meetingBetween(c, a, d, "cancelled");
    const held = await meetingBetween(c, a, e);
    const err = async (input: MmFeedbackInput, now?: Date) =>
      ((await giveFeedback(a.actor, c.event.id, input, now)) as { formError?: { key: string } }).formError
        ?.key;
    expect(await err(intent(noShow.id))).toBe("mmFeedback.err.notHeld");
    expect(await err(intent(cancelled.id))).toBe("mmFeedback.err.notHeld");
    const closes = feedbackClosesAt(c.event.startsOn);
    expect(await err(intent(held.id), closes)).toBe("mmFeedback.err.closed");
    expect(await err(intent(held.id), new Date(c.slots[0]!.startsAt.getTime() - 1000))).toBe(
      "mmFeedback.err.notYet",
    );
    expect((await rowsOf(held.id)).flat()).toEqual([]);
    // A meeting still "scheduled" whose slot is over: feedback confirms it took place.
    const scheduled = await meetingBetween(c, f, e, "scheduled");
    expect(await giveFeedback(f.actor, c.event.id, intent(scheduled.id))).toMatchObject({ ok: true });
    const after = await getDb()
      .selectFrom("mmRequests")
      .select("status")
      .where("id", "=", scheduled.id)
      .executeTakeFirstOrThrow();
    expect(after.status).toBe("held");
  });

  it("one per organization: a second submission edits it, and the sd_outcomes row follows (replaced, then removed)", async () => {
    const c = await pastConference(2);
    const [a, b] = c.participants as [Participant, Participant];
    const m = await meetingBetween(c, a, b);
    const first = await giveFeedback(a.actor, c.event.id, intent(m.id));
    expect(first).toMatchObject({ ok: true, value: { updated: false } });
    let [feedback, outcomes] = await rowsOf(m.id);
    expect(feedback).toHaveLength(1);
    expect(outcomes).toMatchObject([{ kind: "intent", amountFen: null, expressionId: null }]);
    const outcomeId = outcomes[0]!.id;

    const second = await giveFeedback(a.actor, c.event.id, { ...contract(m.id, 880_000), comment: "签了" });
    expect(second).toMatchObject({ ok: true, value: { updated: true, outcomeId } });
    [feedback, outcomes] = await rowsOf(m.id);
    expect(feedback).toMatchObject([
      { outcome: "contract", amountFen: 88_000_000, signedOn: "2026-12-01", comment: "签了" },
    ]);
    expect(outcomes).toMatchObject([
      {
        id: outcomeId,
        kind: "contract",
        amountFen: 88_000_000,
        signedOn: "2026-12-01",
        recordedByOrganizationId: a.organization.id,
      },
    ]);

    await giveFeedback(a.actor, c.event.id, { requestId: m.id, useful: "no", outcome: "none" });
    [feedback, outcomes] = await rowsOf(m.id);
    expect(feedback).toMatchObject([{ outcome: "none", useful: false, amountFen: null, signedOn: null }]);
    expect(outcomes).toEqual([]);

    const audit = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("entityType", "=", "mm_request")
      .where("entityId", "=", String(m.id))
      .orderBy("seq")
      .execute();
    expect(audit.map((r) => r.action)).toEqual(["mm_feedback.give", "mm_feedback.edit", "mm_feedback.edit"]);
  });

  it("writes feedback and outcome in one transaction: when the outcome cannot be written, neither is", async () => {
    const c = await pastConference(2);
    const [a, b] = c.participants as [Participant, Participant];
    const m = await meetingBetween(c, a, b);
    failOutcomeWrite.on = true;
    try {
      await expect(giveFeedback(a.actor, c.event.id, contract(m.id, 1000))).rejects.toThrow(
        /refused by test/,
      );
    } finally {
      failOutcomeWrite.on = false;
    }
    expect(await rowsOf(m.id)).toEqual([[], []]);
  });
});

describe("meeting outcomes in the supply–demand statistics", () => {
  it("counts expression and meeting contracts together, a meeting's contract once (the larger amount)", async () => {
    const YEAR = 2039;
    const c = await pastConference(3);
    const [a, b, d] = c.participants as [Participant, Participant, Participant];
    const db = getDb();
    const demand = await createSdItem(db, {
      kind: "demand",
      year: YEAR,
      organizationId: b.organization.id,
      createdBy: b.owner.id,
    });
    const before = await contractTotals(db, YEAR);
    expect(before).toEqual({ contracts: 0, amountFen: 0 });
    expect(await hasContractOutcome(db, demand.id)).toBe(false);

    // Online: an accepted expression on the demand with a 10,000-yuan contract.
    const expression = await db
      .insertInto("sdExpressions")
      .values({
        targetItemId: demand.id,
        fromOrganizationId: d.organization.id,
        fromUserId: d.owner.id,
        message: "有意对接",
        status: "accepted",
        expiresAt: new Date(Date.now() + 86_400_000),
        answeredAt: new Date(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("sdOutcomes")
      .values({
        expressionId: expression.id,
        kind: "contract",
        amountFen: 1_000_000,
        signedOn: "2039-03-01",
        recordedBy: d.owner.id,
        recordedByOrganizationId: d.organization.id,
      })
      .execute();

    // At the conference: a meeting about the demand; both sides report the contract, with different amounts.
    const m = await meetingBetween(c, a, b, "held", { aboutItemId: demand.id });
    expect(await giveFeedback(a.actor, c.event.id, contract(m.id, 50_000))).toMatchObject({ ok: true });
    expect(await giveFeedback(b.actor, c.event.id, contract(m.id, 60_000))).toMatchObject({ ok: true });
    expect(await contractTotals(db, YEAR)).toEqual({ contracts: 2, amountFen: 1_000_000 + 6_000_000 });
    // All years together count the same two contracts; another year counts none of them.
    const all = await contractTotals(db, undefined);
    const prior = await contractTotals(db, YEAR - 1);
    expect(all.contracts - prior.contracts).toBeGreaterThanOrEqual(2);
    expect(prior).toEqual({ contracts: 0, amountFen: 0 });

    // A meeting naming no item counts in its event's year; the item's page sees the meeting contract.
    const m2 = await meetingBetween(c, a, d);
    const eventYearBefore = await contractTotals(db, c.event.year);
    await giveFeedback(d.actor, c.event.id, contract(m2.id, 1));
    expect(await contractTotals(db, c.event.year)).toEqual({
      contracts: eventYearBefore.contracts + 1,
      amountFen: eventYearBefore.amountFen + 100,
    });

    await db.deleteFrom("sdOutcomes").where("expressionId", "=", expression.id).execute();
    expect(await hasContractOutcome(db, demand.id)).toBe(true);
    await giveFeedback(a.actor, c.event.id, intent(m.id));
    expect(await hasContractOutcome(db, demand.id)).toBe(true); // b still reports the contract
    await giveFeedback(b.actor, c.event.id, intent(m.id));
    expect(await hasContractOutcome(db, demand.id)).toBe(false);
  });
});

describe("the conference statistics on a factory-built event", () => {
  it("counts registrations, requests, acceptance, meetings, feedback and outcomes", async () => {
    const c = await pastConference(6);
    const p = c.participants as Participant[];
    const [a, b, d, e, f, g] = p as [
      Participant,
      Participant,
      Participant,
      Participant,
      Participant,
      Participant,
    ];
    const db = getDb();
    const item = await createSdItem(db, {
      kind: "supply",
      organizationId: b.organization.id,
      createdBy: b.owner.id,
      content: { domain: "ai" },
    });
    const held1 = await meetingBetween(c, a, b, "held", { aboutItemId: item.id });
    const held2 = await meetingBetween(c, a, d);
    const held3 = await meetingBetween(c, e, f);
    await meetingBetween(c, a, e, "no_show");
    await meetingBetween(c, b, d, "declined");
    await meetingBetween(c, b, e, "expired");
    await meetingBetween(c, d, e, "requested");
    await meetingBetween(c, f, g, "cancelled");
    await giveFeedback(a.actor, c.event.id, contract(held1.id, 300_000));
    await giveFeedback(b.actor, c.event.id, contract(held1.id, 300_000));
    await giveFeedback(a.actor, c.event.id, intent(held2.id));
    await giveFeedback(d.actor, c.event.id, { requestId: held2.id, useful: "no", outcome: "none" });
    await giveFeedback(e.actor, c.event.id, { requestId: held3.id, useful: "no", outcome: "none" });

    const s = computeMmStats(await mmStatsInput(db, c.event.id));
    expect(s.registrations).toMatchObject({ validated: 6, total: 6 });
    expect(s.attendees).toEqual({ total: 6, checkedIn: 0 });
    expect(s.requests).toMatchObject({
      held: 3,
      no_show: 1,
      declined: 1,
      expired: 1,
      requested: 1,
      cancelled: 1,
      total: 8,
    });
    // Answered: 3 held + no-show + cancelled after acceptance (accepted) and 1 declined.
    expect(s.acceptance).toEqual({ accepted: 5, answered: 6, rate: 5 / 6 });
    expect(s.meetings).toEqual({ placed: 4, held: 3, noShows: 1 });
    expect(s.feedback).toEqual({ count: 5, meetings: 3, useful: 3, usefulShare: 0.6 });
    expect(s.outcomes).toEqual({ intents: 1, contracts: 1, amountFen: 30_000_000 });
    expect(s.byDomain.find((x) => x.domain === "ai")).toEqual({
      domain: "ai",
      requests: 1,
      held: 1,
      intents: 0,
      contracts: 1,
      amountFen: 30_000_000,
    });
  });
});
