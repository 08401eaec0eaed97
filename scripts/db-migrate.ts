import { migrateToLatest } from "../db/migrate";
import { resolveDatabase } from "../db/resolve-database";
import { readEnv } from "../app/server/platform/env.server";

const env = readEnv();
const database = await resolveDatabase({
  databaseUrl: env.DATABASE_URL,
  databaseOwnerUrl: env.DATABASE_OWNER_URL,
  dataDir: env.DATA_DIR,
});
try {
  const result = await migrateToLatest(database.ownerUrl, { appRole: database.appRole });
  const applied = result.results ?? [];
  console.log(
    applied.length
      ? applied.map((r) => `${r.status}: ${r.migrationName}`).join("\n")
      : "Database is up to date.",
  );
} finally {
  await database.release();
}
