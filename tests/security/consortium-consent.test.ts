import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { saveBidContent, startBid, submitBid, withdrawBid } from "../../app/server/bidding/bids.server";
import {
  answerInvitation,
  inviteMember,
  removeConsortiumMember,
  setMemberTerms,
} from "../../app/server/bidding/consortium.server";
import { completeContent, openTask, orgWithOwner } from "../support/bidding";
import { must } from "../support/outcome";

/**
 * Issue 12, item 6: the award follows the consortium's shares, so nobody's share or division of work may change
 * without their consent. Before the fix the lead could set an accepted member's share to 0.01 % on a withdrawn
 * bid and resubmit: the member stayed `accepted` and was never told.
 */

let year = 2060;

async function acceptedConsortium() {
  const deadline = new Date(Date.now() + 30 * 86_400_000);
  const { task } = await openTask({ year: year++, bidDeadline: deadline });
  const lead = await orgWithOwner();
  const member = await orgWithOwner();
  const { bidId } = must(await startBid(lead.actor, task.code));
  must(await saveBidContent(lead.actor, bidId, completeContent()));
  must(
    await inviteMember(lead.actor, bidId, {
      organizationId: member.organization.id,
      share: 4000,
      workDivision: "算法研发",
    }),
  );
  must(await answerInvitation(member.actor, bidId, "accepted"));
  return { task, lead, member, bidId };
}

const memberRow = (bidId: number, organizationId: number) =>
  getDb()
    .selectFrom("consortiumMembers")
    .select(["status", "shareBp", "workDivision", "acceptedTerms"])
    .where("bidId", "=", bidId)
    .where("organizationId", "=", organizationId)
    .executeTakeFirst();

const notificationsOf = (userId: number, kind: string) =>
  getDb()
    .selectFrom("notifications")
    .select(["kind", "params", "link"])
    .where("userId", "=", userId)
    .where("kind", "=", kind)
    .execute();

const auditOf = (bidId: number, action: string) =>
  getDb()
    .selectFrom("auditLog")
    .select(["action", "after"])
    .where("entityType", "=", "bid")
    .where("entityId", "=", String(bidId))
    .where("action", "=", action)
    .execute();

describe("consent of consortium members", () => {
  it("a change of an accepted member's terms sends it back to invited, tells it, and blocks submission until it accepts again", async () => {
    const { lead, member, bidId } = await acceptedConsortium();
    must(await submitBid(lead.actor, bidId));
    must(await withdrawBid(lead.actor, bidId));

    must(
      await setMemberTerms(lead.actor, bidId, {
        organizationId: member.organization.id,
        share: 1,
        workDivision: "算法研发",
      }),
    );
    must(
      await setMemberTerms(lead.actor, bidId, {
        organizationId: lead.organization.id,
        share: 9999,
        workDivision: "总体",
      }),
    );
    expect(await memberRow(bidId, member.organization.id)).toMatchObject({
      status: "invited",
      shareBp: 1,
      acceptedTerms: { shareBp: 4000, workDivision: "算法研发" },
    });
    const told = await notificationsOf(member.owner.id, "consortium.termsChanged");
    expect(told).toHaveLength(1);
    expect(told[0]!.link).toBe(`/bids/${bidId}`);

    // Not submittable while the member has not accepted the new terms.
    const refused = await submitBid(lead.actor, bidId);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.fieldErrors?.consortium).toContainEqual({ key: "err.consortium.pending" });
    expect(
      (await getDb().selectFrom("bids").select("status").where("id", "=", bidId).executeTakeFirst())?.status,
    ).toBe("withdrawn");

    // Accepting terms other than the ones on the page is refused; accepting what is shown records it.
    expect(
      await answerInvitation(member.actor, bidId, "accepted", new Date(), {
        shareBp: 4000,
        workDivision: "算法研发",
      }),
    ).toEqual({ ok: false, formError: { key: "err.consortium.termsChanged" } });
    must(
      await answerInvitation(member.actor, bidId, "accepted", new Date(), {
        shareBp: 1,
        workDivision: "算法研发",
      }),
    );
    expect(await memberRow(bidId, member.organization.id)).toMatchObject({
      status: "accepted",
      acceptedTerms: { shareBp: 1, workDivision: "算法研发" },
    });
    const accepts = await auditOf(bidId, "consortium.accept");
    expect(accepts.map((a) => a.after)).toEqual([
      { organizationId: member.organization.id, shareBp: 4000, workDivision: "算法研发" },
      { organizationId: member.organization.id, shareBp: 1, workDivision: "算法研发" },
    ]);
    must(await submitBid(lead.actor, bidId));
  });

  it("a change of the division of work alone also needs consent; saving the same terms does not", async () => {
    const { lead, member, bidId } = await acceptedConsortium();
    must(
      await setMemberTerms(lead.actor, bidId, {
        organizationId: member.organization.id,
        share: 4000,
        workDivision: "算法研发",
      }),
    );
    expect((await memberRow(bidId, member.organization.id))?.status).toBe("accepted");
    must(
      await setMemberTerms(lead.actor, bidId, {
        organizationId: member.organization.id,
        share: 4000,
        workDivision: "全部硬件与售后",
      }),
    );
    expect((await memberRow(bidId, member.organization.id))?.status).toBe("invited");
    const terms = await auditOf(bidId, "consortium.terms");
    expect(terms.at(-1)?.after).toMatchObject({
      before: { shareBp: 4000, workDivision: "算法研发" },
      workDivision: "全部硬件与售后",
      status: "invited",
    });
  });

  it("removing a member that had accepted tells it", async () => {
    const { lead, member, bidId } = await acceptedConsortium();
    must(await removeConsortiumMember(lead.actor, bidId, member.organization.id));
    const told = await notificationsOf(member.owner.id, "consortium.removed");
    expect(told).toHaveLength(1);
    expect(told[0]!.params).toMatchObject({ orgName: lead.organization.name });
  });

  it("terms changed behind the rules' back (an accepted row whose terms are not the accepted ones) cannot be submitted", async () => {
    const { lead, member, bidId } = await acceptedConsortium();
    await getDb()
      .updateTable("consortiumMembers")
      .set({ shareBp: 100 })
      .where("bidId", "=", bidId)
      .where("organizationId", "=", member.organization.id)
      .execute();
    await getDb()
      .updateTable("consortiumMembers")
      .set({ shareBp: 9900 })
      .where("bidId", "=", bidId)
      .where("role", "=", "lead")
      .execute();
    const refused = await submitBid(lead.actor, bidId);
    expect(!refused.ok && refused.fieldErrors?.consortium).toContainEqual({
      key: "err.consortium.unconsented",
    });
  });
});
