/**
 * `npm run payouts:reconcile [-- --rail bank]…`: compares the ledger with itself (every posting balanced, per
 * award reserved + paid = payable), the payouts with the ledger, and each rail's records with the payouts (bank
 * batches; other rails as registered in railChecks()). Stores the run (shown on /staff/payouts/reconciliation)
 * and prints a report. Exit 0 when nothing differs, 2 when something does, 1 on a bad argument.
 */
import { closeDb, getDb } from "../db/client";
import { resolveDatabase } from "../db/resolve-database";
import { readEnv } from "../app/server/platform/env.server";
import { railChecks, reconcile } from "../app/server/payouts/reconcile.server";

function railsFromArgs(args: string[]): string[] | undefined {
  const rails: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const rail = arg === "--rail" ? args[++i] : arg.startsWith("--rail=") ? arg.slice(7) : undefined;
    if (rail === undefined || !railChecks()[rail]) {
      console.error(
        `Unknown argument ${arg}${rail !== undefined ? ` (rail "${rail}")` : ""}. Usage: npm run payouts:reconcile -- [--rail ${Object.keys(railChecks()).join("|")}]…`,
      );
      process.exit(1);
    }
    rails.push(rail);
  }
  return rails.length ? rails : undefined;
}

const rails = railsFromArgs(process.argv.slice(2));
const env = readEnv();
const database = await resolveDatabase(
  { databaseUrl: env.DATABASE_URL, databaseOwnerUrl: env.DATABASE_OWNER_URL, dataDir: env.DATA_DIR },
  () => {},
  () => {},
);
process.env.DATABASE_URL = database.url;
let exitCode = 0;
try {
  const report = await reconcile(getDb(), { rails });
  console.log(
    `Reconciliation #${report.id}: rails ${report.rails.join(", ") || "none"}; ${report.checked} items checked.`,
  );
  if (report.differences.length === 0) {
    console.log("No differences: the ledger balances and agrees with the payouts and the rails.");
  } else {
    exitCode = 2;
    console.error(`${report.differences.length} difference(s):`);
    for (const d of report.differences)
      console.error(`  [${d.check}] ${d.code} — ${d.subject}: expected ${d.expected}; found ${d.found}`);
  }
} finally {
  await closeDb();
  await database.release();
}
process.exit(exitCode);
