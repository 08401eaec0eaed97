import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { makeUscc } from "../../app/server/demo/factories.server";
import { TestBrowser, signupFields } from "../support/app";
import { saveBidContent, startBid, submitBid } from "../../app/server/bidding/bids.server";
import { completeContent, openTask, orgWithOwner } from "../support/bidding";
import { mailsTo, verificationPath } from "../support/mail";

const PASSWORD = signupFields().password;
let serial = 0;

/** Signs an organization up through the form; returns the owner's email and a browser signed in (unverified). */
async function signUp(ip: string) {
  const email = `verify${++serial}@example.com`;
  const browser = new TestBrowser(ip);
  expect((await browser.post("/signup", signupFields({ email, uscc: makeUscc() }))).status).toBe(200);
  expect((await browser.signIn(email, PASSWORD)).status).toBe(302);
  return { email, browser };
}

const userByEmail = (email: string) =>
  getDb().selectFrom("users").selectAll().where("email", "=", email).executeTakeFirstOrThrow();

describe("sign-up does not reveal whether an email is registered", () => {
  it("answers a registered email exactly as a new one, and mails its owner instead of creating anything", async () => {
    const { email } = await signUp("192.0.2.51");
    const answer = async (address: string) => {
      const response = await new TestBrowser("192.0.2.52").post(
        "/signup",
        signupFields({ email: address, uscc: makeUscc() }),
      );
      return { status: response.status, html: (await response.text()).replaceAll(address, "ADDRESS") };
    };
    const users = await getDb()
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const existing = await answer(email);
    const fresh = await answer("never-seen@example.com");
    expect(existing.status).toBe(200);
    expect(existing.status).toBe(fresh.status);
    // The pages differ only in the CSRF-free parts that are the same for everyone.
    const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0];
    expect(main(existing.html)).toBe(main(fresh.html));
    expect(main(existing.html)).toContain("我们已向 ADDRESS 发送了一封邮件");

    const ownerMails = mailsTo(email);
    expect(ownerMails).toHaveLength(2); // the verification link, then the warning
    expect(ownerMails[1]!.text).toContain("有人刚刚尝试用这个邮箱在揭榜平台注册新单位");
    expect(ownerMails[1]!.text).toContain("Someone just tried to register");
    expect(ownerMails[1]!.text).toMatch(/http:\/\/jiebang\.test\/login/);
    expect(ownerMails[1]!.text).not.toContain("/verify-email/");
    const after = await getDb()
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(users.n + 1); // only never-seen@example.com
  });
});

describe("an unverified owner cannot bid or manage the organization", () => {
  it("refuses to start a bid and to invite, with a link to send the mail again; after verifying both work", async () => {
    const { email, browser } = await signUp("192.0.2.61");
    const { task } = await openTask({ year: 2031, bidDeadline: new Date(Date.now() + 30 * 86_400_000) });

    const bid = await browser.post(`/tasks/${task.code}`, {});
    expect(bid.status).toBe(400);
    const bidHtml = await bid.text();
    expect(bidHtml).toContain("请先验证您的邮箱");
    expect(bidHtml).toContain('href="/account#verify-email"');

    const invite = await browser.post("/org", { email: "colleague@example.com" });
    expect(invite.status).toBe(400);
    expect(await invite.text()).toContain("请先验证您的邮箱");
    expect(await getDb().selectFrom("invitations").selectAll().execute()).toHaveLength(0);

    await browser.get("/lang?to=en&next=/");
    const english = await browser.post(`/tasks/${task.code}`, {});
    expect(await english.text()).toContain("Verify your email address first");

    const opened = await browser.get(verificationPath(email));
    expect(await opened.text()).toContain(`${email} is verified`);
    expect((await userByEmail(email)).emailVerifiedAt).not.toBeNull();
    const started = await browser.post(`/tasks/${task.code}`, {});
    expect(started.status).toBe(302);
    expect(started.headers.get("location")).toMatch(/^\/bids\/\d+$/);
    expect((await browser.post("/org", { email: "colleague@example.com" })).status).toBe(200);
  });
});

describe("verification links", () => {
  it("work once, and only unexpired; the page never verifies a made-up token", async () => {
    const { email, browser } = await signUp("192.0.2.71");
    const link = verificationPath(email);
    expect(await (await new TestBrowser("192.0.2.72").get("/verify-email/made-up-token")).text()).toContain(
      "验证链接无效、已使用或已过期",
    );
    await getDb()
      .updateTable("users")
      .set({ emailVerificationExpiresAt: new Date(Date.now() - 1000) })
      .where("email", "=", email)
      .execute();
    expect(await (await browser.get(link)).text()).toContain("验证链接无效、已使用或已过期");
    expect((await userByEmail(email)).emailVerifiedAt).toBeNull();

    // A new link from /account replaces the old one.
    const resent = await browser.post("/account", { intent: "resendVerification" });
    expect(resent.status).toBe(200);
    expect(await resent.text()).toContain(`验证邮件已发送到 ${email}`);
    const fresh = verificationPath(email);
    expect(fresh).not.toBe(link);
    expect(await (await browser.get(fresh)).text()).toContain(`邮箱 ${email} 已验证`);
    expect(await (await browser.get(fresh)).text()).toContain("验证链接无效、已使用或已过期");
    const stored = await userByEmail(email);
    expect(stored.emailVerificationHash).toBeNull();
    const audit = await getDb()
      .selectFrom("auditLog")
      .select("action")
      .where("entityType", "=", "user")
      .where("entityId", "=", String(stored.id))
      .execute();
    expect(audit.map((a) => a.action)).toContain("user.email_verify");
  });

  it("'send again' is limited per account", async () => {
    const { email, browser } = await signUp("192.0.2.81");
    for (let i = 0; i < 3; i++)
      expect((await browser.post("/account", { intent: "resendVerification" })).status).toBe(200);
    const refused = await browser.post("/account", { intent: "resendVerification" });
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(/尝试次数过多，请在 \d+ 分钟后重试/);
    expect(mailsTo(email)).toHaveLength(4); // sign-up + three resends
  });

  it("a verified account is told so on /account and cannot ask for more mail", async () => {
    const { email, browser } = await signUp("192.0.2.91");
    await browser.get(verificationPath(email));
    const page = await (await browser.get("/account")).text();
    expect(page).toContain("邮箱已验证");
    expect(page).not.toContain("重新发送验证邮件");
    const resend = await browser.post("/account", { intent: "resendVerification" });
    expect(resend.status).toBe(400);
    expect(mailsTo(email)).toHaveLength(1);
  });
});

describe("the bidding services refuse an unverified account", () => {
  it("cannot submit a bid it drafted before losing verification (guard in submitBid as well as startBid)", async () => {
    const { task } = await openTask({ year: 2032, bidDeadline: new Date(Date.now() + 30 * 86_400_000) });
    const { actor } = await orgWithOwner();
    const started = await startBid(actor, task.code);
    if (!started.ok) throw new Error("startBid failed");
    expect((await saveBidContent(actor, started.value.bidId, completeContent())).ok).toBe(true);
    await getDb().updateTable("users").set({ emailVerifiedAt: null }).where("id", "=", actor.id).execute();
    const submitted = await submitBid(actor, started.value.bidId);
    expect(submitted).toEqual({ ok: false, formError: { key: "err.email.unverified" } });
    expect(await startBid(actor, task.code)).toEqual({
      ok: false,
      formError: { key: "err.email.unverified" },
    });
  });
});
