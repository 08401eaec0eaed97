import { formMessage } from "../../app/i18n/i18n";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeAward, explainAward, formatRateBp, splitByShares } from "../../app/domain/award";
import { parseYuanToFen } from "../../app/domain/money";
import { awardEstimateInput, awardEstimateSchema } from "../../app/forms/award";

/** 三(六): 30 % of the project's total investment, at most 2,000,000 yuan. */
const WH_DE_2022 = {
  code: "WH-DE-2022",
  title: "武汉市支持数字经济加快发展若干政策",
  rateBp: 3000,
  capFen: 200_000_000,
};

const fen = (yuan: string) => {
  const parsed = parseYuanToFen(yuan);
  if (!parsed.ok) throw new Error(`bad yuan ${yuan}`);
  return parsed.fen;
};

const award = (investment: string, other = "0") => computeAward(WH_DE_2022, fen(investment), fen(other));

/* ---------- arbitraries ---------- */

const MAX_BASIS = 10 ** 15; // 10^13 yuan: the largest amount the yuan parser accepts, and still < 2^53
const basis = fc.oneof(
  fc.integer({ min: 1, max: 2_000_000_000 }), // around the cap, where the rules change over
  fc.integer({ min: 1, max: MAX_BASIS }),
);
const policy = fc.record({
  rateBp: fc.integer({ min: 0, max: 10000 }),
  capFen: fc.oneof(fc.integer({ min: 0, max: 500_000_000 }), fc.integer({ min: 0, max: MAX_BASIS })),
});
const other = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 300_000_000 }), fc.nat());
/** Non-negative integers summing to exactly 10000, 1 to 20 of them. */
const shares = fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 0, maxLength: 19 }).map((cuts) => {
  const sorted = [0, ...cuts.sort((a, b) => a - b), 10000];
  return sorted.slice(1).map((cut, i) => cut - sorted[i]!);
});

describe("award engine properties", () => {
  it("payable is never negative, never above the cap, never above the raw amount", () => {
    fc.assert(
      fc.property(policy, basis, other, (p, b, o) => {
        const a = computeAward(p, b, o);
        expect(a.payableFen).toBeGreaterThanOrEqual(0);
        expect(a.payableFen).toBeLessThanOrEqual(p.capFen);
        expect(a.payableFen).toBeLessThanOrEqual(a.rawFen);
        expect(Number.isSafeInteger(a.payableFen)).toBe(true);
      }),
    );
  });

  it("raw is the floor of basis × rate, capped = min(raw, cap), payable = max(0, capped − other)", () => {
    fc.assert(
      fc.property(policy, basis, other, (p, b, o) => {
        const a = computeAward(p, b, o);
        expect(BigInt(a.rawFen)).toBe((BigInt(b) * BigInt(p.rateBp)) / 10000n);
        expect(a.cappedFen).toBe(Math.min(a.rawFen, p.capFen));
        expect(a.payableFen).toBe(Math.max(0, a.cappedFen - o));
        expect(a).toMatchObject({ basisFen: b, rateBp: p.rateBp, capFen: p.capFen, otherSupportFen: o });
      }),
    );
  });

  it("payable never decreases as the basis grows", () => {
    fc.assert(
      fc.property(policy, basis, fc.nat({ max: 1_000_000_000 }), other, (p, b, step, o) => {
        fc.pre(b + step <= MAX_BASIS);
        expect(computeAward(p, b + step, o).payableFen).toBeGreaterThanOrEqual(
          computeAward(p, b, o).payableFen,
        );
      }),
    );
  });

  it("payable never increases as other support grows", () => {
    fc.assert(
      fc.property(policy, basis, other, fc.nat(), (p, b, o, more) => {
        expect(computeAward(p, b, o + more).payableFen).toBeLessThanOrEqual(computeAward(p, b, o).payableFen);
      }),
    );
  });

  it("boundBy names the rule the figures show bound", () => {
    fc.assert(
      fc.property(policy, basis, other, (p, b, o) => {
        const a = computeAward(p, b, o);
        if (a.payableFen < a.cappedFen) expect(a.boundBy).toBe("other");
        else if (a.rawFen > a.capFen) expect(a.boundBy).toBe("cap");
        else expect(a.boundBy).toBe("rate");
        // Without the bound rule the amount would be higher; with "rate" it is the whole raw amount.
        if (a.boundBy === "rate") expect(a.payableFen).toBe(a.rawFen);
        if (a.boundBy === "cap") expect(a.payableFen).toBe(a.capFen);
        if (a.boundBy === "other") expect(a.otherSupportFen).toBeGreaterThan(0);
      }),
    );
  });

  it("an amount that reaches the cap exactly is bound by the rate: the cap cut nothing", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), basis, (rateBp, b) => {
        const rawFen = Number((BigInt(b) * BigInt(rateBp)) / 10000n);
        const a = computeAward({ rateBp, capFen: rawFen }, b);
        expect(a).toMatchObject({ cappedFen: rawFen, payableFen: rawFen, boundBy: "rate" });
        if (rawFen > 0) expect(computeAward({ rateBp, capFen: rawFen - 1 }, b).boundBy).toBe("cap");
      }),
    );
  });

  it("the explanation quotes every figure and names the bound rule in both languages", () => {
    fc.assert(
      fc.property(policy, basis, other, (p, b, o) => {
        const a = computeAward(p, b, o);
        const text = explainAward(a, WH_DE_2022);
        for (const amount of [a.basisFen, a.rawFen, a.capFen, a.payableFen])
          for (const language of [text.zh, text.en]) expect(language).toContain(formatFenForTest(amount));
        expect(text.zh).toContain(formatRateBp(a.rateBp));
        expect(text.zh).toContain(
          { rate: "起决定作用的规则：比例", cap: "起决定作用的规则：上限", other: "就高不重复" }[a.boundBy],
        );
        expect(text.en).toContain(
          { rate: "Binding rule: the rate", cap: "Binding rule: the cap", other: "Binding rule: highest" }[
            a.boundBy
          ],
        );
      }),
      { numRuns: 200 },
    );
  });

  it("the split sums to the total exactly, each part within one fen of its exact share", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_BASIS }), shares, (total, bp) => {
        const parts = splitByShares(total, bp);
        expect(parts).toHaveLength(bp.length);
        expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
        parts.forEach((part, i) => {
          const exact = BigInt(total) * BigInt(bp[i]!);
          const floor = exact / 10000n;
          const ceil = floor + (exact % 10000n === 0n ? 0n : 1n);
          expect(BigInt(part) >= floor && BigInt(part) <= ceil, `part ${i} of ${bp.join(",")}`).toBe(true);
        });
      }),
    );
  });

  it("the split of a computed award sums to its payable amount", () => {
    fc.assert(
      fc.property(policy, basis, other, shares, (p, b, o, bp) => {
        const a = computeAward(p, b, o);
        expect(splitByShares(a.payableFen, bp).reduce((sum, part) => sum + part, 0)).toBe(a.payableFen);
      }),
    );
  });
});

function formatFenForTest(amount: number): string {
  // Independent of formatFen: Intl's grouping of the yuan amount.
  const yuan = BigInt(amount) / 100n;
  const cents = String(amount % 100).padStart(2, "0");
  return `¥${yuan.toLocaleString("en-US")}.${cents}`;
}

describe("worked examples from the policy text (30 % of total investment, at most 2,000,000 yuan)", () => {
  it("5,000,000 yuan earns 1,500,000 at the rate", () => {
    expect(award("5000000")).toEqual({
      basisFen: 500_000_000,
      rateBp: 3000,
      rawFen: 150_000_000,
      capFen: 200_000_000,
      cappedFen: 150_000_000,
      otherSupportFen: 0,
      payableFen: 150_000_000,
      boundBy: "rate",
    });
  });

  it("6,666,666.66 yuan stays one fen under the cap: 1,999,999.99 at the rate (0.8 of a fen dropped)", () => {
    const a = award("6666666.66");
    expect(a).toMatchObject({ rawFen: 199_999_999, cappedFen: 199_999_999, payableFen: 199_999_999 });
    expect(a.boundBy).toBe("rate");
  });

  it("6,666,666.67 yuan reaches exactly the cap: the rate's doing, not the cap's (nothing was cut)", () => {
    // 666,666,667 fen × 30 % = 200,000,000.1 fen → 200,000,000.
    expect(award("6666666.67")).toMatchObject({
      rawFen: 200_000_000,
      payableFen: 200_000_000,
      boundBy: "rate",
    });
    expect(award("6666666.69")).toMatchObject({
      rawFen: 200_000_000,
      payableFen: 200_000_000,
      boundBy: "rate",
    });
  });

  it("6,666,666.70 yuan passes the cap by one fen and the cap binds", () => {
    const a = award("6666666.70");
    expect(a).toMatchObject({ rawFen: 200_000_001, cappedFen: 200_000_000, payableFen: 200_000_000 });
    expect(a.boundBy).toBe("cap");
  });

  it("10,000,000 yuan earns the cap of 2,000,000", () => {
    expect(award("10000000")).toMatchObject({ rawFen: 300_000_000, payableFen: 200_000_000, boundBy: "cap" });
  });

  it("就高不重复: with 800,000 yuan of other city support, 10,000,000 yuan earns 1,200,000", () => {
    expect(award("10000000", "800000")).toMatchObject({
      cappedFen: 200_000_000,
      otherSupportFen: 80_000_000,
      payableFen: 120_000_000,
      boundBy: "other",
    });
  });

  it("other support at or above the award leaves nothing to pay", () => {
    expect(award("10000000", "2000000")).toMatchObject({ payableFen: 0, boundBy: "other" });
    expect(award("5000000", "3000000")).toMatchObject({ payableFen: 0, boundBy: "other" });
    expect(award("5000000", "1499999.99")).toMatchObject({ payableFen: 1, boundBy: "other" });
  });

  it("other support does not bind an award that is already zero", () => {
    // 0.03 yuan × 30 % = 0.009 yuan → 0 fen.
    expect(award("0.03", "100")).toMatchObject({ rawFen: 0, payableFen: 0, boundBy: "rate" });
  });

  it("odd fen amounts round down, never up", () => {
    expect(award("0.01")).toMatchObject({ rawFen: 0, payableFen: 0 });
    expect(award("0.04")).toMatchObject({ rawFen: 1, payableFen: 1 }); // 1.2 fen
    expect(award("123.45")).toMatchObject({ rawFen: 3703 }); // 37.035 yuan
    expect(award("3333333.33")).toMatchObject({ rawFen: 99_999_999 }); // 999,999.999
  });

  it("splits 1,500,000.01 yuan 60/40: the odd fen goes to the larger remainder", () => {
    // 150,000,001 × 0.6 = 90,000,000.6; × 0.4 = 60,000,000.4
    expect(splitByShares(150_000_001, [6000, 4000])).toEqual([90_000_001, 60_000_000]);
    expect(splitByShares(150_000_001, [4000, 6000])).toEqual([60_000_000, 90_000_001]);
  });

  it("splits three ways 3333/3333/3334 with a remainder", () => {
    // 100 fen: 33.33, 33.33, 33.34 → 33, 33, 33 and one fen left for the largest remainder (0.34).
    expect(splitByShares(100, [3333, 3333, 3334])).toEqual([33, 33, 34]);
    // 200 fen: 66.66, 66.66, 66.68 → remainders .66, .66, .68: the last, then the first.
    expect(splitByShares(200, [3333, 3333, 3334])).toEqual([67, 66, 67]);
    // 1,500,000.00 yuan: 49,995,000 / 49,995,000 / 50,010,000 exactly.
    expect(splitByShares(150_000_000, [3333, 3333, 3334])).toEqual([49_995_000, 49_995_000, 50_010_000]);
  });

  it("ties in the remainder go to the earlier member (the lead is first)", () => {
    expect(splitByShares(1, [5000, 5000])).toEqual([1, 0]);
    expect(splitByShares(2, [3334, 3333, 3333])).toEqual([1, 1, 0]);
    expect(splitByShares(101, [2500, 2500, 2500, 2500])).toEqual([26, 25, 25, 25]);
  });

  it("a zero share gets nothing, a single member gets everything", () => {
    expect(splitByShares(99_999, [0, 10000])).toEqual([0, 99_999]);
    expect(splitByShares(12_345, [10000])).toEqual([12_345]);
    expect(splitByShares(0, [6000, 4000])).toEqual([0, 0]);
  });

  it("refuses what cannot be an award or a split", () => {
    expect(() => computeAward(WH_DE_2022, 0)).toThrow(RangeError);
    expect(() => computeAward(WH_DE_2022, -1)).toThrow(RangeError);
    expect(() => computeAward(WH_DE_2022, 1.5)).toThrow(RangeError);
    expect(() => computeAward(WH_DE_2022, 100, -1)).toThrow(RangeError);
    expect(() => computeAward({ rateBp: 10001, capFen: 1 }, 100)).toThrow(RangeError);
    expect(() => computeAward({ rateBp: 3000, capFen: -1 }, 100)).toThrow(RangeError);
    expect(() => splitByShares(100, [6000, 3000])).toThrow(RangeError);
    expect(() => splitByShares(100, [11000, -1000])).toThrow(RangeError);
    expect(() => splitByShares(100, [])).toThrow(RangeError);
    expect(() => splitByShares(-1, [10000])).toThrow(RangeError);
  });
});

describe("explanation", () => {
  it("rate: every figure of the formula, in yuan", () => {
    const text = explainAward(award("5000000"), WH_DE_2022);
    expect(text.zh).toBe(
      "按《武汉市支持数字经济加快发展若干政策》（WH-DE-2022），奖励 = 项目总投资 ¥5,000,000.00 × 30% = ¥1,500,000.00；" +
        "未超过上限 ¥2,000,000.00，按比例核定 ¥1,500,000.00；未填报市级其他政策支持，应付 ¥1,500,000.00。" +
        "起决定作用的规则：比例（30%）。",
    );
    expect(text.en).toBe(
      "Under “武汉市支持数字经济加快发展若干政策” (WH-DE-2022), award = total project investment ¥5,000,000.00 × 30% = ¥1,500,000.00; " +
        "within the cap of ¥2,000,000.00, so the rate applies: ¥1,500,000.00; no other city support recorded, so ¥1,500,000.00 is payable. " +
        "Binding rule: the rate (30%).",
    );
  });

  it("cap, with the dropped fraction of a fen said", () => {
    const text = explainAward(award("6666666.71"), WH_DE_2022);
    expect(text.zh).toContain(
      "= ¥2,000,000.01（不足 1 分的部分舍去）；超过上限 ¥2,000,000.00，按上限核定 ¥2,000,000.00",
    );
    expect(text.zh).toContain("起决定作用的规则：上限（¥2,000,000.00）");
    expect(text.en).toContain("above the cap of ¥2,000,000.00, so the cap applies: ¥2,000,000.00");
    expect(text.en).toContain("Binding rule: the cap (¥2,000,000.00)");
  });

  it("就高不重复, partly and wholly", () => {
    const partly = explainAward(award("10000000", "800000"), WH_DE_2022);
    expect(partly.zh).toContain(
      "已获市级其他政策支持 ¥800,000.00，按“就高不重复”原则应付 ¥2,000,000.00 − ¥800,000.00 = ¥1,200,000.00",
    );
    expect(partly.zh).toMatch(/起决定作用的规则：就高不重复/);
    expect(partly.en).toContain("¥2,000,000.00 − ¥800,000.00 = ¥1,200,000.00 is payable");
    const wholly = explainAward(award("5000000", "2000000"), WH_DE_2022);
    expect(wholly.zh).toContain("不低于本项奖励 ¥1,500,000.00，按“就高不重复”原则应付 ¥0.00");
    expect(wholly.en).toContain("is not less than this award of ¥1,500,000.00");
  });

  it("rates other than whole percents", () => {
    expect(formatRateBp(3000)).toBe("30%");
    expect(formatRateBp(2550)).toBe("25.5%");
    expect(formatRateBp(3333)).toBe("33.33%");
    expect(formatRateBp(5)).toBe("0.05%");
    expect(formatRateBp(10000)).toBe("100%");
    expect(formatRateBp(0)).toBe("0%");
  });
});

describe("estimate query schema", () => {
  const parse = (query: string) =>
    awardEstimateSchema.safeParse(awardEstimateInput(new URLSearchParams(query)));
  const problem = (query: string) => {
    const result = parse(query);
    if (result.success) throw new Error(`expected a problem with ${query}`);
    return result.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
  };

  it("reads yuan as fen, shares as basis points, blanks as absent", () => {
    expect(
      parse("policy=wh-de-2022&investmentYuan=6666666.7&otherSupportYuan=&shares=6000, 4000").data,
    ).toEqual({
      policyCode: "WH-DE-2022",
      basisFen: 666_666_670,
      otherSupportFen: 0,
      sharesBp: [6000, 4000],
    });
    expect(parse("policy=WH-DE-2022&investmentYuan=1&otherSupportYuan=0").data).toMatchObject({
      otherSupportFen: 0,
      sharesBp: null,
    });
    expect(parse("policy=WH-DE-2022&investmentYuan=1&shares=3333，3333，3334").data?.sharesBp).toEqual([
      3333, 3333, 3334,
    ]);
  });

  it("one message per problem, naming its parameter", () => {
    expect(problem("investmentYuan=1")).toEqual(["policy: err.required"]);
    expect(problem("policy=W!&investmentYuan=1")).toEqual(["policy: err.award.policy"]);
    expect(problem("policy=WH-DE-2022")).toEqual(["investmentYuan: err.required"]);
    expect(problem("policy=WH-DE-2022&investmentYuan=")).toEqual(["investmentYuan: err.required"]);
    expect(problem("policy=WH-DE-2022&investmentYuan=abc")).toEqual(["investmentYuan: err.money.format"]);
    expect(problem("policy=WH-DE-2022&investmentYuan=1.234")).toEqual(["investmentYuan: err.money.decimals"]);
    expect(problem("policy=WH-DE-2022&investmentYuan=0")).toEqual(["investmentYuan: err.money.positive"]);
    expect(problem("policy=WH-DE-2022&investmentYuan=0.00")).toEqual(["investmentYuan: err.money.positive"]);
    expect(problem("policy=WH-DE-2022&investmentYuan=-5")).toEqual(["investmentYuan: err.money.negative"]);
    expect(problem("policy=WH-DE-2022&investmentYuan=1&otherSupportYuan=-1")).toEqual([
      "otherSupportYuan: err.money.negative",
    ]);
    expect(problem("policy=WH-DE-2022&investmentYuan=1&shares=6000,3000")).toEqual([
      `shares: ${formMessage("err.award.shares.sum", { total: 9000 })}`,
    ]);
    expect(problem("policy=WH-DE-2022&investmentYuan=1&shares=a,b")).toEqual([
      "shares: err.award.shares.format",
    ]);
    expect(problem("policy=WH-DE-2022&investmentYuan=1&shares=6000,,4000")).toEqual([
      "shares: err.award.shares.format",
    ]);
    expect(problem("policy=WH-DE-2022&investmentYuan=1&shares=-1000,11000")).toEqual([
      "shares: err.award.shares.format",
    ]);
    expect(problem(`policy=WH-DE-2022&investmentYuan=1&shares=${Array(21).fill("0").join(",")}`)).toEqual([
      `shares: ${formMessage("err.award.shares.count", { max: 20 })}`,
    ]);
    expect(
      parse(`policy=WH-DE-2022&investmentYuan=1&shares=${[...Array(19).fill("0"), "10000"]}`).success,
    ).toBe(true);
    expect(problem("investmentYuan=-1&shares=x")).toEqual([
      "policy: err.required",
      "investmentYuan: err.money.negative",
      "shares: err.award.shares.format",
    ]);
  });
});
