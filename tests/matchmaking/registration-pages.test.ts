import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createOrganizationWithOwner } from "../../app/server/demo/factories.server";
import { createMmEvent, registerForEvent } from "../../app/server/demo/mm-factories.server";
import { createSdItem } from "../../app/server/demo/sd-factories.server";
import type { SdDomain } from "../../app/domain/supply-demand";
import type { SearchEngine } from "../../search/engine";
import { relayAllDue } from "../../search/outbox-relay";
import { builtEntry, signedIn, TestBrowser } from "../support/app";
import { PASSWORD, staffUser } from "./support";

/**
 * Issue 14, part "registration", through the real handler: /events/:id/register, /staff/events/:id/registrations
 * and /events/:id/participants (authorization, privacy on the raw response, search and facets on the engine).
 */

let engine: SearchEngine;
let eventId: number;
let staffEmail: string;
const orgs: {
  name: string;
  email: string;
  organizationId: number;
  registrationId: number;
  attendeeIds: number[];
  itemCodes: string[];
}[] = [];
let pendingEmail: string;
let outsiderEmail: string;
let freshEmail: string;
let freshItemId: number;
/** Every attendee's private values: none of them may appear on the participant list. */
const secrets: string[] = [];

async function org(name: string, district: string) {
  const email = `reg-${Math.random().toString(36).slice(2)}@example.cn`;
  const { organization, owner } = await createOrganizationWithOwner(getDb(), {
    name,
    district,
    owner: { email, name: `${name}负责人`, password: PASSWORD },
  });
  return { organization, owner, email };
}

const relay = () => relayAllDue(engine);

beforeAll(async () => {
  engine = await (await builtEntry()).searchEngine();
  const staff = await staffUser();
  staffEmail = staff.email;
  const { event } = await createMmEvent(getDb(), { createdBy: staff.user.id });
  eventId = event.id;
  const specs = [
    {
      name: "光谷智算科技有限公司",
      district: "东湖新技术开发区",
      items: [{ kind: "supply" as const, domain: "ai", title: "大模型推理一体机" }],
    },
    {
      name: "江城水务集团",
      district: "江岸区",
      items: [{ kind: "demand" as const, domain: "iot", title: "管网漏损监测需求" }],
    },
    {
      name: "汉阳数据服务中心",
      district: "汉阳区",
      items: [
        { kind: "demand" as const, domain: "big_data", title: "政务数据治理需求" },
        { kind: "supply" as const, domain: "ai", title: "智能客服平台" },
      ],
    },
  ];
  for (const spec of specs) {
    const o = await org(spec.name, spec.district);
    const items = [];
    for (const it of spec.items)
      items.push(
        await createSdItem(getDb(), {
          kind: it.kind,
          organizationId: o.organization.id,
          createdBy: o.owner.id,
          content: { title: it.title, domain: it.domain as SdDomain },
        }),
      );
    const reg = await registerForEvent(getDb(), {
      eventId,
      organizationId: o.organization.id,
      createdBy: o.owner.id,
      attendeeNames: [`${spec.name.slice(0, 2)}代表甲`, `${spec.name.slice(0, 2)}代表乙`],
      itemIds: items.map((i) => i.id),
      reviewerId: staff.user.id,
    });
    orgs.push({
      name: spec.name,
      email: o.email,
      organizationId: o.organization.id,
      registrationId: reg.registration.id,
      attendeeIds: reg.attendees.map((a) => a.id),
      itemCodes: items.map((i) => i.code),
    });
    for (const a of reg.attendees) secrets.push(a.phone, a.email, a.checkInCode, a.calendarToken);
  }
  const pending = await org("待审核单位", "武昌区");
  await registerForEvent(getDb(), {
    eventId,
    organizationId: pending.organization.id,
    createdBy: pending.owner.id,
    status: "pending",
    attendeeNames: ["待审代表"],
  });
  pendingEmail = pending.email;
  outsiderEmail = (await org("旁观单位", "青山区")).email;
  const fresh = await org("新报名单位", "洪山区");
  freshEmail = fresh.email;
  freshItemId = (
    await createSdItem(getDb(), {
      kind: "supply",
      organizationId: fresh.organization.id,
      createdBy: fresh.owner.id,
    })
  ).id;
  await relay();
});

const page = async (browser: TestBrowser, url: string) => {
  const response = await browser.get(url);
  return { status: response.status, html: await response.text() };
};

describe("/events/:id/participants authorization and privacy", () => {
  it("is 403 with an explanation for the public, an unregistered organization and a registrant awaiting validation", async () => {
    const anon = await page(new TestBrowser(), `/events/${eventId}/participants`);
    expect(anon.status).toBe(403);
    expect(anon.html).toContain("请先登录");
    const outsider = await page(
      await signedIn(outsiderEmail, PASSWORD, "198.51.100.21"),
      `/events/${eventId}/participants`,
    );
    expect(outsider.status).toBe(403);
    expect(outsider.html).toContain("贵单位尚未报名本次大会");
    expect(outsider.html).toContain(`href="/events/${eventId}/register"`);
    const registrant = await page(
      await signedIn(pendingEmail, PASSWORD, "198.51.100.22"),
      `/events/${eventId}/participants`,
    );
    expect(registrant.status).toBe(403);
    expect(registrant.html).toContain("尚未通过审核");
    for (const html of [anon.html, outsider.html, registrant.html])
      for (const o of orgs) expect(html).not.toContain(o.name);
  });

  it("shows a participant every validated organization with names, job titles, items and meeting links — never a contact or secret", async () => {
    const me = orgs[0]!;
    const { status, html } = await page(
      await signedIn(me.email, PASSWORD, "198.51.100.23"),
      `/events/${eventId}/participants`,
    );
    expect(status).toBe(200);
    for (const o of orgs) expect(html).toContain(o.name);
    expect(html).not.toContain("待审核单位");
    expect(html).toContain("江城代表甲");
    expect(html).toContain("技术总监");
    for (const code of orgs[1]!.itemCodes) expect(html).toContain(`href="/supply-demand/${code}"`);
    // Meeting links to the others' attendees, none to one's own.
    for (const id of orgs[1]!.attendeeIds)
      expect(html).toContain(`/my/events/${eventId}/meetings/new?to=${id}`);
    for (const id of me.attendeeIds) expect(html).not.toContain(`meetings/new?to=${id}"`);
    for (const secret of secrets) expect(html).not.toContain(secret);
    expect(html).not.toMatch(/1380000\d{4}/);
  });

  it("staff see the list too", async () => {
    const { status, html } = await page(
      await signedIn(staffEmail, PASSWORD, "198.51.100.24"),
      `/events/${eventId}/participants`,
    );
    expect(status).toBe(200);
    for (const o of orgs) expect(html).toContain(o.name);
  });
});

describe("participant search and facets", () => {
  it("searches and filters by kind, domain and district through the engine, as a plain GET form with the state in the URL", async () => {
    const browser = await signedIn(orgs[1]!.email, PASSWORD, "198.51.100.25");
    const base = `/events/${eventId}/participants`;
    const all = await page(browser, base);
    expect(all.html).toMatch(/<form method="get"[^>]*role="search"/);
    expect(all.html).toContain("共 3 个参会单位");
    // Facet counts: two organizations bring supplies, two bring demands, two bring AI items.
    expect(all.html).toContain("带来供给 (2)");
    expect(all.html).toContain("带来需求 (2)");
    expect(all.html).toMatch(/人工智能 \(2\)/);

    const q = await page(browser, `${base}?q=${encodeURIComponent("漏损")}`);
    expect(q.html).toContain("共 1 个参会单位");
    expect(q.html).toContain("江城水务集团");
    expect(q.html).not.toContain("光谷智算科技有限公司");
    expect(q.html).toContain('value="漏损"');

    const byName = await page(browser, `${base}?q=${encodeURIComponent("光谷")}`);
    expect(byName.html).toContain("<mark>光谷</mark>");

    const supply = await page(browser, `${base}?kind=supply`);
    expect(supply.html).toContain("共 2 个参会单位");
    expect(supply.html).not.toContain("江城水务集团</");

    const ai = await page(browser, `${base}?domain=ai&district=${encodeURIComponent("汉阳区")}`);
    expect(ai.html).toContain("共 1 个参会单位");
    expect(ai.html).toContain("汉阳数据服务中心");

    const none = await page(browser, `${base}?q=${encodeURIComponent("区块链溯源")}`);
    expect(none.html).toContain("没有符合条件的参会单位");
    // An unknown facet value is ignored, not an error.
    expect((await page(browser, `${base}?domain=nope&kind=x&page=-3`)).status).toBe(200);
  });
});

describe("registering and validating through the pages", () => {
  it("registers (forged items refused beside the field), staff refuse only with a reason, then validate; the list follows", async () => {
    const browser = await signedIn(freshEmail, PASSWORD, "198.51.100.26");
    const form = await page(browser, `/events/${eventId}/register`);
    expect(form.status).toBe(200);
    expect(form.html).toContain("填写报名信息");
    const fields = {
      intent: "save",
      name1: "赵敏",
      jobTitle1: "市场总监",
      phone1: "13912345678",
      email1: "zhao@example.cn",
      note: "",
    };
    const forged = await browser.post(`/events/${eventId}/register`, { ...fields, itemIds: "999999999" });
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain("只能选择本单位已发布的供需条目");
    const missing = await browser.post(`/events/${eventId}/register`, { ...fields, name1: "" });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("此项必填");

    const ok = await browser.post(`/events/${eventId}/register`, { ...fields, itemIds: String(freshItemId) });
    expect(ok.status).toBe(302);
    expect(ok.headers.get("location")).toBe(`/events/${eventId}/register?done=created`);
    const mine = await page(browser, `/events/${eventId}/register?done=created`);
    expect(mine.html).toContain("待审核");
    expect(mine.html).toContain("13912345678"); // one's own attendee's phone, to one's own organization

    const staff = await signedIn(staffEmail, PASSWORD, "198.51.100.27");
    const queue = await page(staff, `/staff/events/${eventId}/registrations`);
    expect(queue.status).toBe(200);
    expect(queue.html).toContain("新报名单位");
    expect(queue.html).toContain("待审核单位");
    expect(queue.html).not.toContain("光谷智算科技有限公司"); // pending filter by default
    const registration = await getDb()
      .selectFrom("mmRegistrations as g")
      .innerJoin("organizations as o", "o.id", "g.organizationId")
      .select("g.id")
      .where("g.eventId", "=", eventId)
      .where("o.name", "=", "新报名单位")
      .executeTakeFirstOrThrow();
    const noReason = await staff.post(`/staff/events/${eventId}/registrations`, {
      intent: "refuse",
      registrationId: String(registration.id),
      reason: "",
    });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("此项必填");
    const validated = await staff.post(`/staff/events/${eventId}/registrations`, {
      intent: "validate",
      registrationId: String(registration.id),
    });
    expect(validated.status).toBe(200);
    // Organizations cannot use the staff page.
    expect((await browser.get(`/staff/events/${eventId}/registrations`)).status).toBe(403);

    await relay();
    const list = await page(browser, `/events/${eventId}/participants`);
    expect(list.status).toBe(200);
    expect(list.html).toContain("共 4 个参会单位");
    expect(list.html).toContain("赵敏");
    expect(list.html).not.toContain("13912345678"); // not even one's own phone on the shared list

    const dashboard = await page(browser, "/dashboard");
    expect(dashboard.html).toContain("供需对接大会");
    expect(dashboard.html).toContain(`href="/events/${eventId}/participants"`);

    // Withdrawal leaves the list once relayed.
    const unconfirmed = await browser.post(`/events/${eventId}/register`, { intent: "withdraw" });
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("请勾选确认后再撤回");
    const withdrawn = await browser.post(`/events/${eventId}/register`, {
      intent: "withdraw",
      confirm: "on",
    });
    expect(withdrawn.status).toBe(302);
    await relay();
    const staffList = await page(staff, `/events/${eventId}/participants`);
    expect(staffList.html).toContain("共 3 个参会单位");
    expect(staffList.html).not.toContain("赵敏");
  });

  it("in English too", async () => {
    const browser = await signedIn(outsiderEmail, PASSWORD, "198.51.100.28");
    await browser.get("/lang?to=en");
    const html = await (await browser.get(`/events/${eventId}/participants`)).text();
    expect(html).toContain("Your organization has not registered for this conference.");
  });
});
