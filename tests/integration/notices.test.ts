import { describe, expect, it } from "vitest";
import { toShanghaiIso } from "../../app/domain/time";
import { formatDateTime } from "../../app/i18n/i18n";
import { saveBidContent, startBid, submitBid } from "../../app/server/bidding/bids.server";
import { answerInvitation, inviteMember, setMemberTerms } from "../../app/server/bidding/consortium.server";
import { publishResult, selectBid, startReview } from "../../app/server/bidding/review.server";
import {
  fileObjection,
  finalizeDueNotices,
  resolveObjectionAsStaff,
} from "../../app/server/bidding/notices.server";
import { getDb } from "../../db/client";
import { createList, createTask } from "../../app/server/demo/factories.server";
import { signedIn, TestBrowser } from "../support/app";
import { completeContent, orgWithOwner, staffActor } from "../support/bidding";
import { must } from "../support/outcome";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let serial = 0;
const unique = () => `${++serial}-${Date.now()}`;

/** An organization with its owner, named `${label}…有限公司` (unique). */
const newOrganization = (label: string) => orgWithOwner(`${label}${unique()}有限公司`);

/** A signed-in user of a verified organization: the only users who may object. */
async function signedInPerson() {
  const org = await newOrganization("异议单位");
  return { user: org.owner, browser: await signedIn(org.email, org.password) };
}

/**
 * A task whose result was published at `publishAt`: bidding ran in the days before, each winner's bid was
 * selected with a reason, and one more bid was submitted but not selected. The first winner leads a
 * consortium with one accepted and one declined invitation.
 */
async function publishedNotice({ publishAt, winners = 1 }: { publishAt: Date; winners?: number }) {
  const deadline = new Date(publishAt.getTime() - 3 * HOUR);
  const bidAt = new Date(deadline.getTime() - 3 * DAY);
  const reviewAt = new Date(deadline.getTime() + HOUR);
  const list = await createList(getDb(), { year: 2030, status: "published", publishedAt: bidAt });
  const task = await createTask(getDb(), list, {
    title: `社区智慧养老服务平台${unique()}`,
    domain: "ai",
    bidDeadline: deadline,
    status: "published",
    publishedAt: new Date(bidAt.getTime() - DAY),
    maxWinners: winners,
  });
  const staff = await staffActor();

  async function submittedBid(withConsortium: boolean) {
    const lead = await newOrganization("牵头单位");
    const { bidId } = must(await startBid(lead.actor, task.code, bidAt));
    must(await saveBidContent(lead.actor, bidId, completeContent(), bidAt));
    let accepted: string[] = [];
    let declined: string[] = [];
    if (withConsortium) {
      const member = await newOrganization("成员单位");
      const refuser = await newOrganization("谢绝单位");
      for (const invitee of [member, refuser])
        must(
          await inviteMember(
            lead.actor,
            bidId,
            { organizationId: invitee.organization.id, share: 4000, workDivision: "算法研发" },
            bidAt,
          ),
        );
      must(await answerInvitation(member.actor, bidId, "accepted", bidAt));
      must(await answerInvitation(refuser.actor, bidId, "declined", bidAt));
      must(
        await setMemberTerms(
          lead.actor,
          bidId,
          { organizationId: lead.organization.id, share: 6000, workDivision: "总体集成" },
          bidAt,
        ),
      );
      accepted = [member.organization.name];
      declined = [refuser.organization.name];
    }
    must(await submitBid(lead.actor, bidId, bidAt));
    return { bidId, leadOrgName: lead.organization.name, memberOrgNames: accepted, declined };
  }

  const winnerBids = [];
  for (let i = 0; i < winners; i++) winnerBids.push(await submittedBid(i === 0));
  const loser = await submittedBid(false);
  must(await startReview(staff, task.code, reviewAt));
  for (const [i, bid] of winnerBids.entries())
    must(await selectBid(staff, bid.bidId, `综合评分第${i + 1}名，方案成熟可行`, reviewAt));
  const { noticeId } = must(await publishResult(staff, task.code, publishAt));
  return { task, staff, noticeId, winners: winnerBids, loser };
}

interface ApiNotice {
  taskCode: string;
  winners: { leadOrgName: string; memberOrgNames: string[] }[];
  startsAt: string;
  endsAt: string;
  status: string;
}

async function apiNotice(taskCode: string): Promise<ApiNotice | undefined> {
  const response = await new TestBrowser().get("/api/v1/notices");
  expect(response.status).toBe(200);
  const body = (await response.json()) as { notices: ApiNotice[] };
  return body.notices.find((n) => n.taskCode === taskCode);
}

const objectionCount = async (noticeId: number) =>
  (
    await getDb()
      .selectFrom("objections")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("noticeId", "=", noticeId)
      .executeTakeFirstOrThrow()
  ).n;

const noticeRow = (noticeId: number) =>
  getDb().selectFrom("notices").selectAll().where("id", "=", noticeId).executeTakeFirstOrThrow();

const taskStatus = async (taskId: number) =>
  (await getDb().selectFrom("tasks").select("status").where("id", "=", taskId).executeTakeFirstOrThrow())
    .status;

describe("the public notice pages", () => {
  // Runs first, while this file's database has no notice yet.
  it("shows an empty state in both languages and an empty API list", async () => {
    const browser = new TestBrowser();
    const zh = await browser.get("/notices");
    expect(zh.status).toBe(200);
    expect(await zh.text()).toContain("暂无公示");
    await browser.get("/lang?to=en&next=/notices");
    expect(await (await browser.get("/notices?page=abc")).text()).toContain("No notices yet");
    expect(await (await browser.get("/api/v1/notices")).json()).toEqual({ notices: [] });
  });

  it("publishes the winners (lead and accepted members) with the period on /notices and in the API", async () => {
    const publishAt = new Date(Date.now() - HOUR);
    const { task, noticeId, winners, loser } = await publishedNotice({ publishAt });
    const [winner] = winners;
    // 7 natural days counting the publication day: the period ends at 00:00 Shanghai time 7 days after that day.
    const [year, month, day] = toShanghaiIso(publishAt).slice(0, 10).split("-").map(Number) as [
      number,
      number,
      number,
    ];
    const endsAt = new Date(Date.UTC(year, month - 1, day + 7) - 8 * HOUR);

    const listing = await new TestBrowser().get("/notices");
    expect(listing.status).toBe(200);
    const html = await listing.text();
    expect(html).toContain(task.code);
    expect(html).toContain(`href="/tasks/${task.code}"`);
    expect(html).toContain(task.title);
    expect(html).toContain(`href="/notices/${noticeId}"`);
    expect(html).toContain("公示中");
    expect(html).toContain(winner!.leadOrgName);
    expect(html).toContain(winner!.memberOrgNames[0]);
    expect(html).not.toContain(winner!.declined[0]);
    expect(html).not.toContain(loser.leadOrgName);
    expect(html).toContain(formatDateTime("zh", publishAt));
    expect(html).toContain(formatDateTime("zh", endsAt));

    expect(await apiNotice(task.code)).toEqual({
      taskCode: task.code,
      winners: [{ leadOrgName: winner!.leadOrgName, memberOrgNames: winner!.memberOrgNames }],
      startsAt: toShanghaiIso(publishAt),
      endsAt: toShanghaiIso(endsAt),
      status: "open",
    });

    const anonymous = new TestBrowser();
    const detail = await anonymous.get(`/notices/${noticeId}`);
    expect(detail.status).toBe(200);
    const page = await detail.text();
    expect(page).toContain(winner!.leadOrgName);
    expect(page).toContain(winner!.memberOrgNames[0]);
    expect(page).toContain("综合评分第1名，方案成熟可行");
    expect(page).toContain("遴选结果公示 7 个自然日");
    expect(page).toContain(`href="/login?redirectTo=/notices/${noticeId}"`);
    expect(page).toContain("登录后可提出异议");
    expect(page).not.toContain('name="reasons"');

    await anonymous.get(`/lang?to=en&next=/notices/${noticeId}`);
    const english = await (await anonymous.get(`/notices/${noticeId}`)).text();
    expect(english).toContain("Open for objections");
    expect(english).toContain("Sign in to file an objection");
    expect(english).toContain(formatDateTime("en", endsAt));
    expect(await (await anonymous.get("/notices")).text()).toContain("View notice");
  });

  it("answers 404 for a non-numeric or unknown notice", async () => {
    const browser = new TestBrowser();
    expect((await browser.get("/notices/abc")).status).toBe(404);
    expect((await browser.get("/notices/0")).status).toBe(404);
    expect((await browser.get("/notices/987654321")).status).toBe(404);
  });
});

describe("objections", () => {
  it("sends an anonymous objection to sign in and writes nothing", async () => {
    const { noticeId, winners } = await publishedNotice({ publishAt: new Date(Date.now() - HOUR) });
    const response = await new TestBrowser().post(`/notices/${noticeId}`, {
      bidId: String(winners[0]!.bidId),
      reasons: "材料造假",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/login?redirectTo=%2Fnotices%2F${noticeId}`);
    expect(await objectionCount(noticeId)).toBe(0);
  });

  it("a signed-in user files one; it is listed publicly without who filed it", async () => {
    const { noticeId, winners } = await publishedNotice({ publishAt: new Date(Date.now() - HOUR) });
    const { user, browser } = await signedInPerson();
    const form = await (await browser.get(`/notices/${noticeId}`)).text();
    expect(form).toContain('name="reasons"');
    // The header names whoever is signed in, so the public check below really looks for the name.
    expect(form).toContain(user.name);
    expect(form).toContain(`value="${winners[0]!.bidId}"`);

    const response = await browser.post(`/notices/${noticeId}`, {
      bidId: String(winners[0]!.bidId),
      reasons: "该单位申报材料中的检测报告与事实不符。",
      evidence: "检测机构出具的说明函编号 2030-17。",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/notices/${noticeId}?filed=1#objections`);
    expect(await (await browser.get(`/notices/${noticeId}?filed=1`)).text()).toContain(
      "异议已提交，工作人员将处理并答复",
    );

    const rows = await getDb()
      .selectFrom("objections")
      .selectAll()
      .where("noticeId", "=", noticeId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      bidId: winners[0]!.bidId,
      filedBy: user.id,
      status: "pending",
      reasons: "该单位申报材料中的检测报告与事实不符。",
      evidence: "检测机构出具的说明函编号 2030-17。",
    });

    const publicPage = await (await new TestBrowser().get(`/notices/${noticeId}`)).text();
    expect(publicPage).toContain("处理中");
    expect(publicPage).not.toContain("暂无异议");
    expect(publicPage).not.toContain(user.name);
    expect(publicPage).not.toContain(user.email);
  });

  it("an empty reason or a bid that did not win is refused beside the field, and nothing is written", async () => {
    const { noticeId, winners, loser } = await publishedNotice({ publishAt: new Date(Date.now() - HOUR) });
    const { browser } = await signedInPerson();

    const empty = await browser.post(`/notices/${noticeId}`, {
      bidId: String(winners[0]!.bidId),
      reasons: "   ",
      evidence: "",
    });
    expect(empty.status).toBe(400);
    const html = await empty.text();
    expect(html).toMatch(/<ul id="objection-reasons-error" class="field-errors"><li>此项必填<\/li><\/ul>/);
    expect(html).toMatch(/<textarea[^>]*name="reasons"[^>]*aria-invalid="true"/);

    const notWinner = await browser.post(`/notices/${noticeId}`, {
      bidId: String(loser.bidId),
      reasons: "理由",
    });
    expect(notWinner.status).toBe(400);
    expect(await notWinner.text()).toContain(
      '<ul id="objection-bidId-error" class="field-errors"><li>请选择本次公示的一个入选揭榜方</li></ul>',
    );
    expect(await objectionCount(noticeId)).toBe(0);
  });

  it("after the period: refused; a pending objection holds the result; dismissal is published, then final", async () => {
    const publishAt = new Date(Date.now() - 10 * DAY);
    const { task, staff, noticeId, winners } = await publishedNotice({ publishAt, winners: 2 });
    const filer = await signedInPerson();
    const { objectionId } = must(
      await fileObjection(
        { id: filer.user.id, ip: "203.0.113.60" },
        noticeId,
        { bidId: winners[1]!.bidId, reasons: "业绩材料存疑", evidence: "" },
        new Date(publishAt.getTime() + DAY),
      ),
    );

    const late = await filer.browser.post(`/notices/${noticeId}`, {
      bidId: String(winners[0]!.bidId),
      reasons: "期满后提出的异议",
    });
    expect(late.status).toBe(400);
    const lateHtml = await late.text();
    expect(lateHtml).toContain("公示期已结束或结果已确认，不能再提出或处理异议");
    expect(lateHtml).toContain("公示期已结束，不再受理异议");
    expect(lateHtml).not.toContain('name="reasons"');
    expect(await objectionCount(noticeId)).toBe(1);

    expect((await apiNotice(task.code))?.status).toBe("awaiting_resolution");
    expect(await (await new TestBrowser().get(`/notices/${noticeId}`)).text()).toContain(
      "公示期满，异议处理中",
    );
    expect(await finalizeDueNotices(new Date())).not.toContain(noticeId);
    expect((await noticeRow(noticeId)).status).toBe("open");
    expect(await taskStatus(task.id)).toBe("notice");

    must(
      await resolveObjectionAsStaff(
        staff,
        objectionId,
        { decision: "dismissed", resolution: "经核查，业绩材料真实有效，异议不成立。" },
        new Date(),
      ),
    );
    const page = await (await new TestBrowser().get(`/notices/${noticeId}`)).text();
    expect(page).toContain("异议不成立");
    expect(page).toContain("经核查，业绩材料真实有效，异议不成立。");
    expect(page).toContain("结果已确认");
    expect(page).not.toContain(filer.user.name);

    // The period was over and nothing else was pending: resolving it made the result final.
    expect((await noticeRow(noticeId)).status).toBe("final");
    expect((await apiNotice(task.code))?.status).toBe("final");
    expect(await taskStatus(task.id)).toBe("in_progress");
    const projects = await getDb()
      .selectFrom("projects")
      .select(["bidId", "taskId"])
      .where("taskId", "=", task.id)
      .orderBy("bidId")
      .execute();
    expect(projects).toEqual(winners.map((w) => ({ bidId: w.bidId, taskId: task.id })));
  });

  it("with nothing pending after the period, the sweeper makes the result final", async () => {
    const { task, noticeId, winners } = await publishedNotice({ publishAt: new Date(Date.now() - 10 * DAY) });
    expect((await apiNotice(task.code))?.status).toBe("finalizing");
    expect(await finalizeDueNotices(new Date())).toContain(noticeId);
    expect((await apiNotice(task.code))?.status).toBe("final");
    expect(await taskStatus(task.id)).toBe("in_progress");
    const projects = await getDb()
      .selectFrom("projects")
      .select("bidId")
      .where("taskId", "=", task.id)
      .execute();
    expect(projects).toEqual([{ bidId: winners[0]!.bidId }]);
  });

  it("upheld against the only winner revokes the notice and reopens review", async () => {
    const { task, staff, noticeId, winners } = await publishedNotice({
      publishAt: new Date(Date.now() - HOUR),
    });
    const filer = await signedInPerson();
    const filed = await filer.browser.post(`/notices/${noticeId}`, {
      bidId: String(winners[0]!.bidId),
      reasons: "该单位存在违规记录。",
    });
    expect(filed.status).toBe(302);
    const objection = await getDb()
      .selectFrom("objections")
      .select("id")
      .where("noticeId", "=", noticeId)
      .executeTakeFirstOrThrow();

    must(
      await resolveObjectionAsStaff(
        staff,
        objection.id,
        { decision: "upheld", resolution: "经核查属实，撤销入选。" },
        new Date(),
      ),
    );
    expect((await noticeRow(noticeId)).status).toBe("revoked");
    expect(await taskStatus(task.id)).toBe("under_review");
    const bid = await getDb()
      .selectFrom("bids")
      .select("status")
      .where("id", "=", winners[0]!.bidId)
      .executeTakeFirstOrThrow();
    expect(bid.status).toBe("not_selected");

    expect(await apiNotice(task.code)).toMatchObject({ status: "revoked", winners: [] });
    const page = await (await filer.browser.get(`/notices/${noticeId}`)).text();
    expect(page).toContain("结果已撤销");
    expect(page).toContain("异议成立，入选已撤销");
    expect(page).toContain("公示期已结束，不再受理异议");
    expect(page).not.toContain('name="reasons"');
  });
});

describe("GET /api/v1/notices", () => {
  it("rejects a malformed page with 400 naming the parameter", async () => {
    const browser = new TestBrowser();
    const bad = await browser.get("/api/v1/notices?page=abc");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/json");
    expect(await bad.json()).toEqual({
      error: { field: "page", message: { zh: "请输入整数", en: "Enter a whole number" } },
    });
    const zero = await browser.get("/api/v1/notices?page=0");
    expect(zero.status).toBe(400);
    expect(((await zero.json()) as { error: { field: string } }).error.field).toBe("page");

    const beyond = await browser.get("/api/v1/notices?page=50");
    expect(beyond.status).toBe(200);
    expect(await beyond.json()).toEqual({ notices: [] });
  });
});
