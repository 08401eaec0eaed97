import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { staffScopeOf } from "../../db/repositories/supply-demand";
import { signedIn } from "../support/app";
import { orgWithOwner, reviewer, staffActor } from "../support/sd-review";

describe("reviewer scopes", () => {
  it("staff set an agency, a district or none for a colleague; audited; refused to non-staff", async () => {
    const admin = await reviewer({ agency: "economy_bureau" });
    const colleague = await staffActor();
    const browser = await signedIn(admin.email, admin.password, "192.0.2.71");
    const page = await browser.get("/staff/supply-demand/reviewers");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(colleague.email);

    const set = (scope: string, userId = colleague.id) =>
      browser.post("/staff/supply-demand/reviewers", { intent: "scope", userId: String(userId), scope });
    expect((await set("district:洪山区")).status).toBe(200);
    expect(await staffScopeOf(getDb(), colleague.id)).toMatchObject({ agency: null, district: "洪山区" });
    expect((await set("agency:data_bureau")).status).toBe(200);
    expect(await staffScopeOf(getDb(), colleague.id)).toMatchObject({
      agency: "data_bureau",
      district: null,
    });
    expect((await set("none")).status).toBe(200);
    expect(await staffScopeOf(getDb(), colleague.id)).toBeUndefined();
    expect((await set("district:火星区")).status).toBe(400);

    const owner = await orgWithOwner("范围无关单位");
    const refused = await set("agency:data_bureau", owner.owner.id);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("该用户不是工作人员");

    const audit = await getDb()
      .selectFrom("auditLog")
      .select(["action", "actorUserId"])
      .where("action", "=", "sd.scope.set")
      .where("entityId", "=", String(colleague.id))
      .execute();
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => a.actorUserId === admin.id)).toBe(true);

    const outsider = await signedIn(owner.email, owner.password, "192.0.2.72");
    expect((await outsider.get("/staff/supply-demand/reviewers")).status).toBe(403);
    const post = await outsider.post("/staff/supply-demand/reviewers", {
      intent: "scope",
      userId: String(owner.owner.id),
      scope: "agency:data_bureau",
    });
    expect(post.status).toBe(403);
    expect(await staffScopeOf(getDb(), owner.owner.id)).toBeUndefined();
  });
});
