import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createOrganizationWithOwner } from "../../app/server/demo/factories.server";
import { TestBrowser } from "../support/app";

const PASSWORD = "correct-horse-battery";

describe("shell, language and error pages", () => {
  it("home says what the platform is, in Chinese by default with lang=zh-CN", async () => {
    const response = await new TestBrowser().get("/");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).toContain("揭榜挂帅");
    expect(html).toContain("30%");
  });

  it("switches to English and back, returning to the same page", async () => {
    const browser = new TestBrowser();
    const toEnglish = await browser.get("/lang?to=en&next=%2Flogin");
    expect(toEnglish.status).toBe(302);
    expect(toEnglish.headers.get("location")).toBe("/login");
    const english = await (await browser.get("/login")).text();
    expect(english).toContain('<html lang="en"');
    expect(english).toContain("Sign in");
    await browser.get("/lang?to=zh&next=/");
    expect(await (await browser.get("/")).text()).toContain('<html lang="zh-CN"');
    expect((await browser.get("/lang?to=en&next=//evil.example")).headers.get("location")).toBe("/");
    // A page whose address holds Chinese (a search) switches language too; the Location header stays ASCII.
    const search = await browser.get(`/lang?to=zh&next=${encodeURIComponent("/tasks?q=数据")}`);
    expect(search.status).toBe(302);
    expect(search.headers.get("location")).toBe("/tasks?q=%E6%95%B0%E6%8D%AE");
  });

  it("answers 404 with a page in the current language", async () => {
    const browser = new TestBrowser();
    const zh = await browser.get("/no/such/page");
    expect(zh.status).toBe(404);
    expect(await zh.text()).toContain("页面不存在");
    await browser.get("/lang?to=en&next=/");
    const en = await browser.get("/no/such/page");
    expect(en.status).toBe(404);
    expect(await en.text()).toContain("Page not found");
  });

  it("/healthz reports the database", async () => {
    const response = await new TestBrowser().healthDetails();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", db: "ok", failing: [] });
  });
});

describe("invitations", () => {
  it("an owner invites a colleague who creates an account and joins as member", async () => {
    await createOrganizationWithOwner(getDb(), {
      name: "邀请测试单位",
      owner: { email: "boss@example.com", name: "老板", password: PASSWORD },
    });
    const boss = new TestBrowser("198.51.100.40");
    await boss.signIn("boss@example.com", PASSWORD);
    const invited = await boss.post("/org", { email: "Colleague@Example.com" });
    expect(invited.status).toBe(200);
    const link = (await invited.text()).match(/http:\/\/jiebang\.test(\/invite\/[A-Za-z0-9_-]+)/)?.[1];
    expect(link).toBeDefined();

    const colleague = new TestBrowser("198.51.100.41");
    const page = await (await colleague.get(link!)).text();
    expect(page).toContain("邀请测试单位");
    expect(page).toContain("colleague@example.com");
    const short = await colleague.post(link!, { name: "同事", password: "short" });
    expect(short.status).toBe(400);
    const accepted = await colleague.post(link!, { name: "同事", password: "colleague-password" });
    expect(accepted.status).toBe(302);
    const org = await (await colleague.get("/org")).text();
    expect(org).toContain("同事");
    expect(org).not.toContain("生成邀请"); // members cannot invite
    expect((await colleague.post("/org", { email: "x@example.com" })).status).toBe(403);
    // A used link is dead.
    expect(await (await new TestBrowser().get(link!)).text()).toContain("邀请链接无效");
  });
});

describe("browser bundle", () => {
  it("contains no server-only code (db/, search/, drivers, password hashing)", () => {
    const dir = path.resolve("build/client/assets");
    const bundle = readdirSync(dir)
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(path.join(dir, f), "utf8"))
      .join("\n");
    expect(bundle.length).toBeGreaterThan(10_000);
    for (const marker of [
      "pg_advisory_xact_lock",
      "CamelCasePlugin",
      "argon2",
      "DATABASE_URL",
      "postgres.runtime.json",
    ]) {
      expect(bundle, marker).not.toContain(marker);
    }
  });
});
