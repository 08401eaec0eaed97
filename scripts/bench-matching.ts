import { readFileSync } from "node:fs";
import type { SearchEngine } from "../search/engine";
import {
  indexLabelledDocuments,
  matchingQuality,
  type MatchLabels,
} from "../app/server/supply-demand/matching/labelled.server";

/**
 * Matching quality of the supply–demand list (issue 13) for `npm run bench`: the labelled demand→supply pairs of
 * tests/fixtures/sd-match-labels.json over the demo items, precision@5 and recall@10 per engine.
 * `tsx scripts/bench.ts --only matching` prints just this table.
 */
export async function matching(engines: [string, () => Promise<SearchEngine>][]) {
  const labels = JSON.parse(readFileSync("tests/fixtures/sd-match-labels.json", "utf8")) as MatchLabels;
  const demands = new Set(labels.pairs.map((pair) => pair.demand)).size;
  console.log(
    `\nMatching: ${labels.pairs.length} labelled demand→supply pairs over ${demands} demo demands ` +
      "(precision@5 is capped at 0.6 with ≤ 3 labelled supplies per demand; 'attainable' divides by min(5, labelled))",
  );
  console.log(
    "| engine | precision@5 | precision@5 attainable | recall@10 | clearly relevant pairs outside the top 5 |",
  );
  console.log("|---|---|---|---|---|");
  const misses: string[] = [];
  for (const [name, make] of engines) {
    const engine = await make();
    const uid = `matching_${Date.now()}`;
    await indexLabelledDocuments(engine, uid);
    const report = await matchingQuality(engine, uid, labels);
    const missed = report.ranks.filter((r) => r.grade === 2 && (r.rank === null || r.rank > 5));
    for (const r of missed) misses.push(`${name}: ${r.demand} → ${r.supply} (rank ${r.rank ?? "none"})`);
    console.log(
      `| ${name} | ${report.precisionAt5.toFixed(3)} | ${report.precisionAt5Attainable.toFixed(3)} | ` +
        `${report.recallAt10.toFixed(3)} | ${missed.length} |`,
    );
  }
  for (const miss of misses) console.log(`  missed: ${miss}`);
}
