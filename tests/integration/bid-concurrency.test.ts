import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { verifyAuditChain } from "../../db/repositories/audit";
import { saveAndSubmitBid, saveBidContent, startBid, submitBid } from "../../app/server/bidding/bids.server";
import { selectBid, startReview, unselectBid } from "../../app/server/bidding/review.server";
import { completeContent, openTask, orgWithOwner, staffActor } from "../support/bidding";
import { must } from "../support/outcome";

const HOUR = 3_600_000;

/**
 * Issue 17, goal 4: submissions arriving together from many organizations all land, once each, and the audit
 * chain they all append to stays one verifiable line. More submissions than the pool has connections, so a
 * submission that needed a second connection while holding its transaction's would hang here.
 */
describe("bid submissions under concurrency", () => {
  it("N organizations submitting at once give exactly N submitted bids, one audit entry each, a gapless valid chain", async () => {
    const deadline = new Date("2041-03-31T09:00:00Z");
    const before = new Date(deadline.getTime() - HOUR);
    const { task } = await openTask({ year: 2041, bidDeadline: deadline });
    const N = 24;
    const bidders = [];
    for (let i = 0; i < N; i++) {
      const { actor } = await orgWithOwner();
      const { bidId } = must(await startBid(actor, task.code, before));
      must(await saveBidContent(actor, bidId, completeContent(), before));
      bidders.push({ actor, bidId });
    }
    const auditBefore = await getDb()
      .selectFrom("auditLog")
      .select((eb) => eb.fn.max("seq").as("seq"))
      .executeTakeFirstOrThrow();
    const start = Number(auditBefore.seq ?? 0);

    // Every bid submitted twice at the same moment, as a double click would.
    const outcomes = await Promise.all(
      bidders.flatMap(({ actor, bidId }) => [0, 1].map(() => submitBid(actor, bidId, before))),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(outcomes.filter((o) => o.ok && !o.value.already)).toHaveLength(N);

    const rows = await getDb()
      .selectFrom("bids")
      .select(["id", "leadOrgId", "status"])
      .where("taskId", "=", task.id)
      .execute();
    expect(rows).toHaveLength(N);
    expect(new Set(rows.map((r) => r.leadOrgId)).size).toBe(N);
    expect(rows.every((r) => r.status === "submitted")).toBe(true);

    const entries = await getDb()
      .selectFrom("auditLog")
      .select(["seq", "action", "entityId"])
      .where("seq", ">", start)
      .orderBy("seq")
      .execute();
    const ids = (list: { entityId: string }[]) => list.map((e) => Number(e.entityId)).sort((x, y) => x - y);
    expect(ids(entries.filter((e) => e.action === "bid.submit"))).toEqual(
      bidders.map((b) => b.bidId).sort((x, y) => x - y),
    );
    entries.forEach((e, i) => expect(e.seq).toBe(start + i + 1));
    expect((await verifyAuditChain(getDb())).ok).toBe(true);
  });

  it("N complete bids submitted at once, each twice: N submitted, N bid.submit entries", async () => {
    const deadline = new Date("2042-03-31T09:00:00Z");
    const before = new Date(deadline.getTime() - HOUR);
    const { task } = await openTask({ year: 2042, bidDeadline: deadline });
    const N = 24;
    const bidders = [];
    for (let i = 0; i < N; i++) {
      const { actor } = await orgWithOwner();
      bidders.push({ actor, bidId: must(await startBid(actor, task.code, before)).bidId });
    }
    const outcomes = await Promise.all(
      bidders.flatMap(({ actor, bidId }) =>
        [0, 1].map(async () => {
          const { saved, submitted } = await saveAndSubmitBid(actor, bidId, completeContent(), before);
          return submitted ?? saved;
        }),
      ),
    );
    // The second of each pair finds the bid submitted: no longer editable, so nothing is saved or submitted.
    expect(outcomes.filter((o) => o.ok)).toHaveLength(N);
    const rows = await getDb()
      .selectFrom("bids")
      .select(["id", "status"])
      .where("taskId", "=", task.id)
      .execute();
    expect(rows.filter((r) => r.status === "submitted")).toHaveLength(N);
    const submits = await getDb()
      .selectFrom("auditLog")
      .select("entityId")
      .where("action", "=", "bid.submit")
      .where(
        "entityId",
        "in",
        bidders.map((b) => String(b.bidId)),
      )
      .execute();
    expect(submits).toHaveLength(N);
    expect((await verifyAuditChain(getDb())).ok).toBe(true);
  });
});

describe("selection under concurrent staff clicks", () => {
  it("select and unselect clicked at once by several staff end exact: winners ≤ maxWinners, audit matches state", async () => {
    const deadline = new Date("2043-03-31T09:00:00Z");
    const before = new Date(deadline.getTime() - HOUR);
    const after = new Date(deadline.getTime() + HOUR);
    const { task } = await openTask({ year: 2043, bidDeadline: deadline, maxWinners: 2 });
    const bidIds: number[] = [];
    for (let i = 0; i < 6; i++) {
      const { actor } = await orgWithOwner();
      const { bidId } = must(await startBid(actor, task.code, before));
      const { submitted } = await saveAndSubmitBid(actor, bidId, completeContent(), before);
      expect(submitted).toEqual({ ok: true, value: { already: false } });
      bidIds.push(bidId);
    }
    const staff = [await staffActor(), await staffActor(), await staffActor()];
    must(await startReview(staff[0]!, task.code, after));

    // Three rounds of everyone clicking: each staff member selects every bid, and unselects the first two.
    for (let round = 0; round < 3; round++) {
      await Promise.all([
        ...staff.flatMap((s) => bidIds.map((bidId) => selectBid(s, bidId, "方案最优", after))),
        ...staff.flatMap((s) => bidIds.slice(0, 2).map((bidId) => unselectBid(s, bidId, after))),
      ]);
      const selected = await getDb()
        .selectFrom("bids")
        .select("id")
        .where("taskId", "=", task.id)
        .where("status", "=", "selected")
        .execute();
      expect(selected.length).toBeLessThanOrEqual(2);
    }

    // Each bid's state is what its audit trail says: selections minus unselections is 1 when selected, else 0.
    const rows = await getDb()
      .selectFrom("bids")
      .select(["id", "status"])
      .where("taskId", "=", task.id)
      .execute();
    const trail = await getDb()
      .selectFrom("auditLog")
      .select(["action", "entityId"])
      .where("action", "in", ["bid.select", "bid.unselect"])
      .where(
        "entityId",
        "in",
        bidIds.map((id) => String(id)),
      )
      .orderBy("seq")
      .execute();
    for (const row of rows) {
      const net = trail
        .filter((e) => Number(e.entityId) === row.id)
        .reduce((n, e) => n + (e.action === "bid.select" ? 1 : -1), 0);
      expect(net).toBe(row.status === "selected" ? 1 : 0);
    }
    expect(rows.filter((r) => r.status === "selected").length).toBeLessThanOrEqual(2);
    expect((await verifyAuditChain(getDb())).ok).toBe(true);
  });
});
