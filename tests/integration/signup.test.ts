import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { makeUscc } from "../../app/server/demo/factories.server";
import { TestBrowser, signupFields } from "../support/app";
import { verificationPath } from "../support/mail";

async function counts() {
  const db = getDb();
  const count = async (table: "organizations" | "users" | "memberships" | "auditLog") =>
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
  return {
    organizations: await count("organizations"),
    users: await count("users"),
    memberships: await count("memberships"),
    audit: await count("auditLog"),
  };
}

describe("organization sign-up", () => {
  it("creates the organization and its unverified owner, mails a verification link and audits it", async () => {
    const browser = new TestBrowser();
    const uscc = makeUscc();
    const response = await browser.post("/signup", signupFields({ email: "Owner.One@Example.com", uscc }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("我们已向 owner.one@example.com 发送了一封邮件");
    // Nobody is signed in before the address is verified (an existing email gets this same answer).
    expect(browser.cookies.has("jb_session")).toBe(false);

    const user = await getDb()
      .selectFrom("users")
      .selectAll()
      .where("email", "=", "owner.one@example.com")
      .executeTakeFirstOrThrow();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.emailVerifiedAt).toBeNull();
    const membership = await getDb()
      .selectFrom("memberships")
      .innerJoin("organizations", "organizations.id", "memberships.organizationId")
      .select(["memberships.role", "organizations.uscc", "organizations.name"])
      .where("memberships.userId", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(membership).toEqual({ role: "owner", uscc, name: "武汉测试科技有限公司" });
    const audit = await getDb()
      .selectFrom("auditLog")
      .selectAll()
      .where("action", "=", "organization.register")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorUserId).toBe(user.id);
    expect(JSON.stringify(audit[0]!.after)).not.toContain("argon2");

    const verified = await browser.get(verificationPath("owner.one@example.com"));
    expect(verified.status).toBe(200);
    expect(await verified.text()).toContain("邮箱 owner.one@example.com 已验证");
    expect((await browser.signIn("owner.one@example.com", signupFields().password)).status).toBe(302);
    const page = await browser.get("/org");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("武汉测试科技有限公司");
    expect(html).toContain(uscc);
  });

  it.each([
    ["malformed email", { email: "not-an-email" }, "email", "邮箱格式不正确"],
    ["short password", { password: "short-pw" }, "password", "密码至少 10 个字符"],
    ["wrong USCC check character", { uscc: "91350100M000100Y44" }, "uscc", "统一社会信用代码校验位不正确"],
    ["overlong organization name", { orgName: "很".repeat(201) }, "orgName", "内容过长（最多 200 个字符）"],
    ["unknown organization type", { orgType: "pirate" }, "orgType", "请选择单位类型"],
  ])(
    "refuses a %s beside the field, keeps the input except the password, and writes nothing",
    async (_, overrides, field, message) => {
      const before = await counts();
      const browser = new TestBrowser();
      const fields = signupFields({ email: "keep@example.com", uscc: makeUscc(), ...overrides });
      const response = await browser.post("/signup", fields);
      expect(response.status).toBe(400);
      const html = await response.text();
      // conform's error element for this very field, referenced by the input (not a form-level alert)
      expect(html).toContain(`id="signup-${field}-error"`);
      expect(html).toMatch(new RegExp(`aria-describedby="[^"]*signup-${field}-error`));
      expect(html).toContain(message);
      if (field !== "orgName") expect(html).toContain(`value="武汉测试科技有限公司"`);
      expect(html).not.toContain(fields.password);
      expect(await counts()).toEqual(before);
      expect(browser.cookies.has("jb_session")).toBe(false);
    },
  );

  it("shows errors in English after switching language", async () => {
    const browser = new TestBrowser();
    await browser.get("/lang?to=en&next=/signup");
    const response = await browser.post("/signup", signupFields({ email: "nope" }));
    const html = await response.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain("This is not a valid email address");
  });

  it("a registered email gets the same answer as a new one and creates nothing; a taken USCC is refused", async () => {
    const first = new TestBrowser();
    const uscc = makeUscc();
    expect((await first.post("/signup", signupFields({ email: "dup@example.com", uscc }))).status).toBe(200);
    const before = await counts();

    const second = await new TestBrowser().post(
      "/signup",
      signupFields({ email: "DUP@example.com", uscc: makeUscc() }),
    );
    expect(second.status).toBe(200);
    const html = await second.text();
    expect(html).toContain("我们已向 dup@example.com 发送了一封邮件");
    expect(html).not.toContain("该邮箱已注册");

    const third = await new TestBrowser().post("/signup", signupFields({ email: "other@example.com", uscc }));
    expect(third.status).toBe(400);
    expect(await third.text()).toContain("该统一社会信用代码已注册");
    expect(await counts()).toEqual(before);
  });

  it("lists every problem in one reply: the check character and the empty fields, never a taken email", async () => {
    expect(
      (await new TestBrowser().post("/signup", signupFields({ email: "first@example.com" }))).status,
    ).toBe(200);
    const before = await counts();
    const response = await new TestBrowser().post(
      "/signup",
      signupFields({ email: "First@example.com", uscc: "91350100M000100Y44", orgName: "", contactName: "" }),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("统一社会信用代码校验位不正确");
    expect(html).toContain('id="signup-orgName-error"');
    expect(html).toContain('id="signup-contactName-error"');
    expect(html).toContain("此项必填");
    expect(html).not.toContain("该邮箱已注册");
    expect(await counts()).toEqual(before);
  });

  it.each(["1111111111", "password12", "QWERTY123456"])(
    "refuses the common password %s beside the field",
    async (password) => {
      const response = await new TestBrowser().post("/signup", signupFields({ password }));
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain('id="signup-password-error"');
      expect(html).toContain("这个密码太常见");
    },
  );

  it("marks the required fields, visibly and for assistive technology", async () => {
    const html = await (await new TestBrowser().get("/signup")).text();
    expect(html).toContain("带 * 的为必填项");
    for (const field of [
      "orgName",
      "orgType",
      "district",
      "uscc",
      "contactName",
      "contactPhone",
      "name",
      "email",
      "password",
    ])
      expect(html).toMatch(new RegExp(`<(input|select)[^>]*id="signup-${field}"[^>]*aria-required="true"`));
    expect(html).toContain('class="required-mark"');
  });
});
