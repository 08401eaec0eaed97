import { describe, expect, it } from "vitest";
import { bidContentSchema, memberTermsSchema } from "../../app/forms/bid";
import { decodeFormMessage, isMessageKey } from "../../app/i18n/i18n";

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

describe("every refusal of the bid forms is one of our messages", () => {
  /** A message key or formMessage text: what the page translates; zod's own English ("Invalid input") is neither. */
  const ours = (message: string) => isMessageKey(message) || decodeFormMessage(message) !== null;

  it("an unreadable planned investment says so in a message of ours, not zod's union error", () => {
    const parsed = bidContentSchema.safeParse({ ...posted, plannedInvestment: "abc" });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "plannedInvestment: err.money.format",
    ]);
  });

  it("reads amounts as people write them: 950万, 9,500,000 and a missing one as zero", () => {
    for (const text of ["950万", "9,500,000", "950万元"]) {
      const parsed = bidContentSchema.safeParse({ ...posted, plannedInvestment: text });
      expect(parsed.success && parsed.data.plannedInvestment).toBe(950_000_000);
    }
    const missing = bidContentSchema.safeParse({ ...posted, plannedInvestment: undefined });
    expect(missing.success && missing.data.plannedInvestment).toBe(0);
  });

  it("bad values in every kind of field and in the consortium terms", () => {
    const content = bidContentSchema.safeParse({
      ...posted,
      plannedInvestment: "-5",
      breakdown: [{ item: "设备", amount: "abc" }],
      milestones: [{ date: "2027-02-30x", deliverable: "x" }],
      responses: [{ position: "x", response: "r" }],
    });
    const terms = [
      { organizationId: "1", share: "150", workDivision: "x" },
      { organizationId: "1", share: "abc", workDivision: "x" },
      { organizationId: "abc", share: "10", workDivision: "" },
    ].map((input) => memberTermsSchema.safeParse(input));
    const messages = [content, ...terms].flatMap((result) =>
      result.success ? [] : result.error.issues.map((issue) => issue.message),
    );
    expect(messages.length).toBeGreaterThanOrEqual(8);
    expect(messages.filter((message) => !ours(message))).toEqual([]);
  });
});
