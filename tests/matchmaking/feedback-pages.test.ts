import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { signedIn, type TestBrowser } from "../support/app";
import { meetingBetween, pastConference, type PastConference } from "./feedback-support";
import { party, type Participant } from "./support";
import { textOf } from "../supply-demand/items-support";

/**
 * The feedback page and the staff statistics through the built app: a past conference with a held meeting a–b,
 * a held meeting d–e (not a's), and a no-show a–d.
 */
let c: PastConference;
let a: Participant, b: Participant, d: Participant, e: Participant;
let ab: { id: number }, de: { id: number };
let browserA: TestBrowser;

beforeAll(async () => {
  c = await pastConference(4);
  [a, b, d, e] = c.participants as [Participant, Participant, Participant, Participant];
  ab = await meetingBetween(c, a, b);
  de = await meetingBetween(c, d, e);
  await meetingBetween(c, a, d, "no_show");
  browserA = await signedIn(a.email, a.password);
}, 120_000);

const feedbackPath = () => `/my/events/${c.event.id}/feedback`;

describe("/my/events/:id/feedback", () => {
  it("lists only the organization's held meetings, with a form each", async () => {
    const response = await browserA.get(feedbackPath());
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`id="feedback-${ab.id}"`);
    expect(html).toContain(b.organization.name);
    expect(html).not.toContain(`feedback-${de.id}`);
    expect(html).not.toContain(e.organization.name);
    // The no-show with d is not listed for feedback.
    expect(html).not.toContain(d.organization.name);
  });

  it("a contract without amount and date is refused beside those fields, in both languages; nothing written", async () => {
    const fields = { requestId: String(ab.id), useful: "yes", outcome: "contract", amount: "", signedOn: "" };
    const response = await browserA.post(feedbackPath(), fields);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(textOf(html, `feedback-${ab.id}-amount-error`)).toBe("此项必填");
    expect(textOf(html, `feedback-${ab.id}-signedOn-error`)).toBe("此项必填");
    expect(textOf(html, `feedback-${de.id}-amount-error`)).toBeNull();
    const rows = await getDb().selectFrom("mmFeedback").select("id").where("requestId", "=", ab.id).execute();
    expect(rows).toEqual([]);
    const english = await signedIn(a.email, a.password);
    await english.get("/lang?to=en&next=/");
    const en = await (await english.post(feedbackPath(), fields)).text();
    expect(textOf(en, `feedback-${ab.id}-signedOn-error`)).toBe("This field is required");
    expect(textOf(en, `feedback-${ab.id}-amount-error`)).toBe("This field is required");
    const bad = await (await english.post(feedbackPath(), { ...fields, amount: "abc" })).text();
    expect(textOf(bad, `feedback-${ab.id}-amount-error`)).toMatch(/amount|number/i);
  });

  it("saves, then a second submission edits the same feedback; a meeting not its own is refused", async () => {
    const ok = await browserA.post(feedbackPath(), {
      requestId: String(ab.id),
      useful: "yes",
      outcome: "contract",
      amount: "120万元",
      signedOn: "2026-11-30",
      comment: "签约",
    });
    expect(ok.status).toBe(200);
    let rows = await getDb().selectFrom("mmFeedback").selectAll().where("requestId", "=", ab.id).execute();
    expect(rows).toMatchObject([{ outcome: "contract", amountFen: 120_000_000, signedOn: "2026-11-30" }]);
    const again = await browserA.post(feedbackPath(), {
      requestId: String(ab.id),
      useful: "yes",
      outcome: "intent",
    });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("反馈已保存");
    rows = await getDb().selectFrom("mmFeedback").selectAll().where("requestId", "=", ab.id).execute();
    expect(rows).toMatchObject([{ organizationId: a.organization.id, outcome: "intent", amountFen: null }]);
    const outcomes = await getDb()
      .selectFrom("sdOutcomes")
      .selectAll()
      .where("mmRequestId", "=", ab.id)
      .execute();
    expect(outcomes).toMatchObject([{ kind: "intent" }]);

    const notMine = await browserA.post(feedbackPath(), {
      requestId: String(de.id),
      useful: "yes",
      outcome: "intent",
    });
    expect(notMine.status).toBe(400);
    expect(await notMine.text()).toContain("找不到该洽谈");
    expect(
      await getDb().selectFrom("mmFeedback").select("id").where("requestId", "=", de.id).execute(),
    ).toEqual([]);
  });

  it("is 404 for an organization not registered for the event", async () => {
    const outsider = await party("未报名单位");
    const browser = await signedIn(outsider.email, outsider.password);
    expect((await browser.get(feedbackPath())).status).toBe(404);
  });
});

describe("/staff/events/:id/stats (+ .csv)", () => {
  it("shows the numbers to staff and exports them as CSV", async () => {
    const staff = await signedIn(c.staff.email, c.staff.password);
    const page = await staff.get(`/staff/events/${c.event.id}/stats`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`/staff/events/${c.event.id}/stats.csv`);
    const csv = await staff.get(`/staff/events/${c.event.id}/stats.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toContain("attachment");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toBe("分类 section,项目 key,数值 value");
    expect(lines).toContain("registrations,validated,4");
    expect(lines).toContain("meetings,held,2");
    expect(lines).toContain("meetings,no_show,1");
    expect(lines).toContain("feedback,count,1");
    expect(lines).toContain("outcomes,intents,1");
  });

  it("is 403 for organizations, participants included", async () => {
    expect((await browserA.get(`/staff/events/${c.event.id}/stats`)).status).toBe(403);
    expect((await browserA.get(`/staff/events/${c.event.id}/stats.csv`)).status).toBe(403);
  });
});
