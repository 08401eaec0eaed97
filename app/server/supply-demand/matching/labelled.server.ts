import type { SearchEngine } from "../../../../search/engine";
import { SD_INDEX, sdItemDocument } from "../../../../search/sd-index";
import { SEED_SD_ITEMS, type SeedSdDemand, type SeedSdSupply } from "../../../server/demo/seed-data/sd-items";
import { rankCounterparts, sideOf, type MatchSource } from "./rank.server";

/**
 * Matching quality on the labelled set (tests/fixtures/sd-match-labels.json): the demo's published items go into
 * an index of the given engine (no database), every labelled demand asks for its supplies, and precision@5 /
 * recall@10 say how many of the top suggestions are labelled relevant and how many of the relevant ones appear.
 */

export interface MatchLabels {
  pairs: { demand: string; supply: string; grade: 1 | 2 }[];
}

const WAN_FEN = 1_000_000;

/** The demo's published items as search documents, codes made up per kind and position. */
export function labelledDocuments() {
  const documents = [];
  let serial = 0;
  for (const [which, { demands, supplies }] of Object.entries(SEED_SD_ITEMS)) {
    const year = which === "previous" ? 2025 : 2026;
    const entries: ["demand" | "supply", SeedSdDemand | SeedSdSupply][] = [
      ...demands.map((d) => ["demand", d] as ["demand", SeedSdDemand]),
      ...supplies.map((s) => ["supply", s] as ["supply", SeedSdSupply]),
    ];
    for (const [kind, entry] of entries) {
      if (entry.status) continue; // not published
      serial++;
      const demand = kind === "demand" ? (entry as SeedSdDemand) : null;
      const supply = kind === "supply" ? (entry as SeedSdSupply) : null;
      documents.push(
        sdItemDocument({
          code: `${kind === "demand" ? "D" : "S"}-${year}-${String(serial).padStart(4, "0")}`,
          kind,
          year,
          status: "published",
          closeReason: null,
          organizationId: 1,
          organizationName: entry.owner,
          publishedAt: new Date(Date.UTC(year, 5, 1)),
          isDemo: true,
          title: entry.title,
          summary: entry.summary,
          description: `${entry.summary}。\n\n${entry.detail}`,
          domain: entry.domain,
          tags: entry.tags,
          district: demand?.district ?? null,
          districtsServed: supply?.districtsServed ?? [],
          category: demand
            ? entry.owner.startsWith("dept:")
              ? "digital_government"
              : "digital_economy"
            : null,
          expectedOutcome: demand?.expectedOutcome ?? null,
          budgetMinFen: demand?.budgetWan ? demand.budgetWan[0] * WAN_FEN : null,
          budgetMaxFen: demand?.budgetWan ? demand.budgetWan[1] * WAN_FEN : null,
          supplyKind: supply?.kind ?? null,
          maturity: supply?.maturity ?? null,
          deployedCustomers: supply?.customers ?? null,
          referenceCases: supply?.referenceCases ?? null,
          priceMinFen: supply?.priceWan ? supply.priceWan[0] * WAN_FEN : null,
          priceMaxFen: supply?.priceWan ? supply.priceWan[1] * WAN_FEN : null,
        }),
      );
    }
  }
  return documents;
}

/** Indexes the labelled documents under `indexUid` (SD_INDEX's settings). */
export async function indexLabelledDocuments(engine: SearchEngine, indexUid: string) {
  const documents = labelledDocuments();
  await engine.applySettings({ ...SD_INDEX, uid: indexUid });
  await engine.upsert(indexUid, documents);
  return documents;
}

export interface MatchingQuality {
  demands: number;
  pairs: number;
  /** Labelled supplies among the top 5, over 5 (at most 3 are labelled per demand, so at most 0.6). */
  precisionAt5: number;
  /** The same over min(5, labelled supplies of the demand): 1 when every labelled supply is in the top 5. */
  precisionAt5Attainable: number;
  recallAt10: number;
  /** Per labelled demand: the 1-based ranks of its relevant supplies (null: not in the suggestions). */
  ranks: { demand: string; supply: string; grade: number; rank: number | null }[];
}

/** Runs every labelled demand against an index built by indexLabelledDocuments. */
export async function matchingQuality(
  engine: SearchEngine,
  indexUid: string,
  labels: MatchLabels,
): Promise<MatchingQuality> {
  const documents = labelledDocuments();
  const byTitle = new Map(documents.map((document) => [String(document.title), document]));
  const demands = [...new Set(labels.pairs.map((pair) => pair.demand))];
  let precision = 0;
  let attainable = 0;
  let recall = 0;
  const ranks: MatchingQuality["ranks"] = [];
  for (const title of demands) {
    const document = byTitle.get(title);
    if (!document) throw new Error(`labelled demand not in the demo: ${title}`);
    const source: MatchSource = {
      ...sideOf(document),
      code: String(document.id),
      title,
      tags: String(document.tags).split(" ").filter(Boolean),
    };
    const ranked = (await rankCounterparts(engine, indexUid, source)).map((c) => String(c.document.title));
    const relevant = labels.pairs.filter((pair) => pair.demand === title);
    const relevantTitles = new Set(relevant.map((pair) => pair.supply));
    const top5 = ranked.slice(0, 5).filter((t) => relevantTitles.has(t)).length;
    const top10 = ranked.slice(0, 10).filter((t) => relevantTitles.has(t)).length;
    precision += top5 / 5;
    attainable += top5 / Math.min(5, relevantTitles.size);
    recall += top10 / relevantTitles.size;
    for (const pair of relevant) {
      const at = ranked.indexOf(pair.supply);
      ranks.push({ demand: title, supply: pair.supply, grade: pair.grade, rank: at === -1 ? null : at + 1 });
    }
  }
  return {
    demands: demands.length,
    pairs: labels.pairs.length,
    precisionAt5: precision / demands.length,
    precisionAt5Attainable: attainable / demands.length,
    recallAt10: recall / demands.length,
    ranks,
  };
}
