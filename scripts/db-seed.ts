import { closeDb } from "../db/client";
import { migrateToLatest } from "../db/migrate";
import { resolveDatabase } from "../db/resolve-database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../app/server/demo/seed.server";
import { readEnv } from "../app/server/platform/env.server";

const env = readEnv();
if (env.NODE_ENV === "production") {
  console.error("db:seed refuses to run when NODE_ENV=production: demo accounts have a published password.");
  process.exit(1);
}
const database = await resolveDatabase({
  databaseUrl: env.DATABASE_URL,
  databaseOwnerUrl: env.DATABASE_OWNER_URL,
  dataDir: env.DATA_DIR,
});
process.env.DATABASE_URL = database.url;
try {
  await migrateToLatest(database.ownerUrl, { appRole: database.appRole });
  const { seeded } = await seedDemo(database.url);
  console.log(seeded ? "Demo data created." : "The database already has users: demo data left as it is.");
  if (seeded)
    for (const account of DEMO_ACCOUNTS)
      console.log(`  ${account.email} / ${DEMO_PASSWORD}  (${account.role})`);
} finally {
  await closeDb();
  await database.release();
}
