import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createOrganizationWithOwner, createUser } from "../../app/server/demo/factories.server";
import { countSessions } from "../../db/repositories/identity";
import { ORIGIN, TestBrowser } from "../support/app";

const PASSWORD = "correct-horse-battery";
let serial = 0;

async function owner() {
  const email = `owner${++serial}@example.com`;
  const { owner, organization } = await createOrganizationWithOwner(getDb(), {
    name: `测试单位${serial}`,
    owner: { email, name: `负责人${serial}`, password: PASSWORD },
  });
  return { email, userId: owner.id, organizationId: organization.id };
}

describe("sign-in", () => {
  it("signs in with the right password and refuses a wrong one with a clear message", async () => {
    const { email } = await owner();
    const browser = new TestBrowser("198.51.100.1");
    const wrong = await browser.signIn(email, "wrong-password-123");
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("邮箱或密码不正确");
    expect(browser.cookies.has("jb_session")).toBe(false);

    const right = await browser.signIn(email.toUpperCase(), PASSWORD);
    expect(right.status).toBe(302);
    expect(browser.cookies.has("jb_session")).toBe(true);
    expect(await (await browser.get("/account")).text()).toContain(email);
  });

  it("an unknown email gets the same answer as a wrong password", async () => {
    const response = await new TestBrowser("198.51.100.2").signIn("nobody@example.com", "whatever-password");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("邮箱或密码不正确");
  });

  // Throttling (waits per account+IP, the per-IP limit, concurrency): tests/security/sign-in-throttle.test.ts.

  it("issues a new session id at every sign-in and never promotes a planted cookie", async () => {
    const { email, userId } = await owner();
    const browser = new TestBrowser("198.51.100.3");
    await browser.signIn(email, PASSWORD);
    const first = browser.cookies.get("jb_session");
    await browser.signIn(email, PASSWORD);
    const second = browser.cookies.get("jb_session");
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(await countSessions(getDb(), userId)).toBe(1); // the replaced session is gone, not merely forgotten

    const attacker = new TestBrowser("198.51.100.4");
    attacker.cookies.set("jb_session", first!);
    expect((await attacker.get("/account")).status).toBe(302);
  });

  it("sign-out ends the session on the server", async () => {
    const { email, userId } = await owner();
    const browser = new TestBrowser("198.51.100.5");
    await browser.signIn(email, PASSWORD);
    const token = browser.cookies.get("jb_session")!;
    expect((await browser.post("/logout", {})).status).toBe(302);
    expect(await countSessions(getDb(), userId)).toBe(0);
    const replay = new TestBrowser("198.51.100.5");
    replay.cookies.set("jb_session", token);
    expect((await replay.get("/account")).headers.get("location")).toMatch(/^\/login/);
  });
});

describe("password change", () => {
  it("ends the user's other sessions and keeps the current one", async () => {
    const { email, userId } = await owner();
    const laptop = new TestBrowser("198.51.100.10");
    const phone = new TestBrowser("198.51.100.11");
    await laptop.signIn(email, PASSWORD);
    await phone.signIn(email, PASSWORD);
    expect(await countSessions(getDb(), userId)).toBe(2);

    const wrongCurrent = await laptop.post("/account", {
      currentPassword: "not-my-password",
      newPassword: "a-brand-new-password",
    });
    expect(wrongCurrent.status).toBe(400);
    expect(await wrongCurrent.text()).toContain("当前密码不正确");

    const common = await laptop.post("/account", { currentPassword: PASSWORD, newPassword: "Password123" });
    expect(common.status).toBe(400);
    expect(await common.text()).toContain("这个密码太常见");
    expect(await countSessions(getDb(), userId)).toBe(2);

    const changed = await laptop.post("/account", {
      currentPassword: PASSWORD,
      newPassword: "a-brand-new-password",
    });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain("密码已更新，已退出其他 1 个登录会话");
    expect(await countSessions(getDb(), userId)).toBe(1);
    expect((await laptop.get("/account")).status).toBe(200);
    expect((await phone.get("/account")).headers.get("location")).toBe("/login?redirectTo=%2Faccount");

    expect((await new TestBrowser("198.51.100.12").signIn(email, PASSWORD)).status).toBe(400);
    expect((await new TestBrowser("198.51.100.12").signIn(email, "a-brand-new-password")).status).toBe(302);
    const audit = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("entityId", "=", String(userId))
      .execute();
    expect(audit.map((a) => a.action)).toContain("user.password_change");
  });
});

describe("authorization", () => {
  it("a signed-out visitor is sent to sign in; an organization member gets 403 on the staff console; staff get in", async () => {
    expect((await new TestBrowser().get("/staff")).headers.get("location")).toBe(
      "/login?redirectTo=%2Fstaff",
    );

    const { email } = await owner();
    const member = new TestBrowser("198.51.100.20");
    await member.signIn(email, PASSWORD);
    const denied = await member.get("/staff");
    expect(denied.status).toBe(403);
    const deniedHtml = await denied.text();
    expect(deniedHtml).toContain("无权访问");
    expect(deniedHtml).not.toContain("审计日志");

    await createUser(getDb(), {
      email: "staff@example.com",
      name: "工作人员",
      password: PASSWORD,
      roles: ["staff"],
    });
    const staff = new TestBrowser("198.51.100.21");
    await staff.signIn("staff@example.com", PASSWORD);
    const console = await staff.get("/staff");
    expect(console.status).toBe(200);
    expect(await console.text()).toContain("审计日志");
  });
});

describe("forgery protection", () => {
  it("refuses a forged or missing CSRF token and a foreign or missing Origin with 403, before any route runs", async () => {
    const { email, userId } = await owner();
    const browser = new TestBrowser("198.51.100.30");
    await browser.signIn(email, PASSWORD);
    const fields = { currentPassword: PASSWORD, newPassword: "attacker-chosen-password" };

    const forged = await browser.post("/account", fields, { csrf: "A".repeat(43) });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({
      error: {
        reason: "csrf",
        message: { zh: expect.stringContaining("请求校验失败"), en: expect.any(String) },
      },
    });

    const noToken = await browser.request("/account", {
      method: "POST",
      headers: { origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
    });
    expect(noToken.status).toBe(403);

    expect((await browser.post("/account", fields, { origin: "https://evil.example" })).status).toBe(403);
    expect((await browser.post("/account", fields, { origin: null })).status).toBe(403);

    // A token from a different browser (its own cookie) does not work with this browser's cookie.
    const otherToken = await new TestBrowser().csrfToken();
    expect((await browser.post("/account", fields, { csrf: otherToken })).status).toBe(403);

    const audit = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("entityId", "=", String(userId))
      .execute();
    expect(audit.map((a) => a.action)).not.toContain("user.password_change");
    expect((await new TestBrowser("198.51.100.31").signIn(email, PASSWORD)).status).toBe(302);
  });
});
