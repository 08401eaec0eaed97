import { beforeAll, describe, expect, it } from "vitest";
import labelsJson from "../fixtures/sd-match-labels.json";
import {
  budgetFit,
  counterpartScore,
  districtFit,
  DUPLICATE_THRESHOLD,
  isPossibleDuplicate,
  similarityScore,
  textRelevance,
  type MatchSide,
} from "../../app/domain/sd-matching";
import {
  indexLabelledDocuments,
  labelledDocuments,
  matchingQuality,
  type MatchLabels,
  type MatchingQuality,
} from "../../app/server/supply-demand/matching/labelled.server";
import {
  highlightTerms,
  keyTerms,
  MAX_TERMS,
  rankSimilar,
  sideOf,
} from "../../app/server/supply-demand/matching/rank.server";
import { createEmbeddedEngine } from "../../search/embedded-engine";
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from "../../search/engine";

const labels = labelsJson as MatchLabels;

const demand: MatchSide = {
  kind: "demand",
  domain: "iot",
  district: "洪山区",
  districtsServed: [],
  rangeMinFen: 50_000_000,
  rangeMaxFen: 100_000_000,
  maturity: null,
  deployedCustomers: null,
};
const supply: MatchSide = {
  kind: "supply",
  domain: "iot",
  district: null,
  districtsServed: ["洪山区", "江夏区"],
  rangeMinFen: 80_000_000,
  rangeMaxFen: 200_000_000,
  maturity: "deployed",
  deployedCustomers: 12,
};
const strongText = { relevance: 0.8, sharedTerms: ["漏损监测", "供水管网"] };

describe("scoring and its explanation", () => {
  it("explains a good match with every reason that holds, and scores it in 0..1", () => {
    const { score, reasons } = counterpartScore(demand, supply, strongText);
    expect(score).toBeGreaterThan(0.8);
    expect(score).toBeLessThanOrEqual(1);
    expect(reasons).toEqual([
      { kind: "sharedTerms", terms: ["漏损监测", "供水管网"] },
      { kind: "sameDomain" },
      { kind: "budgetFits" },
      { kind: "sameDistrict" },
      { kind: "mature", maturity: "deployed" },
    ]);
  });

  it("gives no reason that does not hold, and scores the same text lower without them", () => {
    const far: MatchSide = {
      ...supply,
      domain: "ai",
      districtsServed: ["新洲区"],
      rangeMinFen: 500_000_000,
      rangeMaxFen: 900_000_000,
      maturity: "concept",
    };
    const weak = counterpartScore(demand, far, strongText);
    expect(weak.reasons).toEqual([{ kind: "sharedTerms", terms: ["漏损监测", "供水管网"] }]);
    expect(weak.score).toBeLessThan(counterpartScore(demand, supply, strongText).score - 0.3);
    // Text dominates: the same fit without shared text is not a good match.
    expect(counterpartScore(demand, supply, { relevance: 0, sharedTerms: [] }).score).toBeLessThan(0.45);
  });

  it("fits districts: the same district, a city-wide side, or served districts", () => {
    expect(districtFit(demand, supply).reason).toEqual({ kind: "sameDistrict" });
    expect(districtFit(demand, { ...supply, districtsServed: [] }).reason).toEqual({ kind: "cityWide" });
    expect(
      districtFit({ ...demand, district: null }, { ...supply, districtsServed: ["新洲区"] }).reason,
    ).toEqual({
      kind: "cityWide",
    });
    expect(districtFit(demand, { ...supply, districtsServed: ["新洲区"] })).toEqual({ fit: 0, reason: null });
  });

  it("fits budgets: overlap is a reason, a missing range is neutral, apart ranges fit less the further apart", () => {
    expect(budgetFit(demand, supply)).toEqual({ fit: 1, reason: { kind: "budgetFits" } });
    expect(budgetFit(demand, { ...supply, rangeMinFen: null, rangeMaxFen: null })).toEqual({
      fit: 0.5,
      reason: null,
    });
    const near = budgetFit(demand, { ...supply, rangeMinFen: 120_000_000, rangeMaxFen: 150_000_000 });
    const far = budgetFit(demand, { ...supply, rangeMinFen: 900_000_000, rangeMaxFen: 990_000_000 });
    expect(near.reason).toBeNull();
    expect(near.fit).toBeGreaterThan(far.fit);
  });

  it("weighs text relevance by term weight and shares only (nearly) fully matched terms", () => {
    const text = textRelevance([
      { term: "漏损", weight: 3, score: 1 },
      { term: "平台", weight: 1, score: 0.5 },
      { term: "龙门吊", weight: 2, score: 0 },
    ]);
    expect(text.relevance).toBeCloseTo(3.5 / 6);
    expect(text.sharedTerms).toEqual(["漏损"]);
    expect(textRelevance([]).relevance).toBe(0);
  });

  it("builds at most ten query terms, tags first, without generic title words", () => {
    const terms = keyTerms({
      title: "城市道路积水点物联网监测与内涝预警平台建设",
      tags: ["积水监测", "内涝预警", "物联网", "防汛"],
    });
    expect(terms.length).toBeLessThanOrEqual(MAX_TERMS);
    expect(terms.slice(0, 4).map((t) => t.term)).toEqual(["积水监测", "内涝预警", "物联网", "防汛"]);
    expect(terms.map((t) => t.term)).not.toContain("平台");
  });

  it("highlights shared terms (and their words) in a title, Traditional-insensitive", () => {
    expect(highlightTerms("供水管网漏损監測平台", ["漏损监测"])).toBe(`供水管网${S}漏损監測${E}平台`);
    expect(highlightTerms("供水管网", [])).toBe("供水管网");
  });
});

describe("duplicate threshold", () => {
  it("is a possible duplicate from the threshold on", () => {
    expect(isPossibleDuplicate(DUPLICATE_THRESHOLD)).toBe(true);
    expect(isPossibleDuplicate(DUPLICATE_THRESHOLD - 0.001)).toBe(false);
    // Same text alone (no domain, no district) must reach the threshold when most of it is shared.
    const textOnly = similarityScore(demand, { ...demand, domain: "ai", district: "江汉区" }, strongText);
    expect(isPossibleDuplicate(textOnly.score)).toBe(true);
    const little = similarityScore(
      demand,
      { ...demand, district: "江汉区" },
      { relevance: 0.2, sharedTerms: [] },
    );
    expect(isPossibleDuplicate(little.score)).toBe(false);
  });
});

describe("on the demo's labelled set (embedded engine)", () => {
  const engine = createEmbeddedEngine();
  let quality: MatchingQuality;
  beforeAll(async () => {
    await indexLabelledDocuments(engine, "labelled");
    quality = await matchingQuality(engine, "labelled", labels);
  }, 60_000);

  it("ranks a clearly relevant pair in the top 5", () => {
    const pair = quality.ranks.find(
      (r) => r.demand === "城市供水管网漏损智能监测" && r.supply === "供水管网压力与漏损监测终端及平台",
    );
    expect(pair?.rank).toBeLessThanOrEqual(5);
  });

  it("ranks every clearly relevant pair in the top 5 and finds most relevant ones in the top 10", () => {
    const clear = quality.ranks.filter((r) => r.grade === 2);
    expect(clear.length).toBeGreaterThanOrEqual(60);
    expect(clear.filter((r) => r.rank === null || r.rank > 5)).toEqual([]);
    expect(quality.recallAt10).toBeGreaterThan(0.9);
  });

  it("shows the demo's near-duplicate demands as each other's possible duplicates", async () => {
    const documents = labelledDocuments();
    const byTitle = (title: string) => documents.find((d) => d.title === title)!;
    const near = [
      ["12345热线工单大模型智能分派", "市民诉求工单智能分拨与热点分析"],
      ["城市道路积水点物联网监测与内涝预警", "城区易涝点积水实时监测预警平台"],
      ["街面秩序视频智能识别（占道经营、垃圾满溢）", "街道视频监控事件智能发现与网格派单"],
    ];
    const duplicatesOf = async (title: string) => {
      const source = byTitle(title);
      const ranked = await rankSimilar(
        engine,
        "labelled",
        { ...sideOf(source), code: String(source.id), title, tags: String(source.tags).split(" ") },
        true,
      );
      const duplicates = ranked.filter((c) => isPossibleDuplicate(c.score));
      // Few items pass the threshold: it is a warning, not a list.
      expect(duplicates.length, title).toBeLessThanOrEqual(5);
      return duplicates.map((c) => c.document.title);
    };
    // Similarity is not symmetric (each side's own terms): the pair is flagged from at least one side.
    for (const [a, b] of near) {
      const flagged = (await duplicatesOf(a!)).includes(b) || (await duplicatesOf(b!)).includes(a);
      expect(flagged, `${a} / ${b}`).toBe(true);
    }
  });
});
