import { jsonb } from "../jsonb";
import { sql } from "kysely";
import { auditEntryHash, findChainBreak, GENESIS_HASH, type ChainBreak } from "../../app/domain/audit-chain";
import type { Db, DbOrTrx } from "../client";

export interface AuditRecord {
  actorUserId: number | null;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

function asJsonb(value: unknown) {
  return value === null ? null : jsonb<unknown>(value);
}

// Any constant works; it only has to be the same for every writer of the chain.
const AUDIT_CHAIN_LOCK = 74_201_117;

/**
 * Appends entries, in order. Call it inside the transaction that makes the change, so the entries exist exactly
 * when the change does. The advisory lock serialises appenders until commit, which keeps seq gapless; a batch
 * (a list publishing its tasks) takes the lock and reads the chain's head once and inserts in one statement.
 */
export async function appendAudits(trx: DbOrTrx, records: readonly AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  // The chain lock lives as long as a transaction: outside one it would be released before the insert, and two
  // concurrent callers would take the same seq.
  if (!trx.isTransaction) return trx.transaction().execute((inner) => appendAudits(inner, records));
  // Both statements are sent at once (postgres.js pipelines them on the transaction's connection): the lock is
  // held from the first, and the head is read by the second, which runs after it and, under READ COMMITTED, with
  // a snapshot taken then, so it sees the entries of whoever held the lock before. One round trip fewer under it.
  const [, last] = await Promise.all([
    sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx),
    trx.selectFrom("auditLog").select(["seq", "hash"]).orderBy("seq", "desc").limit(1).executeTakeFirst(),
  ]);
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = records.map((record) => {
    const content = {
      seq: ++seq,
      occurredAt: new Date(),
      actorUserId: record.actorUserId,
      action: record.action,
      entityType: record.entityType,
      entityId: String(record.entityId),
      before: record.before ?? null,
      after: record.after ?? null,
      ip: record.ip ?? null,
    };
    const hash = auditEntryHash(content, prevHash);
    const row = {
      ...content,
      before: asJsonb(content.before),
      after: asJsonb(content.after),
      prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  await trx.insertInto("auditLog").values(rows).execute();
}

export function appendAudit(trx: DbOrTrx, record: AuditRecord): Promise<void> {
  return appendAudits(trx, [record]);
}

export async function listAudit(db: DbOrTrx, { limit, offset }: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom("auditLog")
      .leftJoin("users", "users.id", "auditLog.actorUserId")
      .select([
        "auditLog.seq",
        "auditLog.occurredAt",
        "auditLog.action",
        "auditLog.entityType",
        "auditLog.entityId",
        "users.email as actorEmail",
      ])
      .orderBy("auditLog.seq", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom("auditLog")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

/** Re-derives every hash in pages, so a chain of millions of entries verifies in constant memory. */
export async function verifyAuditChain(
  db: Db,
  pageSize = 5000,
): Promise<{ ok: boolean; checked: number; firstBreak: ChainBreak | null }> {
  let last = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const page = await db
      .selectFrom("auditLog")
      .selectAll()
      .where("seq", ">", last.seq)
      .orderBy("seq")
      .limit(pageSize)
      .execute();
    if (page.length === 0) return { ok: true, checked, firstBreak: null };
    const result = findChainBreak(page, last);
    checked += result.checked;
    if (result.break) return { ok: false, checked, firstBreak: result.break };
    last = result.last;
  }
}

/** The newest entry's seq and hash: what anyone can save to prove later that nothing was cut from the end. */
export async function auditChainHead(db: DbOrTrx): Promise<{ seq: number; hash: string } | null> {
  const head = await db
    .selectFrom("auditLog")
    .select(["seq", "hash"])
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  return head ?? null;
}

/**
 * Publishes the chain's current head as `day`'s, unless that day already has one (then, or with an empty chain,
 * nothing happens and null comes back). One statement, so two processes sweeping at once publish one head.
 */
export async function publishAuditHead(db: DbOrTrx, day: string, now: Date) {
  const row = await db
    .insertInto("auditHeads")
    .columns(["day", "seq", "hash", "publishedAt"])
    .expression((eb) =>
      eb
        .selectFrom("auditLog")
        .select([
          sql<string>`${day}::date`.as("day"),
          "auditLog.seq",
          "auditLog.hash",
          sql<Date>`${now}::timestamptz`.as("publishedAt"),
        ])
        .orderBy("auditLog.seq", "desc")
        .limit(1),
    )
    .onConflict((oc) => oc.column("day").doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export function listAuditHeads(db: DbOrTrx, limit: number) {
  return db.selectFrom("auditHeads").selectAll().orderBy("day", "desc").limit(limit).execute();
}

export type SavedHeadCheck = "present" | "truncated" | "rewritten";

/**
 * Whether the chain still holds a head someone saved: "truncated" when it no longer reaches that seq (entries
 * were cut from the end), "rewritten" when the entry at that seq has another hash (the end was replaced).
 */
export async function checkSavedHead(
  db: DbOrTrx,
  saved: { seq: number; hash: string },
): Promise<SavedHeadCheck> {
  const entry = await db
    .selectFrom("auditLog")
    .select("hash")
    .where("seq", "=", saved.seq)
    .executeTakeFirst();
  if (!entry) return "truncated";
  return entry.hash === saved.hash ? "present" : "rewritten";
}
