import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { format } from "node:util";
import { openSql } from "../../db/sql-client";
import { afterAll, beforeAll, inject, vi } from "vitest";
import { closeDb } from "../../db/client";

// A test that makes the app log an error fails, even when its assertions pass.
vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  throw new Error(`console.error was called: ${format(...args)}`);
});

const adminUrl = inject("postgresAdminUrl");
const database = `jiebang_test_${randomBytes(6).toString("hex")}`;
// Account mail (verification links) is written here as .eml files; tests read it with tests/support/mail.ts.
process.env.MAIL_DIR = path.join(tmpdir(), `${database}-mail`);

beforeAll(async () => {
  const admin = openSql(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${database} TEMPLATE ${inject("postgresTemplate")}`);
  await admin.end();
  const inDatabase = (serverUrl: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };
  // The app's role for everything the app does; the owner only for what a test does behind the app's back.
  process.env.DATABASE_URL = inDatabase(inject("postgresAppUrl"));
  process.env.DATABASE_OWNER_URL = inDatabase(adminUrl);
});

afterAll(async () => {
  rmSync(process.env.MAIL_DIR!, { recursive: true, force: true });
  await closeDb();
  const admin = openSql(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
});
