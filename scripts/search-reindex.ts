/**
 * `npm run search:reindex`: builds a new index from PostgreSQL and swaps it in atomically.
 * With MEILI_URL this rebuilds Meilisearch's index. The embedded engine lives inside the app process, which
 * rebuilds it at every start; for a running app use the staff console's "rebuild index" button instead.
 */
import { closeDb } from "../db/client";
import { migrateToLatest } from "../db/migrate";
import { resolveDatabase } from "../db/resolve-database";
import { readEnv } from "../app/server/platform/env.server";
import { searchEngine } from "../search/runtime";
import { reindexAll } from "../search/reindex";

const env = readEnv();
const database = await resolveDatabase({
  databaseUrl: env.DATABASE_URL,
  databaseOwnerUrl: env.DATABASE_OWNER_URL,
  dataDir: env.DATA_DIR,
});
process.env.DATABASE_URL = database.url;
try {
  await migrateToLatest(database.ownerUrl, { appRole: database.appRole });
  const engine = await searchEngine();
  const started = performance.now();
  const counts = await reindexAll(engine);
  const described = Object.entries(counts)
    .map(([index, count]) => `${count} ${index}`)
    .join(", ");
  console.log(
    `${engine.name}: ${described} indexed and swapped in (${Math.round(performance.now() - started)} ms).`,
  );
  if (engine.name === "embedded") {
    console.log(
      "Note: the embedded index lives in the app process; a running app rebuilds its own at start or from /staff/search.",
    );
  }
} finally {
  await closeDb();
  await database.release();
}
