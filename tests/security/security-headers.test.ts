// Security headers on every response: pages carry a CSP whose script nonce is fresh per response and is on every
// script the page holds; everything else gets a policy allowing nothing; no framing, no sniffing, HSTS only in
// production.
import { afterEach, describe, expect, it } from "vitest";
import { TestBrowser } from "../support/app";
import { baseSecurityHeaders, pagePolicy } from "../../app/server/platform/security-headers.server";

function expectCommonHeaders(response: Response) {
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("referrer-policy")).toBe("same-origin");
  expect(response.headers.get("permissions-policy")).toContain("camera=()");
  expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
}

function nonceOf(response: Response): string {
  const csp = response.headers.get("content-security-policy") ?? "";
  const nonce = /script-src [^;]*'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  return nonce!;
}

describe("pages", () => {
  it.each(["/", "/tasks", "/login", "/results", "/no-such-page"])(
    "%s: every script carries the response's nonce; no inline style",
    async (path) => {
      const response = await new TestBrowser().get(path);
      expectCommonHeaders(response);
      const csp = response.headers.get("content-security-policy")!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).not.toContain("unsafe-eval");
      const nonce = nonceOf(response);
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      expect(html).not.toMatch(/<style\b/);
      expect(html).not.toMatch(/\sstyle="/);
    },
  );

  it("the nonce is new for every response", async () => {
    const browser = new TestBrowser();
    const first = nonceOf(await browser.get("/"));
    const second = nonceOf(await browser.get("/"));
    expect(first).not.toBe(second);
    expect(Buffer.from(first, "base64").length).toBeGreaterThanOrEqual(16);
  });
});

describe("everything else", () => {
  it.each(["/api/v1/lists", "/healthz", "/staff/template.xlsx", "/lang?to=en&next=/tasks"])(
    "%s gets the headers and a policy allowing nothing",
    async (path) => {
      const response = await new TestBrowser().get(path);
      expectCommonHeaders(response);
      expect(response.headers.get("content-security-policy")).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
    },
  );

  it("refusals by the forgery check carry them too", async () => {
    const response = await new TestBrowser().request("/login", { method: "POST" });
    expect(response.status).toBe(403);
    expectCommonHeaders(response);
  });
});

describe("HSTS", () => {
  const before = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = before;
  });

  it("is sent in production only", async () => {
    expect((await new TestBrowser().get("/healthz")).headers.get("strict-transport-security")).toBeNull();
    process.env.NODE_ENV = "production";
    const response = await new TestBrowser().get("/healthz");
    expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d{7,}/);
  });

  it("static files get the same base headers", () => {
    expect(baseSecurityHeaders({ production: true })["strict-transport-security"]).toBeDefined();
    expect(baseSecurityHeaders({ production: false })["strict-transport-security"]).toBeUndefined();
  });
});

it("while Vite serves the sources (npm run dev) the page policy is looser, and only then", () => {
  expect(pagePolicy("n", { viteDev: true })).toContain("'unsafe-inline'");
  expect(pagePolicy("n")).not.toContain("'unsafe-inline'");
  expect(pagePolicy("n")).toContain("'nonce-n'");
});
