import { describe, expect, it } from "vitest";
import { startBid } from "../../app/server/bidding/bids.server";
import { inviteMember } from "../../app/server/bidding/consortium.server";
import { TestBrowser, signedIn } from "../support/app";
import { openTask, orgWithOwner, projectInProgress, staffActor } from "../support/bidding";
import { must } from "../support/outcome";

describe("the dashboard a user lands on after sign-in", () => {
  it("sign-in without a destination leads to the dashboard, with one to that page", async () => {
    const { email, password } = await orgWithOwner();
    const plain = await new TestBrowser("198.51.100.61").post("/login", { email, password, redirectTo: "" });
    expect(plain.headers.get("location")).toBe("/dashboard");
    const onward = await new TestBrowser("198.51.100.62").post("/login", {
      email,
      password,
      redirectTo: "/bids",
    });
    expect(onward.headers.get("location")).toBe("/bids");
    expect((await new TestBrowser().get("/dashboard")).headers.get("location")).toBe(
      "/login?redirectTo=%2Fdashboard",
    );
  });

  it("shows a member its open tasks, its bids and the invitation it has to answer", async () => {
    const { task } = await openTask({ year: 2081, bidDeadline: new Date(Date.now() + 10 * 60_000) });
    const lead = await orgWithOwner();
    const invitee = await orgWithOwner();
    const { bidId } = must(await startBid(lead.actor, task.code));
    must(
      await inviteMember(lead.actor, bidId, {
        organizationId: invitee.organization.id,
        share: 3000,
        workDivision: "算法",
      }),
    );

    const leadPage = await (await signedIn(lead.email, lead.password, "198.51.100.63")).get("/dashboard");
    expect(leadPage.status).toBe(200);
    const leadHtml = await leadPage.text();
    expect(leadHtml).toContain("我的工作台");
    expect(leadHtml).toContain("本单位所在领域的开放任务");
    expect(leadHtml).toContain(`href="/tasks/${task.code}"`);
    expect(leadHtml).toMatch(new RegExp(`href="/bids/${bidId}"[^>]*>${task.title}</a>[\\s\\S]*?草稿`));
    expect(leadHtml).toContain("没有待回复的邀请或待提交的验收材料");

    const invitedBrowser = await signedIn(invitee.email, invitee.password, "198.51.100.64");
    const inviteeHtml = await (await invitedBrowser.get("/dashboard")).text();
    expect(inviteeHtml).toContain(`回复 ${lead.organization.name} 的联合体邀请：${task.title}`);
    expect(inviteeHtml).toContain(`href="/bids/${bidId}"`);
    expect(inviteeHtml).toContain("本单位还没有揭榜");
    expect(inviteeHtml).toContain("即将截止的开放任务");

    await invitedBrowser.get("/lang?to=en&next=/dashboard");
    const english = await (await invitedBrowser.get("/dashboard")).text();
    expect(english).toContain("My dashboard");
    expect(english).toContain(`Answer ${lead.organization.name}&#x27;s consortium invitation`);
    expect(english).toContain("Your organization has not bid yet.");
  });

  it("reminds a lead of the completion report its project owes", async () => {
    const { lead, project, task } = await projectInProgress(2083);
    const html = await (
      await (await signedIn(lead.email, lead.password, "198.51.100.65")).get("/dashboard")
    ).text();
    expect(html).toContain(`href="/projects/${project.id}"`);
    expect(html).toContain(`提交验收材料：${task.title}`);
  });

  it("gives staff the way to their queues", async () => {
    const staff = await staffActor();
    const html = await (
      await (await signedIn(staff.email, staff.password, "198.51.100.66")).get("/dashboard")
    ).text();
    expect(html).toContain("管理工作");
    expect(html).toContain('href="/staff/projects"');
    expect(html).toContain('href="/staff/lists"');
    expect(html).not.toContain("您的账号尚未加入任何单位");
  });
});
