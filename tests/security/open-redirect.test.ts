// Open redirects: every place that redirects to a caller-chosen path (sign-in's redirectTo, the language
// switch's next, notification links) goes through safeRedirect, which judges the URL as a browser resolves it.
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createOrganizationWithOwner } from "../../app/server/demo/factories.server";
import { safeRedirect } from "../../app/server/platform/redirect.server";
import { ORIGIN, TestBrowser } from "../support/app";

/** Each of these, followed by a browser from our origin, would leave the site (or is not a plain path). */
const OFF_SITE = [
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "https://evil.example",
  "http:evil.example",
  "javascript:alert(1)",
  "/.//evil.example",
  "/..//evil.example",
  "/./..//evil.example",
  "/%2e//evil.example",
  "/%2E//evil.example",
  "/%2e%2e//evil.example",
  "/a/..//evil.example",
  "/a/%2e%2e//evil.example",
  "/\t/evil.example",
  "\t//evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/\t\t/evil.example",
  "/.\t//evil.example",
  "/\u0000/evil.example",
  " //evil.example",
  "",
  ".",
  "evil.example",
];

/** Same-site paths keep working, percent-encoded as a Location header needs. */
const SAME_SITE: [string, string][] = [
  ["/org", "/org"],
  ["/tasks?q=AI", "/tasks?q=AI"],
  ["/tasks?q=数据&domain=ai", "/tasks?q=%E6%95%B0%E6%8D%AE&domain=ai"],
  ["/bids/3#files", "/bids/3#files"],
  ["/a/../org", "/org"],
  ["/./org", "/org"],
  ["/%2f%2fevil.example", "/%2f%2fevil.example"],
  ["/tasks?next=//evil.example", "/tasks?next=//evil.example"],
];

describe("safeRedirect", () => {
  it.each(OFF_SITE)("refuses %j", (input) => {
    expect(safeRedirect(input, "/fallback")).toBe("/fallback");
  });

  it.each(SAME_SITE)("keeps %j as %j", (input, expected) => {
    expect(safeRedirect(input, "/fallback")).toBe(expected);
  });

  it("refuses what is not a string", () => {
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(undefined)).toBe("/");
    expect(safeRedirect(new File(["x"], "x.txt"))).toBe("/");
  });

  it("never returns anything a browser would resolve off-site", () => {
    for (const input of [...OFF_SITE, ...SAME_SITE.map(([input]) => input)]) {
      const location = safeRedirect(input);
      expect(new URL(location, ORIGIN).origin, JSON.stringify(input)).toBe(ORIGIN);
      expect(location).toMatch(/^\/(?![/\\])/);
    }
  });
});

const PROBES = [
  "/.//evil.example",
  "/..//evil.example",
  "/%2e//evil.example",
  "/\t/evil.example",
  "/\\evil.example",
];

/** Where a browser at our origin goes when it follows this response's Location. */
function followed(response: Response): URL {
  expect(response.status).toBe(302);
  return new URL(response.headers.get("location")!, ORIGIN);
}

describe("through the real request handler", () => {
  it.each(PROBES)("/lang?next=%j stays on the site", async (next) => {
    const response = await new TestBrowser().get(`/lang?${new URLSearchParams({ to: "en", next })}`);
    const target = followed(response);
    expect(target.origin).toBe(ORIGIN);
    expect(target.pathname).toBe("/");
  });

  it("/lang still returns to the page it came from", async () => {
    const response = await new TestBrowser().get(
      `/lang?${new URLSearchParams({ to: "en", next: "/tasks?q=AI" })}`,
    );
    expect(response.headers.get("location")).toBe("/tasks?q=AI");
  });

  it.each(PROBES)(
    "/login with redirectTo=%j stays on the site (sign-in and already signed in)",
    async (redirectTo) => {
      const email = `redirect${Math.random().toString(36).slice(2)}@example.com`;
      await createOrganizationWithOwner(getDb(), {
        name: `跳转测试单位${email}`,
        owner: { email, name: "跳转测试", password: "correct-horse-battery" },
      });
      const browser = new TestBrowser(`198.51.100.${Math.floor(Math.random() * 200) + 20}`);
      const signIn = await browser.post("/login", { email, password: "correct-horse-battery", redirectTo });
      expect(followed(signIn).origin).toBe(ORIGIN);
      expect(followed(signIn).pathname).toBe("/dashboard");

      const again = await browser.get(`/login?${new URLSearchParams({ redirectTo })}`);
      expect(followed(again).origin).toBe(ORIGIN);
      expect(followed(again).pathname).toBe("/dashboard");
    },
  );
});
