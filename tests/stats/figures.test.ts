import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createList, createTask } from "../../app/server/demo/factories.server";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import {
  createMeetingRequest,
  createMmEvent,
  registerForEvent,
} from "../../app/server/demo/mm-factories.server";
import { assignAssessor, finalizeAssessment } from "../../app/server/assessment/assessment.server";
import { statsFigures, type StatsFigures } from "../../app/server/stats/stats.server";
import { expert, projectBeingAssessed, score } from "../support/assessment";
import { completeContent, openTask, orgWithOwner, staffActor } from "../support/bidding";
import { must } from "../support/outcome";
import { approvedAward, financeStaff, payoutsOf, throughBank } from "../support/payouts-views";
import { reviewer } from "../support/sd-review";

/**
 * Issue 16, the dashboard's figures against data seeded with known values: every figure exactly, what is not
 * public (draft lists and tasks, open bidding, unpublished items, draft conferences) left out, and the staff
 * filters by district and by reviewing agency.
 */

const SD_YEAR = 2026;
const DAY = 86_400_000;
let all: StatsFigures;
let eventId: number;

async function seedTasks() {
  // 2024 A: an award (cap: 2,000,000 yuan of 8,000,000 invested) approved, the lead's 60 % paid.
  const won = await approvedAward(2024);
  const [recorder, confirmer] = [await financeStaff(), await financeStaff()];
  const [leadPayout] = await payoutsOf(won.award.id);
  await throughBank(
    leadPayout!,
    { paid: { reference: "BANK-1" } },
    { recorder: recorder.id, confirmer: confirmer.id },
  );

  // 2024 B: a consortium of three whose project failed its assessment.
  const failing = await projectBeingAssessed(2024, { sharesBp: [5000, 3000, 2000] });
  for (let i = 0; i < 3; i++) {
    const assessor = await expert();
    must(await assignAssessor(failing.staff, failing.project.id, assessor.id));
    must(await score(assessor, failing.project.id, [10, 10, 10]));
  }
  expect(must(await finalizeAssessment(failing.staff, failing.project.id, null)).passed).toBe(false);

  // 2025: a task still open, in 江岸区, with one submitted bid (not counted while bidding is open).
  const { startBid, saveBidContent, submitBid } = await import("../../app/server/bidding/bids.server");
  const deadline = new Date(Date.now() + 30 * DAY);
  const { list, task } = await openTask({ year: 2025, bidDeadline: deadline });
  await getDb()
    .updateTable("tasks")
    .set({ district: "江岸区", domain: "5g" })
    .where("id", "=", task.id)
    .execute();
  const bidder = await orgWithOwner();
  const { bidId } = must(await startBid(bidder.actor, task.code, new Date()));
  must(await saveBidContent(bidder.actor, bidId, completeContent(), new Date()));
  must(await submitBid(bidder.actor, bidId, new Date()));

  // Not public: a draft task on a published list, a published task on a draft list.
  await createTask(getDb(), list, { title: "草稿任务", domain: "ai", bidDeadline: deadline });
  const draftList = await createList(getDb(), { year: 2025, status: "draft" });
  await createTask(getDb(), draftList, {
    title: "草稿榜单任务",
    domain: "ai",
    bidDeadline: deadline,
    status: "published",
  });
}

async function seedSupplyDemand() {
  const db = getDb();
  const economy = await reviewer({ agency: "economy_bureau" });
  const data = await reviewer({ agency: "data_bureau" });
  const jiangan = await reviewer({ district: "江岸区" });
  const owner = await orgWithOwner();
  const buyer = await orgWithOwner();
  const item = (
    kind: "demand" | "supply",
    district: string | null,
    reviewerId: number,
    status?: "draft" | "submitted",
  ) =>
    createSdItem(db, {
      kind,
      year: SD_YEAR,
      organizationId: owner.organization.id,
      createdBy: owner.owner.id,
      content: { district },
      reviewerId,
      status,
    });
  const i1 = await item("demand", "江岸区", economy.id);
  const i2 = await item("supply", "江岸区", jiangan.id);
  await item("demand", null, data.id);
  const i4 = await item("demand", "洪山区", economy.id);
  await db
    .updateTable("sdItems")
    .set({ status: "closed", closeReason: "fulfilled", closedAt: new Date() })
    .where("id", "=", i4.id)
    .execute();
  const draft = await item("demand", "江岸区", economy.id, "draft");
  await item("supply", "江岸区", economy.id, "submitted");

  const t0 = new Date("2026-03-01T02:00:00Z");
  const expression = async (
    targetItemId: number,
    status: "pending" | "accepted" | "declined" | "withdrawn" | "expired",
    answerDays?: number,
  ) =>
    db
      .insertInto("sdExpressions")
      .values({
        targetItemId,
        fromOrganizationId: buyer.organization.id,
        fromUserId: buyer.owner.id,
        message: "希望合作",
        status,
        createdAt: t0,
        expiresAt: new Date(t0.getTime() + 14 * DAY),
        answeredAt: answerDays === undefined ? null : new Date(t0.getTime() + answerDays * DAY),
        answeredBy: answerDays === undefined ? null : owner.owner.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
  const e1 = await expression(i1.id, "accepted", 2);
  await expression(i1.id, "declined", 4);
  await expression(i1.id, "pending");
  await expression(i1.id, "expired");
  const e5 = await expression(i2.id, "accepted", 1);
  await expression(i4.id, "withdrawn");
  await expect(expression(draft.id, "accepted", 9)).resolves.toBeDefined(); // a draft's: never counted

  const outcome = (values: {
    expressionId?: number;
    mmRequestId?: number;
    kind: "intent" | "contract";
    amountFen?: number;
  }) =>
    db
      .insertInto("sdOutcomes")
      .values({
        expressionId: values.expressionId ?? null,
        mmRequestId: values.mmRequestId ?? null,
        kind: values.kind,
        amountFen: values.amountFen ?? null,
        signedOn: values.kind === "contract" ? "2026-04-01" : null,
        recordedBy: owner.owner.id,
        recordedByOrganizationId: owner.organization.id,
      })
      .execute();
  await outcome({ expressionId: e1.id, kind: "contract", amountFen: 500_000_00 });
  await outcome({ expressionId: e5.id, kind: "intent" });

  // A conference: one meeting about i2 held, both sides reporting the contract (counted once, the larger
  // amount); one meeting only scheduled. A draft conference is not public.
  const staff = await staffActor();
  const { event, slots, tables } = await createMmEvent(db, { createdBy: staff.id });
  eventId = event.id;
  const a = await registerForEvent(db, {
    eventId,
    organizationId: owner.organization.id,
    createdBy: owner.owner.id,
  });
  const b = await registerForEvent(db, {
    eventId,
    organizationId: buyer.organization.id,
    createdBy: buyer.owner.id,
  });
  const from = { registrationId: b.registration.id, attendeeId: b.attendees[0]!.id };
  const to = { registrationId: a.registration.id, attendeeId: a.attendees[0]!.id };
  const held = await createMeetingRequest(db, {
    eventId,
    from,
    to,
    createdBy: buyer.owner.id,
    aboutItemId: i2.id,
  });
  const third = await orgWithOwner();
  const c = await registerForEvent(db, {
    eventId,
    organizationId: third.organization.id,
    createdBy: third.owner.id,
  });
  const later = await createMeetingRequest(db, {
    eventId,
    from: { registrationId: c.registration.id, attendeeId: c.attendees[0]!.id },
    to,
    createdBy: third.owner.id,
  });
  for (const [request, slot, status] of [
    [held, 0, "held"],
    [later, 1, "scheduled"],
  ] as const) {
    await db
      .updateTable("mmRequests")
      .set({ status: "scheduled", slotId: slots[slot]!.id, tableId: tables[0]!.id, answeredAt: new Date() })
      .where("id", "=", request.id)
      .execute();
    if (status === "held")
      await db.updateTable("mmRequests").set({ status }).where("id", "=", request.id).execute();
  }
  await outcome({ mmRequestId: held.id, kind: "contract", amountFen: 300_000_00 });
  await outcome({ mmRequestId: held.id, kind: "contract", amountFen: 350_000_00 });
  await createMmEvent(db, {
    createdBy: staff.id,
    status: "draft",
    titleZh: "草稿对接会",
    titleEn: "Draft conference",
  });
}

beforeAll(async () => {
  await seedTasks();
  await seedSupplyDemand();
  all = await statsFigures({});
}, 240_000);

describe("the public figures", () => {
  it("counts published tasks per year and domain, nothing from drafts", () => {
    expect(all.tasks).toEqual([
      { year: 2024, domain: "ai", tasks: 2 },
      { year: 2025, domain: "5g", tasks: 1 },
    ]);
  });

  it("counts submitted bids per task only once bidding closed, and consortium sizes", () => {
    expect(all.bids).toEqual([{ year: 2024, tasks: 2, bids: 2, average: 1 }]);
    expect(all.consortia).toEqual([
      { size: 2, bids: 1 },
      { size: 3, bids: 1 },
    ]);
  });

  it("gives the success rate of assessed projects", () => {
    expect(all.success).toEqual([{ year: 2024, assessed: 2, succeeded: 1, rate: 0.5 }]);
  });

  it("gives the awards paid and the investment they leveraged (投资带动比)", () => {
    expect(all.awards).toEqual([
      { year: 2024, awards: 1, paidFen: 120_000_000, investmentFen: 800_000_000, leverage: 6.67 },
    ]);
  });

  it("gives the budget use per year from the ledger", () => {
    expect(all.budget).toEqual([
      { year: 2024, appropriatedFen: 2 * 1_000_000_000_00, reservedFen: 200_000_000, paidFen: 120_000_000 },
      { year: 2025, appropriatedFen: 1_000_000_000_00, reservedFen: 0, paidFen: 0 },
    ]);
  });

  it("counts published supply–demand items by kind and state, never drafts or submissions", () => {
    expect(all.items).toEqual([
      { year: SD_YEAR, kind: "demand", state: "fulfilled", items: 1 },
      { year: SD_YEAR, kind: "demand", state: "published", items: 2 },
      { year: SD_YEAR, kind: "supply", state: "published", items: 1 },
    ]);
  });

  it("counts expressions of interest and the acceptance rate", () => {
    expect(all.matches).toEqual([
      {
        year: SD_YEAR,
        sent: 6,
        pending: 1,
        accepted: 2,
        declined: 1,
        withdrawn: 1,
        expired: 1,
        acceptance: 0.5,
      },
    ]);
  });

  it("counts contracts once per conference meeting, with amounts", () => {
    expect(all.contracts).toEqual([
      { year: SD_YEAR, intents: 1, onlineContracts: 1, conferenceContracts: 1, amountFen: 850_000_00 },
    ]);
  });

  it("gives median response times", () => {
    // Answers after 2, 4 and 1 days; every published revision reviewed one day after submission.
    expect(all.response).toEqual([{ year: SD_YEAR, answerDays: 2, reviewDays: 1 }]);
  });

  it("gives each public conference's outcomes, not draft ones", () => {
    expect(all.conferences).toHaveLength(1);
    expect(all.conferences[0]).toMatchObject({
      eventId,
      meetingsHeld: 1,
      intents: 0,
      contracts: 1,
      contractFen: 350_000_00,
    });
  });

  it("sums the headline figures", () => {
    expect(all.totals).toEqual({
      tasks: 3,
      assessed: 2,
      succeeded: 1,
      paidFen: 120_000_000,
      investmentFen: 800_000_000,
      items: 4,
      accepted: 2,
      decided: 4,
      contracts: 2,
      contractFen: 850_000_00,
    });
  });
});

describe("the staff drill-down", () => {
  it("narrows tasks and items to a district", async () => {
    const f = await statsFigures({ district: "江岸区" });
    expect(f.tasks).toEqual([{ year: 2025, domain: "5g", tasks: 1 }]);
    expect(f.bids).toEqual([]);
    expect(f.items).toEqual([
      { year: SD_YEAR, kind: "demand", state: "published", items: 1 },
      { year: SD_YEAR, kind: "supply", state: "published", items: 1 },
    ]);
    expect(f.matches[0]).toMatchObject({ sent: 5, accepted: 2, declined: 1, expired: 1, acceptance: 0.5 });
    // The conference meeting was about i2 (江岸区): its contract stays.
    expect(f.contracts).toEqual([
      { year: SD_YEAR, intents: 1, onlineContracts: 1, conferenceContracts: 1, amountFen: 850_000_00 },
    ]);
    // City-wide figures are the same whatever the filter.
    expect(f.budget).toEqual(all.budget);
    expect(f.conferences).toEqual(all.conferences);
  });

  it("narrows supply–demand figures to the agency that published the items", async () => {
    const f = await statsFigures({ agency: "economy_bureau" });
    expect(f.items).toEqual([
      { year: SD_YEAR, kind: "demand", state: "fulfilled", items: 1 },
      { year: SD_YEAR, kind: "demand", state: "published", items: 1 },
    ]);
    expect(f.matches).toEqual([
      {
        year: SD_YEAR,
        sent: 5,
        pending: 1,
        accepted: 1,
        declined: 1,
        withdrawn: 1,
        expired: 1,
        acceptance: 0.3333,
      },
    ]);
    expect(f.contracts).toEqual([
      { year: SD_YEAR, intents: 0, onlineContracts: 1, conferenceContracts: 0, amountFen: 500_000_00 },
    ]);
    expect(f.response).toEqual([{ year: SD_YEAR, answerDays: 3, reviewDays: 1 }]);
    // Tasks carry no agency: unchanged.
    expect(f.tasks).toEqual(all.tasks);
  });
});
