import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface AuditEntryContent {
  seq: number;
  occurredAt: Date;
  actorUserId: number | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  ip: string | null;
}

/** JSON with object keys sorted, so that jsonb's own key reordering never changes a hash. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function auditEntryHash(entry: AuditEntryContent, prevHash: string): string {
  const payload = canonicalJson({
    seq: entry.seq,
    occurredAt: entry.occurredAt.toISOString(),
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: entry.ip,
    prevHash,
  });
  return createHash("sha256").update(payload).digest("hex");
}

export type ChainBreak = { seq: number; reason: "sequence" | "prevHash" | "hash" };

/** Walks entries in seq order and names the first one that does not follow from its predecessor. */
export function findChainBreak(
  entries: Iterable<AuditEntryContent & { prevHash: string; hash: string }>,
  previous: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): { break: ChainBreak | null; last: { seq: number; hash: string }; checked: number } {
  let last = previous;
  let checked = 0;
  for (const entry of entries) {
    if (entry.seq !== last.seq + 1) return { break: { seq: entry.seq, reason: "sequence" }, last, checked };
    if (entry.prevHash !== last.hash) return { break: { seq: entry.seq, reason: "prevHash" }, last, checked };
    if (auditEntryHash(entry, entry.prevHash) !== entry.hash)
      return { break: { seq: entry.seq, reason: "hash" }, last, checked };
    last = { seq: entry.seq, hash: entry.hash };
    checked++;
  }
  return { break: null, last, checked };
}

/** A chain head as published and saved: "<seq>:<64 hex digits>". Null when the text is not one. */
export function parseChainHead(text: string): { seq: number; hash: string } | null {
  const match = /^(\d{1,15}):([0-9a-f]{64})$/i.exec(text.trim());
  if (!match) return null;
  const seq = Number(match[1]);
  return seq > 0 ? { seq, hash: match[2]!.toLowerCase() } : null;
}

export function formatChainHead(head: { seq: number; hash: string }): string {
  return `${head.seq}:${head.hash}`;
}
