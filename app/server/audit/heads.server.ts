import { getDb } from "../../../db/client";
import { listAuditHeads, publishAuditHead } from "../../../db/repositories/audit";
import { formatChainHead } from "../../domain/audit-chain";
import { shanghaiDate, toShanghaiIso } from "../../domain/time";

/** How many daily heads the page and the API show: three months. */
export const PUBLISHED_HEADS_SHOWN = 90;

/**
 * Publishes today's (Asia/Shanghai) chain head if today has none yet: the minute sweeper calls it, so the first
 * sweep of each day publishes. Returns the head published now, or null.
 */
export function publishDailyAuditHead(now: Date = new Date()) {
  return publishAuditHead(getDb(), shanghaiDate(now), now);
}

export interface PublishedHead {
  day: string;
  seq: number;
  hash: string;
  /** "<seq>:<hash>", what `npm run audit:verify -- --head` takes. */
  head: string;
  publishedAt: string;
}

/** The newest published heads first, as the public page and API show them. */
export async function publishedAuditHeads(): Promise<PublishedHead[]> {
  const heads = await listAuditHeads(getDb(), PUBLISHED_HEADS_SHOWN);
  return heads.map((h) => ({
    day: h.day,
    seq: h.seq,
    hash: h.hash,
    head: formatChainHead(h),
    publishedAt: toShanghaiIso(h.publishedAt),
  }));
}
