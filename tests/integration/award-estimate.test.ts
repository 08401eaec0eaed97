import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { DEMO_POLICY, ensurePolicy } from "../../app/server/demo/factories.server";
import { TestBrowser } from "../support/app";

interface ErrorBody {
  error: { field: string | null; message: { zh: string; en: string } };
}

const api = (query: string) => new TestBrowser().get(`/api/v1/award-estimate?${query}`);

async function apiBody(query: string) {
  const response = await api(query);
  expect(response.status, query).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

async function apiProblem(query: string, status = 400) {
  const response = await api(query);
  expect(response.status, query).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/json");
  expect(response.headers.get("cache-control")).toBe("no-store");
  return ((await response.json()) as ErrorBody).error;
}

/** The page with React's text-node separators removed and ampersands unescaped. */
async function pageText(response: Response) {
  return (await response.text()).replaceAll("<!-- -->", "").replaceAll("&amp;", "&");
}

beforeAll(async () => {
  await ensurePolicy(getDb(), { ...DEMO_POLICY, rateBp: 2550, capFen: 100_000_000 });
});

describe("GET /api/v1/award-estimate", () => {
  it("rate: 5,000,000 yuan under the 2022 policy earns 1,500,000 yuan, cacheable and open to any origin", async () => {
    const response = await api("policy=WH-DE-2022&investmentYuan=5000000");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toEqual({
      policyCode: "WH-DE-2022",
      basisFen: 500_000_000,
      rateBp: 3000,
      rawFen: 150_000_000,
      capFen: 200_000_000,
      cappedFen: 150_000_000,
      otherSupportFen: 0,
      payableFen: 150_000_000,
      boundBy: "rate",
      explanation: {
        zh:
          "按《武汉市支持数字经济加快发展若干政策》（WH-DE-2022），奖励 = 项目总投资 ¥5,000,000.00 × 30% = ¥1,500,000.00；" +
          "未超过上限 ¥2,000,000.00，按比例核定 ¥1,500,000.00；未填报市级其他政策支持，应付 ¥1,500,000.00。" +
          "起决定作用的规则：比例（30%）。",
        en:
          "Under “武汉市支持数字经济加快发展若干政策” (WH-DE-2022), award = total project investment ¥5,000,000.00 × 30% = ¥1,500,000.00; " +
          "within the cap of ¥2,000,000.00, so the rate applies: ¥1,500,000.00; no other city support recorded, so ¥1,500,000.00 is payable. " +
          "Binding rule: the rate (30%).",
      },
    });
  });

  it("cap: 10,000,000 yuan earns the 2,000,000 yuan cap", async () => {
    const body = await apiBody("policy=WH-DE-2022&investmentYuan=10000000");
    expect(body).toMatchObject({ rawFen: 300_000_000, cappedFen: 200_000_000, payableFen: 200_000_000 });
    expect(body.boundBy).toBe("cap");
    expect((body.explanation as { zh: string }).zh).toContain(
      "超过上限 ¥2,000,000.00，按上限核定 ¥2,000,000.00",
    );
  });

  it("other: 800,000 yuan of other city support leaves 1,200,000 yuan (就高不重复)", async () => {
    const body = await apiBody("policy=WH-DE-2022&investmentYuan=10000000&otherSupportYuan=800000");
    expect(body).toMatchObject({ otherSupportFen: 80_000_000, payableFen: 120_000_000, boundBy: "other" });
    expect((body.explanation as { zh: string }).zh).toContain("按“就高不重复”原则应付");
    const none = await apiBody("policy=WH-DE-2022&investmentYuan=5000000&otherSupportYuan=1500000");
    expect(none).toMatchObject({ payableFen: 0, boundBy: "other" });
  });

  it("split: the payable amount by shares, the odd fen to the largest remainder; absent without shares", async () => {
    // 5,000,000.04 yuan × 30 % = 1,500,000.012 → 150,000,001 fen; 60 % = 90,000,000.6, 40 % = 60,000,000.4.
    const body = await apiBody("policy=wh-de-2022&investmentYuan=5000000.04&shares=6000,4000");
    expect(body).toMatchObject({ policyCode: "WH-DE-2022", payableFen: 150_000_001 });
    expect(body.split).toEqual([90_000_001, 60_000_000]);
    const three = await apiBody("policy=WH-DE-2022&investmentYuan=3.34&shares=3333,3333,3334");
    expect(three).toMatchObject({ payableFen: 100, split: [33, 33, 34] });
    const blank = await apiBody("policy=WH-DE-2022&investmentYuan=1&otherSupportYuan=&shares=");
    expect(blank).not.toHaveProperty("split");
    expect(blank.otherSupportFen).toBe(0);
  });

  it("follows the policy row: a demo policy with another rate and cap", async () => {
    const body = await apiBody(`policy=${DEMO_POLICY.code}&investmentYuan=1000000.01`);
    // 100,000,001 fen × 25.5 % = 25,500,000.255 → 25,500,000.
    expect(body).toMatchObject({ rateBp: 2550, capFen: 100_000_000, rawFen: 25_500_000, boundBy: "rate" });
    expect((body.explanation as { en: string }).en).toContain(
      "× 25.5% = ¥255,000.00 (fractions of a fen dropped)",
    );
  });

  it("answers 400 naming the parameter, in both languages", async () => {
    const cases: [string, string, string][] = [
      ["investmentYuan=1", "policy", "此项必填"],
      ["policy=WH!&investmentYuan=1", "policy", "政策编号格式不正确"],
      ["policy=WH-DE-2022", "investmentYuan", "此项必填"],
      ["policy=WH-DE-2022&investmentYuan=abc", "investmentYuan", "金额格式不正确"],
      ["policy=WH-DE-2022&investmentYuan=1.234", "investmentYuan", "金额最多两位小数"],
      ["policy=WH-DE-2022&investmentYuan=0", "investmentYuan", "金额必须大于 0"],
      ["policy=WH-DE-2022&investmentYuan=-5", "investmentYuan", "金额不能为负数"],
      ["policy=WH-DE-2022&investmentYuan=1&otherSupportYuan=1.001", "otherSupportYuan", "金额最多两位小数"],
      ["policy=WH-DE-2022&investmentYuan=1&otherSupportYuan=-1", "otherSupportYuan", "金额不能为负数"],
      ["policy=WH-DE-2022&investmentYuan=1&shares=6000,3000", "shares", "份额合计 9000 基点"],
      ["policy=WH-DE-2022&investmentYuan=1&shares=a,b", "shares", "份额应为以英文逗号分隔的整数基点"],
      // Several problems: the first parameter is named.
      ["policy=WH-DE-2022&investmentYuan=x&shares=a", "investmentYuan", "金额格式不正确"],
    ];
    for (const [query, field, zh] of cases) {
      const error = await apiProblem(query);
      expect(error.field, query).toBe(field);
      expect(error.message.zh, query).toContain(zh);
      expect(error.message.en, query).toMatch(/^[A-Z]/);
    }
    expect((await apiProblem("policy=WH-DE-2022&investmentYuan=1&shares=6000,3000")).message.en).toBe(
      "The shares add up to 9000 bp; they must total exactly 10000 (100%)",
    );
  });

  it("answers 404 for an unknown policy", async () => {
    const error = await apiProblem("policy=NO-SUCH-1&investmentYuan=1", 404);
    expect(error).toEqual({
      field: "policy",
      message: { zh: "没有编号为 NO-SUCH-1 的政策", en: "There is no policy with the code NO-SUCH-1" },
    });
  });
});

describe("/calculator", () => {
  it("offers every policy, the demo one labelled, the real one chosen, and no result yet", async () => {
    const response = await new TestBrowser().get("/calculator");
    expect(response.status).toBe(200);
    const html = await pageText(response);
    expect(html).toContain('<form method="get" action="/calculator"');
    expect(html).toMatch(
      /<option value="WH-DE-2022" selected="">WH-DE-2022 · 武汉市支持数字经济加快发展若干政策</,
    );
    expect(html).toContain(`${DEMO_POLICY.code} · ${DEMO_POLICY.title}（演示）`);
    expect(html).not.toContain("result-title");
    expect(html).not.toContain("field-errors");
    const preselected = await pageText(await new TestBrowser().get(`/calculator?policy=${DEMO_POLICY.code}`));
    expect(preselected).toContain(`<option value="${DEMO_POLICY.code}" selected="">`);
    expect(preselected).not.toContain("field-errors");
  });

  it("shows every figure, the binding rule highlighted, the split and the explanation; the address is shareable", async () => {
    const query = "policy=WH-DE-2022&investmentYuan=10000000&otherSupportYuan=800000&shares=6000%2C4000";
    const response = await new TestBrowser().get(`/calculator?${query}`);
    expect(response.status).toBe(200);
    const html = await pageText(response);
    for (const figure of [
      "¥10,000,000.00",
      "30%",
      "¥3,000,000.00",
      "¥2,000,000.00",
      "¥800,000.00",
      "¥1,200,000.00",
    ])
      expect(html).toContain(figure);
    expect(html).toMatch(
      /<tr data-figure="other" data-binding="true"><th scope="row"><mark>市级其他政策支持<\/mark>/,
    );
    expect(html.match(/data-binding="true"/g)).toHaveLength(1);
    expect(html).toContain("起决定作用的规则：就高不重复");
    expect(html).toContain("成员 1（牵头单位）");
    expect(html).toContain("6000 bp (60%)");
    expect(html).toContain("¥720,000.00");
    expect(html).toContain("¥480,000.00");
    expect(html).toContain(
      "已获市级其他政策支持 ¥800,000.00，按“就高不重复”原则应付 ¥2,000,000.00 − ¥800,000.00 = ¥1,200,000.00",
    );
    expect(html).toContain(`href="/api/v1/award-estimate?${query}"`);
    // The form keeps what was typed.
    expect(html).toMatch(/name="investmentYuan"[^>]* value="10000000"/);
    expect(html).toMatch(/name="shares"[^>]* value="6000,4000"/);
  });

  it("shows each problem beside its field, with 400", async () => {
    const response = await new TestBrowser().get(
      "/calculator?policy=WH-DE-2022&investmentYuan=1.234&otherSupportYuan=-3&shares=6000,3000",
    );
    expect(response.status).toBe(400);
    const html = await pageText(response);
    expect(html).toContain(
      '<ul id="investmentYuan-error" class="field-errors"><li>金额最多两位小数</li></ul>',
    );
    expect(html).toContain(
      '<ul id="otherSupportYuan-error" class="field-errors"><li>金额不能为负数</li></ul>',
    );
    expect(html).toContain("份额合计 9000 基点，应恰好为 10000（100%）");
    expect(html).toMatch(/id="investmentYuan"[^>]*aria-invalid="true"/);
    expect(html).not.toContain("result-title");
    const empty = await new TestBrowser().get(
      "/calculator?policy=WH-DE-2022&investmentYuan=&otherSupportYuan=&shares=",
    );
    expect(empty.status).toBe(400);
    expect(await pageText(empty)).toContain(
      '<ul id="investmentYuan-error" class="field-errors"><li>此项必填</li></ul>',
    );
    const unknown = await new TestBrowser().get("/calculator?policy=NOPE-1&investmentYuan=1");
    expect(unknown.status).toBe(400);
    expect(await pageText(unknown)).toContain("没有编号为 NOPE-1 的政策");
  });

  it("speaks English after the language switch", async () => {
    const browser = new TestBrowser();
    await browser.get("/lang?to=en&next=/calculator");
    const result = await pageText(
      await browser.get("/calculator?policy=WH-DE-2022&investmentYuan=6666666.70&shares=3333,3333,3334"),
    );
    expect(result).toContain('<html lang="en"');
    expect(result).toContain("Binding rule: the cap");
    expect(result).toMatch(/<mark>Cap<\/mark>/);
    expect(result).toContain("Member 1 (lead)");
    expect(result).toContain("above the cap of ¥2,000,000.00, so the cap applies: ¥2,000,000.00");
    // 200,000,000 fen × 33.33 % = 66,660,000; × 33.34 % = 66,680,000.
    expect(result).toContain("¥666,600.00");
    expect(result).toContain("¥666,800.00");
    const errors = await browser.get("/calculator?policy=WH-DE-2022&investmentYuan=0&shares=a,b");
    expect(errors.status).toBe(400);
    const html = await pageText(errors);
    expect(html).toContain("The amount must be greater than zero");
    expect(html).toContain("Shares are whole basis points separated by commas, e.g. 6000,4000");
  });
});
