import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openSql } from "../../db/sql-client";
import type { TestProject } from "vitest/node";
import { EMBEDDED_APP_ROLE, ensureLoginRole, urlAs } from "../../db/app-role";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { migrateToLatest } from "../../db/migrate";

export const TEMPLATE_DATABASE = "jiebang_template";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    /** The same server as the restricted role the app runs as (no owner rights, INSERT-only audit_log). */
    postgresAppUrl: string;
    postgresTemplate: string;
  }
}

let server: EmbeddedServer | undefined;
let dataDir: string | undefined;

/**
 * One real PostgreSQL per test run, with a migrated template each test file clones its own database from. The
 * template is migrated by the owner and grants the app role its privileges, which every clone inherits: the tests
 * run as the app runs, as a role that may only append to the audit log.
 */
export async function setup(project: TestProject) {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "jiebang-test-pg-"));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user when we are root and must reach its data directory
  server = await startEmbeddedPostgres(path.join(dataDir, "postgres"));
  const admin = openSql(server.url("postgres"), { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const appPassword = randomBytes(18).toString("base64url");
  await ensureLoginRole(server.url("postgres"), EMBEDDED_APP_ROLE, appPassword);
  await migrateToLatest(server.url(TEMPLATE_DATABASE), { appRole: EMBEDDED_APP_ROLE });
  project.provide("postgresAdminUrl", server.url("postgres"));
  project.provide("postgresAppUrl", urlAs(server.url("postgres"), EMBEDDED_APP_ROLE, appPassword));
  project.provide("postgresTemplate", TEMPLATE_DATABASE);
}

export async function teardown() {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
