import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "../../db/client";
import { createOrganizationWithOwner, makeUscc } from "../../app/server/demo/factories.server";
import { hashToken, newToken } from "../../app/server/identity/auth.server";
import { TestBrowser, signupFields } from "../support/app";

// Every argon2 call the app makes (the mock reaches the production build the requests run on).
const calls = vi.hoisted(() => ({ hash: 0, verify: 0 }));
vi.mock("argon2", async (importOriginal) =>
  (await import("../support/argon2-calls")).countingArgon2(calls)(importOriginal),
);

beforeEach(() => {
  calls.hash = 0;
  calls.verify = 0;
});

let serial = 0;
async function organization() {
  const n = ++serial;
  return createOrganizationWithOwner(getDb(), {
    name: `哈希测试单位${n}`,
    owner: { email: `hash-owner${n}@example.com`, name: `负责人${n}`, passwordHash: "$argon2id$unused" },
  });
}

async function invitation(organizationId: number, invitedBy: number, email: string) {
  const token = newToken();
  await getDb()
    .insertInto("invitations")
    .values({
      tokenHash: hashToken(token),
      organizationId,
      email,
      invitedBy,
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .execute();
  return token;
}

describe("cheap checks before argon2", () => {
  it("sign-up with a registered email hashes nothing", async () => {
    const { owner } = await organization();
    const response = await new TestBrowser("192.0.2.11").post(
      "/signup",
      signupFields({ email: owner.email, uscc: makeUscc() }),
    );
    expect(response.status).toBeLessThan(500);
    expect(calls.hash).toBe(0);
  });

  it("sign-up with a taken credit code hashes nothing", async () => {
    const { organization: taken } = await organization();
    const response = await new TestBrowser("192.0.2.12").post(
      "/signup",
      signupFields({ email: "fresh-code@example.com", uscc: taken.uscc }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("该统一社会信用代码已注册");
    expect(calls.hash).toBe(0);
  });

  it("a new sign-up hashes exactly once", async () => {
    const response = await new TestBrowser("192.0.2.13").post(
      "/signup",
      signupFields({ email: "brand-new@example.com", uscc: makeUscc() }),
    );
    expect(response.status).toBeLessThan(400);
    expect(calls.hash).toBe(1);
  });

  it("accepting an unknown invitation token hashes nothing", async () => {
    const response = await new TestBrowser("192.0.2.14").post(`/invite/${newToken()}`, {
      name: "陌生人",
      password: "a-long-enough-password",
    });
    expect(response.status).toBe(400);
    expect(calls.hash).toBe(0);
  });

  it("accepting an invitation for an existing account while signed out hashes nothing", async () => {
    const { organization: org, owner } = await organization();
    const { owner: other } = await organization();
    const token = await invitation(org.id, owner.id, other.email);
    const response = await new TestBrowser("192.0.2.15").post(`/invite/${token}`, {
      name: "某人",
      password: "a-long-enough-password",
    });
    expect(response.status).toBe(400);
    expect(calls.hash).toBe(0);
  });

  it("a new account from an invitation hashes once", async () => {
    const { organization: org, owner } = await organization();
    const token = await invitation(org.id, owner.id, "invited-new@example.com");
    const response = await new TestBrowser("192.0.2.16").post(`/invite/${token}`, {
      name: "新成员",
      password: "a-long-enough-password",
    });
    expect(response.status).toBe(302);
    expect(calls.hash).toBe(1);
  });
});

describe("per-IP limits on the forms that create accounts", () => {
  it("sign-up: after 10 complete forms from one IP the next is refused with 429 beside the form", async () => {
    const { owner } = await organization();
    const browser = new TestBrowser("192.0.2.21");
    // A registered email costs no hashing but still counts as an attempt.
    for (let i = 0; i < 10; i++) {
      const response = await browser.post("/signup", signupFields({ email: owner.email, uscc: makeUscc() }));
      expect(response.status).toBe(200);
    }
    const refused = await browser.post(
      "/signup",
      signupFields({ email: "late@example.com", uscc: makeUscc() }),
    );
    expect(refused.status).toBe(429);
    const html = await refused.text();
    expect(html).toMatch(/尝试次数过多，请在 \d+ 分钟后重试/);
    expect(html).toContain('id="signup-error"');
    expect(calls.hash).toBe(0);
    // Another address is not affected.
    const elsewhere = await new TestBrowser("192.0.2.22").post(
      "/signup",
      signupFields({ email: owner.email, uscc: makeUscc() }),
    );
    expect(elsewhere.status).toBe(200);
  });

  it("invitation acceptance: after 10 attempts from one IP the next is refused with 429, in English too", async () => {
    const browser = new TestBrowser("192.0.2.23");
    for (let i = 0; i < 10; i++) {
      const response = await browser.post(`/invite/${newToken()}`, {
        name: "猜测者",
        password: "guess-password-1",
      });
      expect(response.status).toBe(400);
    }
    await browser.get("/lang?to=en&next=/");
    const { organization: org, owner } = await organization();
    const token = await invitation(org.id, owner.id, "limited@example.com");
    const refused = await browser.post(`/invite/${token}`, {
      name: "新人",
      password: "a-long-enough-password",
    });
    expect(refused.status).toBe(429);
    const html = await refused.text();
    expect(html).toMatch(/Too many attempts from your network: try again in \d+ minutes?/);
    expect(html).toContain('id="accept-invitation-error"');
    expect(calls.hash).toBe(0);
  });
});
