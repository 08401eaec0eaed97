/**
 * `npm run audit:verify [-- --head <seq>:<hash> …]`: re-derives every hash of the audit chain, then checks that the
 * chain still holds each head given on the command line (saved from /audit or /api/v1/audit/heads) and each head
 * published in audit_heads. An intact chain cut back at its end passes the first check and fails the second.
 * Exit 0 when all is well, 2 when the chain is broken or a head is missing, 1 on a bad argument.
 */
import { closeDb, getDb } from "../db/client";
import { resolveDatabase } from "../db/resolve-database";
import { auditChainHead, checkSavedHead, listAuditHeads, verifyAuditChain } from "../db/repositories/audit";
import { formatChainHead, parseChainHead } from "../app/domain/audit-chain";
import { readEnv } from "../app/server/platform/env.server";

function savedHeadsFromArgs(args: string[]): { seq: number; hash: string }[] {
  const heads = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const text = arg === "--head" ? args[++i] : arg.startsWith("--head=") ? arg.slice(7) : undefined;
    if (text === undefined) {
      console.error(`Unknown argument ${arg}. Usage: npm run audit:verify -- [--head <seq>:<hash>]…`);
      process.exit(1);
    }
    const head = parseChainHead(text);
    if (!head) {
      console.error(`--head needs <seq>:<64 hex digits>, as /audit publishes it; got "${text}"`);
      process.exit(1);
    }
    heads.push(head);
  }
  return heads;
}

const savedHeads = savedHeadsFromArgs(process.argv.slice(2));
const env = readEnv();
const database = await resolveDatabase(
  { databaseUrl: env.DATABASE_URL, databaseOwnerUrl: env.DATABASE_OWNER_URL, dataDir: env.DATA_DIR },
  () => {},
  () => {}, // reading the chain needs no privilege worth a warning
);
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
  const head = await auditChainHead(getDb());
  const published = (await listAuditHeads(getDb(), 100_000)).map((h) => ({
    ...h,
    name: `head ${formatChainHead(h)} published for ${h.day}`,
  }));
  const given = savedHeads.map((h) => ({ ...h, name: `saved head ${formatChainHead(h)}` }));
  for (const saved of [...given, ...published]) {
    const check = await checkSavedHead(getDb(), saved);
    const name = saved.name;
    if (check === "present") {
      if (given.includes(saved)) console.log(`The ${name} is present in the chain.`);
      continue;
    }
    exitCode = 2;
    console.error(
      check === "truncated"
        ? `Audit chain TRUNCATED: the ${name} is gone; the chain now ends at seq=${head?.seq ?? 0}, so entries were cut from its end.`
        : `Audit chain REWRITTEN: the ${name} no longer matches the entry at seq=${saved.seq}.`,
    );
  }
  if (published.length) console.log(`${published.length} published heads checked.`);
  if (head) console.log(`Current head: ${formatChainHead(head)} (save it; check it later with --head)`);
} finally {
  await closeDb();
  await database.release();
}
process.exit(exitCode);
