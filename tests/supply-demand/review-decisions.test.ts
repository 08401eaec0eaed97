import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { expiryAfter } from "../../app/domain/supply-demand";
import {
  approveRevision,
  markDuplicate,
  rejectRevision,
  returnRevision,
} from "../../app/server/supply-demand/review/review.server";
import { reviewView } from "../../app/server/supply-demand/review/review-views.server";
import { signedIn } from "../support/app";
import { must } from "../support/outcome";
import { orgWithOwner, publishedWithEdit, reviewer, submittedItem } from "../support/sd-review";

async function itemRow(id: number) {
  return getDb().selectFrom("sdItems").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

async function revisions(itemId: number) {
  return getDb()
    .selectFrom("sdRevisions")
    .select(["id", "number", "status", "title", "reviewReason"])
    .where("itemId", "=", itemId)
    .orderBy("number")
    .execute();
}

async function notificationsOf(userId: number) {
  return getDb()
    .selectFrom("notifications")
    .select(["kind", "params", "link"])
    .where("userId", "=", userId)
    .execute();
}

describe("decisions", () => {
  it("approving an edit swaps the published revision and keeps the history", async () => {
    const owner = await orgWithOwner("修改审核单位");
    const staff = await reviewer({ agency: "data_bureau" });
    const item = await publishedWithEdit(owner.organization, owner.owner.id, { title: "修改后的标题" });
    const before = await itemRow(item.id);

    const view = await reviewView(staff.id, item.code);
    expect(view && view.refusal === null && view.isEdit).toBe(true);
    if (!view || view.refusal !== null) throw new Error("no view");
    expect(view.changed).toEqual(["title"]);
    expect(view.published?.content.title).not.toBe("修改后的标题");
    expect(view.revision.content.contactPhone).toBeTruthy();

    must(await approveRevision(staff, item.code, item.editRevisionId));
    const after = await itemRow(item.id);
    expect(after).toMatchObject({ status: "published", publishedRevisionId: item.editRevisionId });
    // An edit is not a new publication: the dates stay.
    expect(after.publishedAt).toEqual(before.publishedAt);
    expect(after.expiresAt).toEqual(before.expiresAt);
    expect(await revisions(item.id)).toMatchObject([
      { number: 1, status: "superseded" },
      { number: 2, status: "approved", title: "修改后的标题" },
    ]);
    expect(await notificationsOf(owner.owner.id)).toContainEqual(
      expect.objectContaining({ kind: "sd.approved", link: `/my/supply-demand/${item.code}` }),
    );
    const audit = await getDb()
      .selectFrom("auditLog")
      .select(["action", "actorUserId"])
      .where("entityType", "=", "sd_item")
      .where("entityId", "=", String(item.id))
      .execute();
    expect(audit).toContainEqual({ action: "sd.review.approve", actorUserId: staff.id });
  });

  it("a first approval publishes the item for twelve months", async () => {
    const owner = await orgWithOwner("首次发布单位");
    const staff = await reviewer({ district: "洪山区" });
    const item = await submittedItem(owner.organization, owner.owner.id);
    const now = new Date("2026-03-31T02:00:00Z");
    must(await approveRevision(staff, item.code, item.revisionId, now));
    expect(await itemRow(item.id)).toMatchObject({
      status: "published",
      publishedRevisionId: item.revisionId,
      publishedAt: now,
      expiresAt: expiryAfter(now),
    });
  });

  it("returning or rejecting an edit leaves the published revision visible; a first submission follows", async () => {
    const owner = await orgWithOwner("退回单位");
    const staff = await reviewer({ agency: "economy_bureau" });
    const edit = await publishedWithEdit(owner.organization, owner.owner.id, { summary: "新摘要" });
    must(await returnRevision(staff, edit.code, edit.editRevisionId, "摘要过于简略"));
    expect(await itemRow(edit.id)).toMatchObject({
      status: "published",
      publishedRevisionId: edit.revisionId,
    });
    expect((await revisions(edit.id))[1]).toMatchObject({ status: "returned", reviewReason: "摘要过于简略" });

    const first = await submittedItem(owner.organization, owner.owner.id);
    must(await rejectRevision(staff, first.code, first.revisionId, "与数字经济无关"));
    expect((await itemRow(first.id)).status).toBe("rejected");
    const kinds = (await notificationsOf(owner.owner.id)).map((n) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(["sd.returned", "sd.rejected"]));
  });

  it("a decision on a revision that was replaced meanwhile is refused", async () => {
    const owner = await orgWithOwner("过期版本单位");
    const staff = await reviewer({ agency: "data_bureau" });
    const item = await submittedItem(owner.organization, owner.owner.id);
    const outcome = await approveRevision(staff, item.code, item.revisionId + 1_000_000);
    expect(outcome).toMatchObject({ ok: false, formError: { key: "err.sdReview.notSubmitted" } });
  });
});

describe("two reviewers at once", () => {
  it("approving the same revision concurrently: one wins, the other gets a clear refusal", async () => {
    const owner = await orgWithOwner("并发审核单位");
    const a = await reviewer({ agency: "data_bureau" });
    const b = await reviewer({ district: "洪山区" });
    const item = await submittedItem(owner.organization, owner.owner.id);
    const [first, second] = await Promise.all([
      signedIn(a.email, a.password, "192.0.2.41"),
      signedIn(b.email, b.password, "192.0.2.42"),
    ]);
    const fields = { intent: "approve", revision: String(item.revisionId) };
    const responses = await Promise.all([
      first.post(`/staff/supply-demand/review/${item.code}`, fields),
      second.post(`/staff/supply-demand/review/${item.code}`, fields),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 400]);
    const loser = responses.find((r) => r.status === 400)!;
    expect(await loser.text()).toContain("此版本已不在待审核状态");
    expect(await revisions(item.id)).toMatchObject([{ status: "approved" }]);
    const approvals = await getDb()
      .selectFrom("auditLog")
      .select("seq")
      .where("action", "=", "sd.review.approve")
      .where("entityId", "=", String(item.id))
      .execute();
    expect(approvals).toHaveLength(1);
  });
});

describe("mark as duplicate", () => {
  it("closes the item and links it to the canonical one; refuses an unusable canonical item", async () => {
    const owner = await orgWithOwner("重复条目单位");
    const staff = await reviewer({ agency: "data_bureau" });
    const canonical = await submittedItem(owner.organization, owner.owner.id, { title: "原始需求" });
    const supply = await submittedItem(owner.organization, owner.owner.id, {}, "supply");
    const copy = await submittedItem(owner.organization, owner.owner.id, { title: "原始需求（重复）" });

    const field = async (code: string) => {
      const outcome = await markDuplicate(staff, copy.code, copy.revisionId, code);
      return outcome.ok ? null : outcome.fieldErrors?.canonical?.[0]?.key;
    };
    expect(await field("D-2099-9999")).toBe("err.sdReview.canonicalNotFound");
    expect(await field(copy.code)).toBe("err.sdReview.canonicalSelf");
    expect(await field(supply.code)).toBe("err.sdReview.canonicalKind");
    expect((await itemRow(copy.id)).status).toBe("submitted");

    must(await markDuplicate(staff, copy.code, copy.revisionId, canonical.code.toLowerCase()));
    expect(await itemRow(copy.id)).toMatchObject({
      status: "closed",
      closeReason: "duplicate",
      duplicateOfId: canonical.id,
    });
    expect((await revisions(copy.id))[0]).toMatchObject({ status: "rejected" });
    expect(await notificationsOf(owner.owner.id)).toContainEqual(
      expect.objectContaining({ kind: "sd.duplicate" }),
    );

    // A closed item is never the canonical one.
    const another = await submittedItem(owner.organization, owner.owner.id);
    const refused = await markDuplicate(staff, another.code, another.revisionId, copy.code);
    expect(refused.ok ? null : refused.fieldErrors?.canonical?.[0]?.key).toBe("err.sdReview.canonicalClosed");

    const view = await reviewView(staff.id, copy.code);
    expect(view?.refusal === null && view.item.duplicateOf).toBe(canonical.code);
  });
});
