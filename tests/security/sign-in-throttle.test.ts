import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "../../db/client";
import { createOrganizationWithOwner } from "../../app/server/demo/factories.server";
import { TestBrowser, signedIn } from "../support/app";

// Every argon2 call the app makes (the mock reaches the production build the requests run on).
const calls = vi.hoisted(() => ({ hash: 0, verify: 0 }));
vi.mock("argon2", async (importOriginal) =>
  (await import("../support/argon2-calls")).countingArgon2(calls)(importOriginal),
);

beforeEach(() => {
  calls.hash = 0;
  calls.verify = 0;
});

const PASSWORD = "owner-password-right";
/** Wrong guesses that get their password checked before the account+IP has to wait between attempts. */
const FREE_GUESSES = 5;
let serial = 0;

async function account() {
  const n = ++serial;
  const email = `throttle${n}@example.com`;
  await createOrganizationWithOwner(getDb(), {
    name: `限流测试单位${n}`,
    owner: { email, name: `负责人${n}`, password: PASSWORD },
  });
  return email;
}

describe("sign-in throttle", () => {
  it("30 concurrent wrong guesses for one account never check more passwords than the limit", async () => {
    const email = await account();
    calls.verify = 0;
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        new TestBrowser("198.51.100.31").signIn(email, `wrong-guess-number-${i}`),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(FREE_GUESSES);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(30 - FREE_GUESSES);
    expect(statuses.every((s) => s === 400 || s === 429)).toBe(true);
    expect(calls.verify).toBeLessThanOrEqual(FREE_GUESSES);
    const refused = responses.find((r) => r.status === 429)!;
    expect(await refused.text()).toMatch(
      /尝试过于频繁，请 \d+ 秒后再试|登录失败次数过多，请在 \d+ 分钟后重试/,
    );
  }, 120_000);

  it("an attacker's failures do not lock the owner out: the owner signs in from another IP", async () => {
    const email = await account();
    // The attacker is made to wait: each wait doubles (1 s, 2 s, 4 s …), so however slow the machine, some of 12
    // guesses in a row arrive inside a wait. (Asserting that one particular later attempt still waits depended on
    // the first 1-second wait outlasting a request, which a loaded CI machine did not guarantee.)
    const attacker: number[] = [];
    for (let i = 0; i < 12; i++)
      attacker.push((await new TestBrowser("198.51.100.32").signIn(email, `attacker-guess-${i}`)).status);
    expect(attacker.slice(0, FREE_GUESSES)).toEqual(Array(FREE_GUESSES).fill(400));
    expect(attacker).toContain(429);
    const owner = await new TestBrowser("203.0.113.33").signIn(email, PASSWORD);
    expect(owner.status).toBe(302);
  }, 120_000);

  it("a success clears the account+IP's count: a few typos later still cost no wait", async () => {
    const email = await account();
    const browser = new TestBrowser("198.51.100.34");
    for (let i = 0; i < FREE_GUESSES - 1; i++)
      expect((await browser.signIn(email, `typo-number-${i}`)).status).toBe(400);
    expect((await browser.signIn(email, PASSWORD)).status).toBe(302);
    for (let i = 0; i < FREE_GUESSES - 1; i++)
      expect((await new TestBrowser("198.51.100.34").signIn(email, `typo-again-${i}`)).status).toBe(400);
    expect((await new TestBrowser("198.51.100.34").signIn(email, PASSWORD)).status).toBe(302);
  }, 120_000);

  it("limits one IP guessing across many accounts (password spraying)", async () => {
    const ip = "198.51.100.35";
    const responses = await Promise.all(
      Array.from({ length: 36 }, (_, i) =>
        new TestBrowser(ip).signIn(`sprayed${i}@example.com`, "Summer2026!!"),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
    expect(calls.verify).toBe(30);
    const email = await account();
    expect((await new TestBrowser(ip).signIn(email, PASSWORD)).status).toBe(429);
    expect((await new TestBrowser("198.51.100.36").signIn(email, PASSWORD)).status).toBe(302);
  }, 120_000);
});

describe("current-password check on /account", () => {
  it("is throttled the same way: concurrent wrong current passwords check at most the limit", async () => {
    const email = await account();
    const browser = await signedIn(email, PASSWORD, "198.51.100.41");
    calls.verify = 0;
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        browser.post("/account", {
          currentPassword: `not-my-password-${i}`,
          newPassword: "a-brand-new-password",
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(FREE_GUESSES);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(20 - FREE_GUESSES);
    expect(calls.verify).toBeLessThanOrEqual(FREE_GUESSES);
    const refused = await responses.find((r) => r.status === 429)!.text();
    // Beside the current-password field, not as a form-level alert.
    expect(refused).toContain('id="password-change-currentPassword-error"');
    expect(refused).toMatch(/尝试过于频繁，请 \d+ 秒后再试|登录失败次数过多，请在 \d+ 分钟后重试/);
  }, 120_000);
});
