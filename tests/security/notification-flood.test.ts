import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { translator } from "../../app/i18n/i18n";
import { saveBidContent, startBid, submitBid, withdrawBid } from "../../app/server/bidding/bids.server";
import { inviteMember, removeConsortiumMember } from "../../app/server/bidding/consortium.server";
import type { Message } from "../../app/i18n/i18n";
import { completeContent, openTask, orgWithOwner, staffActor } from "../support/bidding";
import { must } from "../support/outcome";

/**
 * Issue 12, item 7: invite → remove → invite and submit → withdraw → resubmit each mailed every member of the
 * other organization (or every staff member) every time, with a name the sender chose. Before the fix 20 cycles
 * left 20 invitations in the invitee's inbox and 20 "submitted" notifications for every staff member.
 */

let year = 2070;

async function draftWithContent() {
  const { task } = await openTask({ year: year++, bidDeadline: new Date(Date.now() + 30 * 86_400_000) });
  const lead = await orgWithOwner("刷屏科技有限公司");
  const { bidId } = must(await startBid(lead.actor, task.code));
  must(await saveBidContent(lead.actor, bidId, completeContent()));
  return { task, lead, bidId };
}

const countNotifications = async (userId: number) =>
  (
    await getDb()
      .selectFrom("notifications")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("userId", "=", userId)
      .executeTakeFirstOrThrow()
  ).n;

const bothLanguages = (message: Message | undefined) => {
  expect(message).toBeDefined();
  const zh = translator("zh")(message!.key as never, message!.params as never);
  const en = translator("en")(message!.key as never, message!.params as never);
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  expect(en).toMatch(/^[\x20-\x7e“”—]+$/);
  expect(zh).not.toMatch(/[{}]/);
  expect(en).not.toMatch(/[{}]/);
  return { zh, en };
};

describe("notification flooding", () => {
  it("20 invite/remove cycles of the same organization: a bounded inbox and a clear refusal", async () => {
    const { lead, bidId } = await draftWithContent();
    const target = await orgWithOwner("被骚扰单位");
    const outcomes = [];
    for (let i = 0; i < 20; i++) {
      const invited = await inviteMember(lead.actor, bidId, {
        organizationId: target.organization.id,
        share: 1000,
        workDivision: `第${i}次`,
      });
      outcomes.push(invited);
      if (invited.ok) must(await removeConsortiumMember(lead.actor, bidId, target.organization.id));
    }
    const accepted = outcomes.filter((o) => o.ok).length;
    expect(accepted).toBeLessThanOrEqual(3);
    expect(Number(await countNotifications(target.owner.id))).toBeLessThanOrEqual(1);
    const refused = outcomes.find((o) => !o.ok);
    expect(refused && !refused.ok && refused.fieldErrors?.organizationId?.[0]?.key).toBe(
      "err.consortium.inviteCooldown",
    );
    const { en } = bothLanguages(
      refused && !refused.ok ? refused.fieldErrors?.organizationId?.[0] : undefined,
    );
    expect(en).toMatch(/invite it again in \d+ hours?/);
  });

  it("20 submit/withdraw cycles: the consortium and staff get a bounded number of notifications", async () => {
    const { lead, bidId } = await draftWithContent();
    const staff = await staffActor();
    const outcomes = [];
    for (let i = 0; i < 20; i++) {
      const submitted = await submitBid(lead.actor, bidId);
      outcomes.push(submitted);
      if (!submitted.ok) break;
      const withdrawn = await withdrawBid(lead.actor, bidId);
      outcomes.push(withdrawn);
      if (!withdrawn.ok) break;
    }
    const refused = outcomes.find((o) => !o.ok);
    expect(refused && !refused.ok && refused.formError?.key).toBe("err.bid.statusLimit");
    bothLanguages(refused && !refused.ok ? refused.formError : undefined);
    expect(outcomes.filter((o) => o.ok).length).toBeLessThanOrEqual(8);
    // One unread "submitted" for staff per task page, one unread "submitted" and "withdrawn" for the lead.
    expect(Number(await countNotifications(staff.id))).toBe(1);
    expect(Number(await countNotifications(lead.owner.id))).toBeLessThanOrEqual(2);
  });

  it("coalescing keeps a new notification for a reader who read the previous one", async () => {
    const { lead, bidId } = await draftWithContent();
    const staff = await staffActor();
    must(await submitBid(lead.actor, bidId));
    await getDb()
      .updateTable("notifications")
      .set({ readAt: new Date() })
      .where("userId", "=", staff.id)
      .execute();
    must(await withdrawBid(lead.actor, bidId));
    must(await submitBid(lead.actor, bidId));
    expect(Number(await countNotifications(staff.id))).toBe(2);
  });

  it("one lead cannot spray invitations at many organizations", async () => {
    const { lead, bidId } = await draftWithContent();
    const outcomes = [];
    // 7 organizations, each invited 3 times (the most the per-organization cooldown allows): 21 invitations.
    const targets = [];
    for (let i = 0; i < 7; i++) targets.push(await orgWithOwner());
    for (const target of targets)
      for (let round = 0; round < 3; round++) {
        const invited = await inviteMember(lead.actor, bidId, {
          organizationId: target.organization.id,
          share: 100,
          workDivision: "x",
        });
        outcomes.push(invited);
        if (invited.ok) must(await removeConsortiumMember(lead.actor, bidId, target.organization.id));
      }
    expect(outcomes.filter((o) => o.ok).length).toBe(20);
    const refused = outcomes.find((o) => !o.ok);
    expect(refused && !refused.ok && refused.formError?.key).toBe("err.consortium.inviteLimit");
  });
});
