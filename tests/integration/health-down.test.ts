import { expect, it, vi } from "vitest";
import { freePort } from "../../db/embedded";
import { TestBrowser } from "../support/app";

it("/healthz answers 503 naming the database when it is unreachable", async () => {
  // Nothing listens on this port: the app's pool is opened lazily from this URL.
  process.env.DATABASE_URL = `postgres://nobody:nothing@127.0.0.1:${await freePort()}/none`;
  const response = await new TestBrowser().healthDetails();
  expect(response.status).toBe(503);
  const body = (await response.json()) as { status: string; db: string; failing: string[] };
  expect(body.status).toBe("error");
  expect(body.failing).toEqual(["db"]);
  expect(body.db).toMatch(/^error: /);
});

it("a page that needs the database answers 500 with the error page, not a stack trace", async () => {
  process.env.DATABASE_URL = `postgres://nobody:nothing@127.0.0.1:${await freePort()}/none`;
  // Remix logs the failure on purpose; this test expects exactly that log.
  vi.mocked(console.error).mockImplementation(() => {});
  const browser = new TestBrowser();
  browser.cookies.set("jb_session", Buffer.from(JSON.stringify("some-token")).toString("base64"));
  const response = await browser.get("/");
  expect(response.status).toBe(500);
  const html = await response.text();
  expect(html).toContain("服务器出错了");
  expect(html).not.toContain("ECONNREFUSED");
  expect(vi.mocked(console.error)).toHaveBeenCalled();
});
