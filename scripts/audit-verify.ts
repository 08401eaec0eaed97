import { closeDb, getDb } from "../db/client";
import { resolveDatabase } from "../db/resolve-database";
import { verifyAuditChain } from "../db/repositories/audit";
import { readEnv } from "../app/server/platform/env.server";

const env = readEnv();
const database = await resolveDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
process.env.DATABASE_URL = database.url;
let exitCode = 0;
try {
  const result = await verifyAuditChain(getDb());
  if (result.ok) {
    console.log(`Audit chain intact: ${result.checked} entries verified.`);
  } else {
    const reasons = {
      sequence: "a gap or reordering in seq (an entry was removed)",
      prevHash: "its prev_hash does not match the entry before it",
      hash: "its content does not match its hash (it was altered)",
    };
    console.error(
      `Audit chain BROKEN at entry seq=${result.firstBreak!.seq}: ${reasons[result.firstBreak!.reason]}. ${result.checked} entries before it verified.`,
    );
    exitCode = 2;
  }
} finally {
  await closeDb();
  await database.release();
}
process.exit(exitCode);
