import { getDb } from "../../../../db/client";
import {
  membersOfBatches,
  publishedBatchesOfYear,
  publishedListYears,
  type BatchMemberRow,
} from "../../../../db/repositories/sd-list";
import { toSimplified } from "../../../../search/chinese";
import { SearchEngineError } from "../../../../search/engine";
import { searchEngine } from "../../../../search/runtime";
import { SD_INDEX } from "../../../../search/sd-index";
import { rangeOf } from "../../../domain/sd-list";
import { CITY_WIDE, type BudgetBand, type SdKind } from "../../../domain/supply-demand";

/**
 * The public annual list: published batches only, each member shown with the revision frozen into its batch,
 * never with contact columns (the repository does not select them).
 */

export interface ListRow {
  code: string;
  kind: SdKind;
  title: string;
  summary: string;
  organization: string;
  district: string;
  domain: string;
  category: string | null;
  rangeMinFen: number | null;
  rangeMaxFen: number | null;
  band: BudgetBand;
  isDemo: boolean;
}

export interface ListBatch {
  id: number;
  number: number;
  publishedOn: string;
  items: ListRow[];
}

export interface YearList {
  year: number;
  batches: ListBatch[];
}

export function listRow(member: BatchMemberRow): ListRow {
  const range = rangeOf(member);
  return {
    code: member.code,
    kind: member.kind,
    title: member.title,
    summary: member.summary,
    organization: member.organizationName,
    district: member.district ?? CITY_WIDE,
    domain: member.domain,
    category: member.category,
    rangeMinFen: range.minFen,
    rangeMaxFen: range.maxFen,
    band: range.band,
    isDemo: member.isDemo,
  };
}

export async function publicListYears() {
  return publishedListYears(getDb());
}

/** The year's published batches with their frozen members; undefined when the year has none. */
export async function publicYearList(year: number): Promise<YearList | undefined> {
  const db = getDb();
  const batches = await publishedBatchesOfYear(db, year);
  if (batches.length === 0) return undefined;
  const members = await membersOfBatches(
    db,
    batches.map((b) => b.id),
  );
  return {
    year,
    batches: batches.map((batch) => ({
      id: batch.id,
      number: batch.number,
      publishedOn: batch.publishedOn ?? "",
      items: members.filter((m) => m.batchId === batch.id).map(listRow),
    })),
  };
}

const PAGE = 100;
const MAX_ENGINE_HITS = 1000;

/**
 * Codes of the year's public items the engine finds for `q` (word segmentation, Traditional folded to
 * Simplified, synonyms), or null when the engine is unavailable.
 */
async function engineCodes(year: number, q: string): Promise<Set<string> | null> {
  try {
    const engine = await searchEngine();
    const codes = new Set<string>();
    for (let page = 1; (page - 1) * PAGE < MAX_ENGINE_HITS; page++) {
      const result = await engine.search(SD_INDEX.uid, {
        q,
        filters: { year: [year], visibility: ["public"] },
        facets: [],
        sort: null,
        page,
        hitsPerPage: PAGE,
        highlight: [],
      });
      for (const hit of result.hits) codes.add(String(hit.id));
      if (page * PAGE >= result.totalHits) break;
    }
    return codes;
  } catch (error) {
    if (error instanceof SearchEngineError && error.kind === "unavailable") return null;
    throw error;
  }
}

function textMatches(row: ListRow, q: string): boolean {
  const needle = q.toLowerCase();
  return [row.code, row.title, row.summary, row.organization, row.district].some((text) =>
    toSimplified(text).toLowerCase().includes(needle),
  );
}

/**
 * The list searched inside: the engine's matches among the year's public items, kept when they are batch
 * members, plus members whose FROZEN text holds the query literally (the index holds an item's current
 * published text, which a later approved edit may have changed). `engineUnavailable` says the engine could
 * not answer and only the literal match was used.
 */
export async function searchYearList(
  list: YearList,
  rawQ: string,
): Promise<{ list: YearList; matches: number; engineUnavailable: boolean }> {
  const q = toSimplified(rawQ.trim());
  const all = list.batches.reduce((n, b) => n + b.items.length, 0);
  if (q === "") return { list, matches: all, engineUnavailable: false };
  const codes = await engineCodes(list.year, q);
  const keep = (row: ListRow) => (codes?.has(row.code) ?? false) || textMatches(row, q);
  const batches = list.batches.map((batch) => ({ ...batch, items: batch.items.filter(keep) }));
  return {
    list: { ...list, batches },
    matches: batches.reduce((n, b) => n + b.items.length, 0),
    engineUnavailable: codes === null,
  };
}
