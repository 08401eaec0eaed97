import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { signedIn, TestBrowser } from "../support/app";
import { joinOrganization, orgWithOwner, reviewer, submittedItem } from "../support/sd-review";

/**
 * The reviewer authorization matrix through the real handler: who sees the review page of an item and who may
 * approve, return, reject or mark it as a duplicate. Every refused attempt leaves the revision submitted.
 */

type Role =
  "agency" | "districtIn" | "districtOut" | "noScope" | "conflicted" | "nonStaff" | "orgMember" | "anonymous";

const browsers = {} as Record<Role, TestBrowser>;
let owner: Awaited<ReturnType<typeof orgWithOwner>>;
let canonicalCode: string;
const PHONE = "027-55556666";

async function browserOf(staff: { email: string; password: string }, ip: string) {
  return signedIn(staff.email, staff.password, ip);
}

beforeAll(async () => {
  owner = await orgWithOwner("审核矩阵需求单位");
  const outsider = await orgWithOwner("无关单位");
  const agency = await reviewer({ agency: "data_bureau" });
  const districtIn = await reviewer({ district: "洪山区" });
  const districtOut = await reviewer({ district: "江岸区" });
  const noScope = await reviewer(null);
  const conflicted = await reviewer({ agency: "economy_bureau" });
  await joinOrganization(conflicted.id, owner.organization.id);
  browsers.agency = await browserOf(agency, "192.0.2.21");
  browsers.districtIn = await browserOf(districtIn, "192.0.2.22");
  browsers.districtOut = await browserOf(districtOut, "192.0.2.23");
  browsers.noScope = await browserOf(noScope, "192.0.2.24");
  browsers.conflicted = await browserOf(conflicted, "192.0.2.25");
  browsers.nonStaff = await signedIn(outsider.email, outsider.password, "192.0.2.26");
  browsers.orgMember = await signedIn(owner.email, owner.password, "192.0.2.27");
  browsers.anonymous = new TestBrowser("192.0.2.28");
  const canonical = await submittedItem(owner.organization, owner.owner.id, { title: "原条目" });
  canonicalCode = canonical.code;
});

async function revisionStatus(id: number) {
  const row = await getDb()
    .selectFrom("sdRevisions")
    .select("status")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return row.status;
}

/** What a role gets: the page (200), a refusal on the page (403 view / 400 action), 403 for non-staff, or sign-in. */
const VIEW: Record<Role, number | "login"> = {
  agency: 200,
  districtIn: 200,
  districtOut: 403,
  noScope: 403,
  conflicted: 403,
  nonStaff: 403,
  orgMember: 403,
  anonymous: "login",
};

const REFUSAL_TEXT: Partial<Record<Role, string>> = {
  districtOut: "不在您的审核范围内",
  noScope: "您没有供需审核范围",
  conflicted: "须回避",
};

describe("viewing the review page of a 洪山区 item", () => {
  for (const [role, expected] of Object.entries(VIEW) as [Role, number | "login"][]) {
    it(`${role} → ${expected}`, async () => {
      const item = await submittedItem(owner.organization, owner.owner.id, { contactPhone: PHONE });
      const response = await browsers[role].get(`/staff/supply-demand/review/${item.code}`);
      if (expected === "login") {
        expect(response.status).toBe(302);
        expect(response.headers.get("location")).toMatch(/^\/login/);
        return;
      }
      expect(response.status).toBe(expected);
      const html = await response.text();
      // Contacts are for reviewers of the item only.
      expect(html.includes(PHONE)).toBe(expected === 200);
      if (REFUSAL_TEXT[role]) expect(html).toContain(REFUSAL_TEXT[role]);
    });
  }

  it("a city-wide item: agency staff see it, district staff get the city-wide refusal", async () => {
    const item = await submittedItem(owner.organization, owner.owner.id, {
      district: null,
      contactPhone: PHONE,
    });
    expect((await browsers.agency.get(`/staff/supply-demand/review/${item.code}`)).status).toBe(200);
    const refused = await browsers.districtIn.get(`/staff/supply-demand/review/${item.code}`);
    expect(refused.status).toBe(403);
    const html = await refused.text();
    expect(html).toContain("全市范围的条目由市政务服务大数据局或市经信局审核");
    expect(html).not.toContain(PHONE);
  });
});

const ACTIONS = {
  approve: () => ({}),
  return: () => ({ reason: "请补充预算依据" }),
  reject: () => ({ reason: "不属于数字经济范畴" }),
  duplicate: () => ({ canonical: canonicalCode }),
} as const;
const DECIDED = {
  approve: "approved",
  return: "returned",
  reject: "rejected",
  duplicate: "rejected",
} as const;

/** Refused roles: staff get the refusal on the page (400), others 403 or the sign-in page. */
const ACT: Record<Exclude<Role, "agency" | "districtIn">, number | "login"> = {
  districtOut: 400,
  noScope: 400,
  conflicted: 400,
  nonStaff: 403,
  orgMember: 403,
  anonymous: "login",
};

describe.each(Object.keys(ACTIONS) as (keyof typeof ACTIONS)[])("%s", (intent) => {
  it("is refused to everyone without the item in scope, the conflicted reviewer and non-staff", async () => {
    const item = await submittedItem(owner.organization, owner.owner.id);
    for (const [role, expected] of Object.entries(ACT) as [keyof typeof ACT, number | "login"][]) {
      const response = await browsers[role].post(`/staff/supply-demand/review/${item.code}`, {
        intent,
        revision: String(item.revisionId),
        ...ACTIONS[intent](),
      });
      if (expected === "login") {
        expect(response.status, role).toBe(302);
        expect(response.headers.get("location")).toMatch(/^\/login/);
      } else expect(response.status, role).toBe(expected);
      if (REFUSAL_TEXT[role]) expect(await response.text()).toContain(REFUSAL_TEXT[role]);
      expect(await revisionStatus(item.revisionId), role).toBe("submitted");
    }
  });

  it("district staff decide an item of their district", async () => {
    const item = await submittedItem(owner.organization, owner.owner.id);
    const response = await browsers.districtIn.post(`/staff/supply-demand/review/${item.code}`, {
      intent,
      revision: String(item.revisionId),
      ...ACTIONS[intent](),
    });
    expect(response.status).toBe(200);
    expect(await revisionStatus(item.revisionId)).toBe(DECIDED[intent]);
  });

  it("a city-wide item: district staff are refused, agency staff decide", async () => {
    const item = await submittedItem(owner.organization, owner.owner.id, { district: null });
    const fields = { intent, revision: String(item.revisionId), ...ACTIONS[intent]() };
    const refused = await browsers.districtIn.post(`/staff/supply-demand/review/${item.code}`, fields);
    expect(refused.status).toBe(400);
    expect(await revisionStatus(item.revisionId)).toBe("submitted");
    const done = await browsers.agency.post(`/staff/supply-demand/review/${item.code}`, fields);
    expect(done.status).toBe(200);
    expect(await revisionStatus(item.revisionId)).toBe(DECIDED[intent]);
  });
});

describe("the queue", () => {
  it("lists only what the reviewer's scope covers", async () => {
    const mine = await submittedItem(owner.organization, owner.owner.id, { title: "洪山区队列条目" });
    const other = await submittedItem(owner.organization, owner.owner.id, {
      title: "江岸区队列条目",
      district: "江岸区",
    });
    const cityWide = await submittedItem(owner.organization, owner.owner.id, {
      title: "全市队列条目",
      district: null,
    });
    const district = await (await browsers.districtIn.get("/staff/supply-demand/review?page=1")).text();
    const agency = await (await browsers.agency.get(`/staff/supply-demand/review?district=全市`)).text();
    const none = await browsers.noScope.get("/staff/supply-demand/review");
    expect(none.status).toBe(200);
    const noneHtml = await none.text();
    expect(noneHtml).toContain("您尚未获得审核范围");
    expect(noneHtml).not.toContain(mine.code);
    expect(agency).toContain(cityWide.code);
    expect(agency).not.toContain(other.code);
    // Fewer than 20 wait in 洪山区 in this file: all on the first page; the other two never appear there.
    expect(district).toContain(mine.code);
    expect(district).not.toContain(other.code);
    expect(district).not.toContain(cityWide.code);
    expect((await browsers.nonStaff.get("/staff/supply-demand/review")).status).toBe(403);
  });
});
