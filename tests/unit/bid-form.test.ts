import { describe, expect, it } from "vitest";
import { bidContentSchema } from "../../app/forms/bid";

/** The bid form as the browser posts it: every value a string, rows by index, blank rows included. */
const posted = {
  summary: "摘要",
  proposal: { approach: "路线", innovation: "创新", capacity: "基础", risks: "风险" },
  plannedInvestment: "3000000",
  breakdown: [
    { item: "设备", amount: "1800000" },
    { item: "软件", amount: "1200000.50" },
    { item: "", amount: "" },
  ],
  milestones: [
    { date: "2027-06-30", deliverable: "试点上线" },
    { date: "", deliverable: "" },
  ],
  team: [{ name: "张三", role: "负责人", organization: "阿尔法" }, {}],
  responses: [
    { position: "0", response: "响应一" },
    { position: "1", response: "" },
  ],
};

describe("bid form schema (strings in, typed values out)", () => {
  it("parses filled rows, converts yuan to fen and drops blank rows", () => {
    const parsed = bidContentSchema.safeParse(posted);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.plannedInvestment).toBe(300_000_000);
    expect(parsed.data.breakdown).toEqual([
      { item: "设备", amount: 180_000_000 },
      { item: "软件", amount: 120_000_050 },
    ]);
    expect(parsed.data.milestones).toEqual([{ date: "2027-06-30", deliverable: "试点上线" }]);
    expect(parsed.data.team).toHaveLength(1);
    expect(parsed.data.responses).toEqual([{ position: 0, response: "响应一" }]);
  });

  it("reports a half-filled row beside the missing cell, by row index", () => {
    const parsed = bidContentSchema.safeParse({
      ...posted,
      // conform hands over an empty field as undefined
      breakdown: [{ item: "设备" }, { amount: "12.345" }],
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues).toEqual([
      "breakdown.0.amount: err.required",
      "breakdown.1.item: err.required",
      "breakdown.1.amount: err.money.decimals",
    ]);
  });
});
