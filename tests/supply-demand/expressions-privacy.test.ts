import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { relayAllDue } from "../../search/outbox-relay";
import { builtEntry, signedIn, TestBrowser } from "../support/app";
import { itemOf, party, type Party } from "./expressions-support";

/**
 * Contact privacy (issue 13): for an unaccepted pair, every page, loader `.data` and API response the two sides
 * and a stranger can reach is searched for the item's and the expresser's phone number and email — they must not
 * appear. After acceptance they appear for the two sides only, never for a third organization or anonymous.
 */

// Distinct values, so a hit says exactly whose contact leaked.
const DEMAND_CONTACT = {
  contactName: "隐私王主任",
  contactPhone: "027-55501234",
  contactEmail: "wang.private@demand.example.cn",
};
const SUPPLY_CONTACT = {
  contactName: "隐私李经理",
  contactPhone: "139-0055-6677",
  contactEmail: "li.private@supply.example.cn",
};
const SENDER_ORG_PHONE = "027-66602468";

/** The forms a phone or email may take in a page: as typed, digits only (tel: links), and JSON/HTML-escaped. */
function traces(contact: { contactPhone: string; contactEmail: string }): string[] {
  return [contact.contactPhone, contact.contactPhone.replace(/[^0-9+]/g, ""), contact.contactEmail];
}

/** Route ids of the production build: a page another part builds is required to answer once it exists. */
async function builtRouteIds(): Promise<Set<string>> {
  const build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as {
    routes: Record<string, unknown>;
  };
  return new Set(Object.keys(build.routes));
}

function dataUrl(pathname: string): string {
  const [p, query] = pathname.split("?");
  return `${p === "/" ? "/_root" : p}.data${query ? `?${query}` : ""}`;
}

let owner: Party;
let sender: Party;
let stranger: Party;
let demand: { id: number; code: string };
let supply: { id: number; code: string };
let expressionId: number;
const browsers: Record<"owner" | "sender" | "stranger" | "anonymous", TestBrowser> = {} as never;
let routes: Set<string>;

beforeAll(async () => {
  owner = await party("隐私需求单位");
  sender = await party("隐私供给单位", SENDER_ORG_PHONE);
  stranger = await party("隐私旁观单位");
  demand = await itemOf(owner, "demand", { ...DEMAND_CONTACT, title: "隐私测试城市数据中台需求" });
  supply = await itemOf(sender, "supply", { ...SUPPLY_CONTACT, title: "隐私测试数据中台产品" });
  await relayAllDue(await (await builtEntry()).searchEngine());
  browsers.owner = await signedIn(owner.email, owner.password, "192.0.2.101");
  browsers.sender = await signedIn(sender.email, sender.password, "192.0.2.102");
  browsers.stranger = await signedIn(stranger.email, stranger.password, "192.0.2.103");
  browsers.anonymous = new TestBrowser("192.0.2.104");
  routes = await builtRouteIds();
  const absent = [ITEM_PAGE, SEARCH_PAGE, API_SEARCH, API_ITEM].filter(
    (re) => ![...routes].some((id) => re.test(id)),
  );
  // Until the other parts are merged their pages answer 404, which proves nothing about them: say so.
  if (absent.length)
    console.info(`privacy test: not yet built, checked for leaks only: ${absent.join(", ")}`);

  // The sender expresses interest through the real page, naming its supply.
  const response = await browsers.sender.post(`/supply-demand/${demand.code}/interest`, {
    message: "我们的数据中台产品已在三个区落地，希望进一步沟通。",
    fromItemId: String(supply.id),
  });
  expect(response.status).toBe(302);
  const location = response.headers.get("location") ?? "";
  expect(location).toMatch(/^\/my\/expressions\/\d+\?sent=1$/);
  expressionId = Number(/\/(\d+)\?/.exec(location)![1]);
}, 120_000);

// Other parts' routes, by the route ids their file names may give them.
const ITEM_PAGE = /^routes\/supply-demand_?\.\$code(\._index)?$/;
const SEARCH_PAGE = /^routes\/supply-demand(\._index)?$/;
const API_SEARCH = /^routes\/api\.v1\.supply-demand(\._index)?$/;
const API_ITEM = /^routes\/api\.v1\.supply-demand\.\$code$/;
type Page = { path: string; mine: boolean; route?: RegExp };

/** Every path a visitor can reach about the pair, the page and its loader data (single fetch `.data`). */
function reachable(): Page[] {
  const pages: Page[] = [
    { path: `/supply-demand/${demand.code}`, mine: false, route: ITEM_PAGE },
    { path: `/supply-demand/${supply.code}`, mine: false, route: ITEM_PAGE },
    {
      path: `/supply-demand?q=${encodeURIComponent("数据中台")}`,
      mine: false,
      route: SEARCH_PAGE,
    },
    { path: "/supply-demand", mine: false, route: SEARCH_PAGE },
    { path: `/supply-demand/${demand.code}/interest`, mine: true },
    { path: `/supply-demand/${supply.code}/interest`, mine: true },
    { path: "/my/expressions?tab=received", mine: true },
    { path: "/my/expressions?tab=sent", mine: true },
    { path: `/my/expressions/${expressionId}`, mine: true },
    { path: "/notifications", mine: true },
    { path: "/dashboard", mine: true },
  ];
  const withData = pages.flatMap((page) => [page, { ...page, path: dataUrl(page.path) }]);
  const apis = [
    { path: "/api/v1/supply-demand", mine: false, route: API_SEARCH },
    {
      path: `/api/v1/supply-demand?q=${encodeURIComponent("数据中台")}`,
      mine: false,
      route: API_SEARCH,
    },
    { path: `/api/v1/supply-demand/${demand.code}`, mine: false, route: API_ITEM },
    { path: `/api/v1/supply-demand/${supply.code}`, mine: false, route: API_ITEM },
  ];
  return [...withData, ...apis];
}

async function fetchAll(who: keyof typeof browsers) {
  const bodies: { path: string; status: number; body: string }[] = [];
  for (const page of reachable()) {
    const response = await browsers[who].get(page.path);
    const body = await response.text();
    bodies.push({ path: page.path, status: response.status, body });
    // A page of this part answers; another part's page answers once it is on this branch (404 before).
    if (page.route === undefined || [...routes].some((id) => page.route!.test(id))) {
      if (who === "anonymous" && page.mine)
        expect([200, 202, 302], `${page.path} as ${who} (a sign-in redirect)`).toContain(response.status);
      else if (who === "stranger" && page.path.startsWith(`/my/expressions/${expressionId}`))
        expect(response.status, `${page.path} as ${who}`).toBe(404);
      else expect(response.status, `${page.path} as ${who}`).toBeLessThan(400);
    }
  }
  return bodies;
}

function leaks(bodies: { path: string; body: string }[], secrets: string[]) {
  return bodies.flatMap(({ path: p, body }) =>
    secrets.filter((secret) => body.includes(secret)).map((secret) => `${p}: ${secret}`),
  );
}

const demandSecrets = () => traces(DEMAND_CONTACT);
const expresserSecrets = () => [...traces(SUPPLY_CONTACT), SENDER_ORG_PHONE, sender.email];

describe("contact privacy", () => {
  it("before acceptance: neither side sees the other's contact, a stranger and anonymous see none", async () => {
    expect(leaks(await fetchAll("owner"), expresserSecrets())).toEqual([]);
    expect(leaks(await fetchAll("sender"), demandSecrets())).toEqual([]);
    for (const who of ["stranger", "anonymous"] as const)
      expect(leaks(await fetchAll(who), [...demandSecrets(), ...expresserSecrets()])).toEqual([]);
  }, 240_000);

  it("after acceptance: both sides see each other's contacts, still nobody else", async () => {
    const accepted = await browsers.owner.post(`/my/expressions/${expressionId}`, {
      intent: "accept",
      note: "",
    });
    expect(accepted.status).toBe(200);
    const row = await getDb()
      .selectFrom("sdExpressions")
      .select("status")
      .where("id", "=", expressionId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("accepted");

    const detail = `/my/expressions/${expressionId}`;
    const ownerPage = await (await browsers.owner.get(detail)).text();
    for (const secret of traces(SUPPLY_CONTACT)) expect(ownerPage).toContain(secret);
    const senderPage = await (await browsers.sender.get(detail)).text();
    for (const secret of traces(DEMAND_CONTACT)) expect(senderPage).toContain(secret);
    // The sender's panel on the demand shows the demand's contact now; its loader data carries it.
    const panel = await (await browsers.sender.get(dataUrl(`/supply-demand/${demand.code}/interest`))).text();
    expect(panel).toContain(DEMAND_CONTACT.contactEmail);
    // And so does the public item page, for the sender only.
    const itemPage = await (await browsers.sender.get(`/supply-demand/${demand.code}`)).text();
    expect(itemPage).toContain(DEMAND_CONTACT.contactEmail);

    for (const who of ["stranger", "anonymous"] as const)
      expect(leaks(await fetchAll(who), [...demandSecrets(), ...expresserSecrets()])).toEqual([]);
  }, 240_000);

  it("without a named item the expresser's contact is the sending user's name and email and the organization's phone", async () => {
    const other = await party("隐私第二供给单位", "027-77708642");
    const browser = await signedIn(other.email, other.password, "192.0.2.105");
    const sent = await browser.post(`/supply-demand/${demand.code}/interest`, { message: "没有附条目" });
    const id = Number(/\/(\d+)\?/.exec(sent.headers.get("location") ?? "")![1]);
    const before = await (await browsers.owner.get(`/my/expressions/${id}`)).text();
    expect(before).not.toContain(other.email);
    expect(before).not.toContain("027-77708642");
    await browsers.owner.post(`/my/expressions/${id}`, { intent: "accept" });
    const after = await (await browsers.owner.get(`/my/expressions/${id}`)).text();
    expect(after).toContain(other.email);
    expect(after).toContain("027-77708642");
    expect(after).toContain(`${"隐私第二供给单位"}负责人`);
  }, 120_000);

  it("refusals come back as messages, not errors: one pending per pair, one's own item", async () => {
    const again = await browsers.sender.post(`/supply-demand/${demand.code}/interest`, { message: "再次" });
    // Accepted is not pending: a new expression is allowed; a third one while that is pending is refused.
    expect(again.status).toBe(302);
    const third = await browsers.sender.post(`/supply-demand/${demand.code}/interest`, { message: "第三次" });
    expect(third.status).toBe(400);
    expect(await third.text()).toContain("err.sdExpression.alreadyPending");
    const own = await browsers.owner.post(`/supply-demand/${demand.code}/interest`, { message: "自己" });
    expect(own.status).toBe(400);
    expect(await own.text()).toContain("err.sdExpression.ownItem");
    const empty = await browsers.stranger.post(`/supply-demand/${demand.code}/interest`, { message: "" });
    expect(empty.status).toBe(400);
    expect(existsSync(path.resolve("build/server/index.js"))).toBe(true);
  }, 120_000);
});
