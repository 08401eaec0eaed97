// Safe defaults: the server listens on this machine only unless HOST says otherwise, production refuses to run
// with the demo's accounts, and /healthz tells the public ok / degraded only.
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createOrganizationWithOwner, createUser } from "../../app/server/demo/factories.server";
import { demoAccountEmails, productionStartProblem } from "../../app/server/demo/production-check.server";
import { readEnv } from "../../app/server/platform/env.server";
import { startRuntime } from "../../app/server/runtime.server";
import { signedIn, TestBrowser } from "../support/app";

const PASSWORD = "correct-horse-battery";
const TOKEN = "health-token-for-tests-0123456789";
const saved = { NODE_ENV: process.env.NODE_ENV, HEALTH_TOKEN: process.env.HEALTH_TOKEN };
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("HOST", () => {
  it("defaults to 127.0.0.1; HOST opens it up", () => {
    expect(readEnv({ NODE_ENV: "development" }).HOST).toBe("127.0.0.1");
    expect(readEnv({ NODE_ENV: "development", HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
  });
});

describe("demo accounts in production", () => {
  it("are a reason not to start, in production only", () => {
    expect(productionStartProblem(false, ["admin@demo.local"])).toBeNull();
    expect(productionStartProblem(true, [])).toBeNull();
    const problem = productionStartProblem(true, ["admin@demo.local", "partner01@demo.local"]);
    expect(problem).toContain("NODE_ENV=production");
    expect(problem).toContain("admin@demo.local, partner01@demo.local");
  });

  it("startRuntime refuses NODE_ENV=production while a demo account exists", async () => {
    expect(await demoAccountEmails(getDb())).toEqual([]);
    await createUser(getDb(), {
      email: "expert3@demo.local",
      name: "演示专家",
      password: PASSWORD,
      roles: [],
    });
    expect(await demoAccountEmails(getDb())).toEqual(["expert3@demo.local"]);
    process.env.NODE_ENV = "production";
    const started = await startRuntime({ say: () => {} }).catch((error: Error) => error);
    if (!(started instanceof Error)) await started.stop();
    expect(started).toBeInstanceOf(Error);
    expect((started as Error).message).toContain("expert3@demo.local");
  });
});

describe("/healthz", () => {
  it("publicly says ok and nothing else (200, the readiness check)", async () => {
    process.env.HEALTH_TOKEN = TOKEN;
    const response = await new TestBrowser().get("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("a wrong token, or a token when none is configured, gets the public answer", async () => {
    process.env.HEALTH_TOKEN = TOKEN;
    const wrong = await new TestBrowser().request("/healthz", {
      headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}x` },
    });
    expect(await wrong.json()).toEqual({ status: "ok" });
    delete process.env.HEALTH_TOKEN;
    const unset = await new TestBrowser().request("/healthz", {
      headers: { authorization: "Bearer undefined" },
    });
    expect(await unset.json()).toEqual({ status: "ok" });
  });

  it("details for the HEALTH_TOKEN bearer", async () => {
    process.env.HEALTH_TOKEN = TOKEN;
    const response = await new TestBrowser().request("/healthz", {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(await response.json()).toMatchObject({ status: "ok", db: "ok", failing: [] });
  });

  it("details for staff, not for an organization's owner", async () => {
    await createUser(getDb(), {
      email: "ops@example.com",
      name: "运维",
      password: PASSWORD,
      roles: ["staff"],
    });
    await createOrganizationWithOwner(getDb(), {
      name: "健康检查测试单位",
      owner: { email: "owner-health@example.com", name: "负责人", password: PASSWORD },
    });
    const staff = await signedIn("ops@example.com", PASSWORD, "198.51.100.61");
    expect(await (await staff.get("/healthz")).json()).toMatchObject({ status: "ok", db: "ok" });
    const owner = await signedIn("owner-health@example.com", PASSWORD, "198.51.100.62");
    expect(await (await owner.get("/healthz")).json()).toEqual({ status: "ok" });
  });
});
