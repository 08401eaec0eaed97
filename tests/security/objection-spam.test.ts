import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { insertMembership } from "../../db/repositories/identity";
import { translator } from "../../app/i18n/i18n";
import { createOrganizationWithOwner, createUser } from "../../app/server/demo/factories.server";
import { saveBidContent, startBid, submitBid } from "../../app/server/bidding/bids.server";
import { publishResult, selectBid, startReview } from "../../app/server/bidding/review.server";
import { fileObjection } from "../../app/server/bidding/notices.server";
import { verifyOrganization } from "../../app/server/identity/org-verification.server";
import { signedIn } from "../support/app";
import { completeContent, openTask, orgWithOwner, staffActor } from "../support/bidding";
import { must } from "../support/outcome";

/**
 * Issue 12, item 14: every objection notifies all staff and the winner's consortium, and before the fix any
 * signed-in account (sign-up is open) could file them without limit. Now only users of an organization staff
 * have verified may object, a few at a time per user and per organization, with the reason beside the form.
 */

const HOUR = 3_600_000;
let noticeId: number;
let winnerBidId: number;

beforeAll(async () => {
  const deadline = new Date(Date.now() - HOUR);
  const { task } = await openTask({ year: 2090, bidDeadline: deadline, maxWinners: 1 });
  const lead = await orgWithOwner("入选科技有限公司");
  const before = new Date(deadline.getTime() - HOUR);
  const after = new Date(deadline.getTime() + HOUR / 2);
  winnerBidId = must(await startBid(lead.actor, task.code, before)).bidId;
  must(await saveBidContent(lead.actor, winnerBidId, completeContent(), before));
  must(await submitBid(lead.actor, winnerBidId, before));
  const staff = await staffActor();
  must(await startReview(staff, task.code, after));
  must(await selectBid(staff, winnerBidId, "综合最优", after));
  noticeId = must(await publishResult(staff, task.code, after)).noticeId;
});

const objection = (reasons: string) => ({ bidId: winnerBidId, reasons, evidence: "" });

async function unverifiedOrg() {
  const email = `unverified-${Date.now()}-${Math.random()}@example.com`;
  const { organization, owner } = await createOrganizationWithOwner(getDb(), {
    name: `未核验单位${Date.now()}`,
    owner: { email, name: "未核验负责人", password: "owner-password-1" },
    verified: false,
  });
  return { organization, owner, email, password: "owner-password-1" };
}

describe("objection spam", () => {
  it("a user of no organization, or of an unverified one, is refused with a bilingual reason", async () => {
    const loner = await createUser(getDb(), {
      email: `loner-${Date.now()}@example.com`,
      name: "个人",
      password: "loner-password-1",
    });
    expect(await fileObjection({ id: loner.id, ip: "198.51.100.1" }, noticeId, objection("无组织"))).toEqual({
      ok: false,
      formError: { key: "err.objection.unverified" },
    });
    const fresh = await unverifiedOrg();
    expect(
      await fileObjection({ id: fresh.owner.id, ip: "198.51.100.2" }, noticeId, objection("未核验")),
    ).toEqual({
      ok: false,
      formError: { key: "err.objection.unverified" },
    });
    expect(translator("zh")("err.objection.unverified")).toContain("核验");
    expect(translator("en")("err.objection.unverified")).toContain("verified organization");
    // The page says so instead of offering the form, and a post shows the refusal next to where the form was.
    const browser = await signedIn(fresh.email, fresh.password, "198.51.100.3");
    const page = await (await browser.get(`/notices/${noticeId}`)).text();
    expect(page).toContain(translator("zh")("err.objection.unverified"));
    const posted = await browser.post(`/notices/${noticeId}`, {
      bidId: String(winnerBidId),
      reasons: "通过页面提交",
      evidence: "",
    });
    expect(posted.status).toBe(400);
    expect(await posted.text()).toContain(translator("zh")("err.objection.unverified"));
    expect(await getDb().selectFrom("objections").select("id").execute()).toHaveLength(0);

    // Once staff verify the organization, its users may object.
    const staff = await staffActor();
    must(await verifyOrganization(staff, fresh.organization.id));
    must(await fileObjection({ id: fresh.owner.id, ip: "198.51.100.2" }, noticeId, objection("已核验")));
  });

  it("is limited per user and per organization", async () => {
    const org = await orgWithOwner("多人异议有限公司");
    // One user: pending objections are unique per user and bid, so each is resolved away before the next.
    const results = [];
    for (let i = 0; i < 6; i++) {
      const outcome = await fileObjection(
        { id: org.owner.id, ip: "198.51.100.9" },
        noticeId,
        objection(`第${i}次`),
      );
      results.push(outcome);
      await getDb()
        .updateTable("objections")
        .set({ status: "dismissed", resolution: "测试", resolvedAt: new Date() })
        .where("filedBy", "=", org.owner.id)
        .where("status", "=", "pending")
        .execute();
    }
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && refused.formError?.key).toBe("err.objection.limitUser");
    expect(translator("en")("err.objection.limitUser", { minutes: 42 })).toBe(
      "You filed too many objections: try again in 42 minutes",
    );

    // Many users of the same organization: the organization's limit holds.
    let orgRefused = false;
    let filed = 3;
    for (let i = 0; i < 6 && !orgRefused; i++) {
      const colleague = await createUser(getDb(), {
        email: `colleague${i}-${Date.now()}@example.com`,
        name: `同事${i}`,
        password: "colleague-password-1",
      });
      await insertMembership(getDb(), {
        userId: colleague.id,
        organizationId: org.organization.id,
        role: "member",
      });
      for (let j = 0; j < 3; j++) {
        const outcome = await fileObjection(
          { id: colleague.id, ip: "198.51.100.10" },
          noticeId,
          objection(`同事${i}-${j}`),
        );
        await getDb()
          .updateTable("objections")
          .set({ status: "dismissed", resolution: "测试", resolvedAt: new Date() })
          .where("status", "=", "pending")
          .execute();
        if (outcome.ok) filed += 1;
        else if (outcome.formError?.key === "err.objection.limitOrg") orgRefused = true;
      }
    }
    expect(orgRefused).toBe(true);
    expect(filed).toBe(10);
  });
});
