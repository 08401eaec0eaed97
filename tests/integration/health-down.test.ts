import { expect, it } from "vitest";
import { freePort } from "../../db/embedded";
import { TestBrowser } from "../support/app";

it("/healthz answers 503 naming the database when it is unreachable", async () => {
  // Nothing listens on this port: the app's pool is opened lazily from this URL.
  process.env.DATABASE_URL = `postgres://nobody:nothing@127.0.0.1:${await freePort()}/none`;
  const response = await new TestBrowser().get("/healthz");
  expect(response.status).toBe(503);
  const body = (await response.json()) as { status: string; db: string; failing: string[] };
  expect(body.status).toBe("error");
  expect(body.failing).toEqual(["db"]);
  expect(body.db).toMatch(/^error: /);
});
