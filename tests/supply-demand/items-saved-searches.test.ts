import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createOrganizationWithOwner } from "../../app/server/demo/factories.server";
import { MAX_SAVED_SEARCHES } from "../../app/server/supply-demand/items/saved-searches.server";
import { signedIn } from "../support/app";
import { textOf } from "./items-support";

let serial = 0;

async function member() {
  const email = `sd-saved-${++serial}-${Date.now()}@example.cn`;
  const { organization, owner } = await createOrganizationWithOwner(getDb(), {
    name: `订阅测试单位${serial}`,
    owner: { email, name: `订阅人${serial}`, password: "owner-password-1" },
  });
  return { organization, owner, browser: await signedIn(email, "owner-password-1", `192.0.2.${120 + serial}`) };
}

const searches = (organizationId: number) =>
  getDb().selectFrom("sdSavedSearches").selectAll().where("organizationId", "=", organizationId).execute();

describe("saved searches through /my/saved-searches", () => {
  it("saves the public search page's query under a name, lists it, and deletes it for its organization only", async () => {
    const { organization, browser } = await member();
    const response = await browser.post("/my/saved-searches", {
      intent: "create",
      name: "洪山区物联网需求",
      q: "能耗 监测",
      kind: "demand",
      domain: "iot",
      district: "洪山区",
      budgetBand: "500k_2m",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/my/saved-searches?saved=1");
    const [saved] = await searches(organization.id);
    expect(saved).toMatchObject({
      name: "洪山区物联网需求",
      query: "能耗 监测",
      filters: { kind: ["demand"], domain: ["iot"], district: ["洪山区"], budgetBand: ["500k_2m"] },
    });
    const page = await (await browser.get("/my/saved-searches")).text();
    expect(page).toContain("洪山区物联网需求");
    expect(page).toContain("物联网");
    expect(page).toContain("/supply-demand?q=%E8%83%BD%E8%80%97");

    const outsider = await member();
    expect((await outsider.browser.post("/my/saved-searches", { intent: "delete", id: String(saved!.id) })).status).toBe(
      400,
    );
    expect(await searches(organization.id)).toHaveLength(1);
    expect((await browser.post("/my/saved-searches", { intent: "delete", id: String(saved!.id) })).status).toBe(200);
    expect(await searches(organization.id)).toHaveLength(0);
  });

  it("asks for a name beside the field and keeps the query to save it again", async () => {
    const { organization, browser } = await member();
    const response = await browser.post("/my/saved-searches", { intent: "create", name: " ", kind: "supply" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(textOf(html, "saved-name-error")).toBe("此项必填");
    expect(html).toContain('name="kind" value="supply"');
    expect(await searches(organization.id)).toHaveLength(0);
  });

  it("keeps at most the limit per organization", async () => {
    const { organization, owner, browser } = await member();
    await getDb()
      .insertInto("sdSavedSearches")
      .values(
        Array.from({ length: MAX_SAVED_SEARCHES }, (_, i) => ({
          organizationId: organization.id,
          userId: owner.id,
          name: `订阅${i}`,
        })),
      )
      .execute();
    const response = await browser.post("/my/saved-searches", { intent: "create", name: "再来一个" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(`每个单位最多保存 ${MAX_SAVED_SEARCHES} 个订阅`);
  });
});
