import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { filingRefusal, kindsFiledBy, sdNextAction } from "../../app/domain/sd-items";
import { sdContentToStrings, sdItemInputSchema, type SdItemInputStrings } from "../../app/forms/sd-item";
import { errorText } from "../../app/i18n/i18n";

const now = new Date("2026-12-04T16:00:00Z"); // 2026-12-05 00:00 in Shanghai

const common = {
  title: "智慧停车诱导系统",
  summary: "全区停车位实时诱导",
  description: "需要覆盖 3 万个泊位的实时数据接入与诱导屏发布。",
  domain: "smart_transport",
  tags: "停车, 诱导、物联网",
  district: "江汉区",
  contactName: "王工",
  contactPhone: "027-8888 6666",
  contactEmail: "Wang@Example.cn",
};

const demand: SdItemInputStrings = {
  ...common,
  category: "digital_government",
  expectedOutcome: "三个月内上线试点",
  budgetMin: "50万",
  budgetMax: "2,000,000",
  wantedBy: "2027-06-30",
};

const supply: SdItemInputStrings = {
  ...common,
  district: "",
  supplyKind: "solution",
  maturity: "deployed",
  deployedCustomers: "12",
  referenceCases: "武昌区停车平台",
  districtsServed: ["武昌区", "江汉区"],
  priceMin: "",
  priceMax: "300000",
};

function errors(kind: "demand" | "supply", input: SdItemInputStrings) {
  const parsed = sdItemInputSchema(kind, { now }).safeParse(input);
  if (parsed.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0]);
    (byField[key] ??= []).push(issue.message);
  }
  return byField;
}

describe("sdItemInputSchema", () => {
  it("turns a demand's strings into its content (fen, tags, dates, lower-case email)", () => {
    const parsed = sdItemInputSchema("demand", { now }).parse(demand);
    expect(parsed).toMatchObject({
      title: "智慧停车诱导系统",
      domain: "smart_transport",
      tags: ["停车", "诱导", "物联网"],
      district: "江汉区",
      category: "digital_government",
      budgetMinFen: 50_000_000,
      budgetMaxFen: 200_000_000,
      wantedBy: "2027-06-30",
      contactEmail: "wang@example.cn",
      supplyKind: null,
      districtsServed: [],
      priceMaxFen: null,
    });
  });

  it("turns a supply's strings into its content; an empty district is city-wide", () => {
    const parsed = sdItemInputSchema("supply", { now }).parse(supply);
    expect(parsed).toMatchObject({
      district: null,
      supplyKind: "solution",
      maturity: "deployed",
      deployedCustomers: 12,
      districtsServed: ["江汉区", "武昌区"],
      priceMinFen: null,
      priceMaxFen: 30_000_000,
      category: null,
      budgetMaxFen: null,
      wantedBy: null,
    });
  });

  it("accepts a spreadsheet's list of districts and 全市", () => {
    expect(
      sdItemInputSchema("supply", { now }).parse({ ...supply, districtsServed: "武昌区、洪山区" })
        .districtsServed,
    ).toEqual(["武昌区", "洪山区"]);
    expect(
      sdItemInputSchema("supply", { now }).parse({ ...supply, districtsServed: "全市" }).districtsServed,
    ).toEqual([]);
    expect(sdItemInputSchema("demand", { now }).parse({ ...demand, district: "全市" }).district).toBeNull();
  });

  it("reports every missing required field beside it", () => {
    expect(Object.keys(errors("demand", {})).sort()).toEqual(
      [
        "category",
        "contactEmail",
        "contactName",
        "contactPhone",
        "description",
        "domain",
        "expectedOutcome",
        "summary",
        "title",
      ].sort(),
    );
    expect(Object.keys(errors("supply", {})).sort()).toEqual(
      [
        "contactEmail",
        "contactName",
        "contactPhone",
        "description",
        "domain",
        "maturity",
        "summary",
        "supplyKind",
        "title",
      ].sort(),
    );
  });

  it("refuses a minimum above the maximum, a past wanted-by date and an impossible date", () => {
    expect(errors("demand", { ...demand, budgetMin: "300万", budgetMax: "200万" })).toEqual({
      budgetMax: ["err.sd.rangeOrder"],
    });
    expect(errors("supply", { ...supply, priceMin: "9", priceMax: "1" })).toEqual({
      priceMax: ["err.sd.rangeOrder"],
    });
    expect(errors("demand", { ...demand, wantedBy: "2026-12-04" })).toEqual({
      wantedBy: ["err.sd.wantedByPast"],
    });
    // Today in Shanghai is fine.
    expect(errors("demand", { ...demand, wantedBy: "2026-12-05" })).toEqual({});
    expect(errors("demand", { ...demand, wantedBy: "2027-02-30" })).toEqual({ wantedBy: ["err.date"] });
    expect(errors("demand", { ...demand, budgetMin: "abc" })).toEqual({ budgetMin: ["err.money.format"] });
  });

  it("needs the number of customers of a deployed supply only", () => {
    expect(errors("supply", { ...supply, deployedCustomers: "" })).toEqual({
      deployedCustomers: ["err.sd.deployedCustomers"],
    });
    const pilot = sdItemInputSchema("supply", { now }).parse({ ...supply, maturity: "pilot" });
    expect(pilot.deployedCustomers).toBeNull();
  });

  it("limits tags in number and length, and districts to the city's", () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `标签${i}`).join(",");
    const tooMany = errors("demand", { ...demand, tags: eleven });
    expect(errors("demand", { ...demand, tags: eleven }).tags).toHaveLength(1);
    expect(errorText(tooMany.tags![0]!, "en")).toBe("At most 10 tags");
    const long = errors("demand", { ...demand, tags: "a".repeat(21) });
    expect(errorText(long.tags![0]!, "zh")).toContain("每个最多 20 个字符");
    expect(errors("demand", { ...demand, district: "朝阳区" })).toEqual({ district: ["err.sd.district"] });
    const served = errors("supply", { ...supply, districtsServed: ["武昌区", "浦东新区"] });
    expect(errorText(served.districtsServed![0]!, "en")).toBe("“浦东新区” is not a district of the city");
  });

  it("gives each error in both languages", () => {
    const zh = errorText("err.sd.rangeOrder", "zh");
    const en = errorText("err.sd.rangeOrder", "en");
    expect(zh).toBe("上限不能低于下限");
    expect(en).toBe("The maximum cannot be lower than the minimum");
  });

  it("parses a posted form the way conform hands it over (empty fields are undefined)", () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ ...supply, districtsServed: undefined, priceMax: "" }))
      if (typeof value === "string") form.append(name, value);
    form.append("districtsServed", "武昌区");
    const submission = parseWithZod(form, { schema: sdItemInputSchema("supply", { now }) });
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value.districtsServed).toEqual(["武昌区"]);
    expect(submission.value.priceMaxFen).toBeNull();
  });

  it("round-trips saved content through the form's strings", () => {
    const content = sdItemInputSchema("supply", { now }).parse(supply);
    expect(sdItemInputSchema("supply", { now }).parse(sdContentToStrings(content))).toEqual(content);
    const demandContent = sdItemInputSchema("demand", { now }).parse(demand);
    expect(sdItemInputSchema("demand", { now }).parse(sdContentToStrings(demandContent))).toEqual(
      demandContent,
    );
  });
});

describe("who may file what", () => {
  it("lets only government departments file digital-government demands", () => {
    expect(filingRefusal("government_unit", "demand", "digital_government")).toBeNull();
    expect(filingRefusal("enterprise", "demand", "digital_government")).toBe(
      "err.sd.digitalGovernmentOrgType",
    );
    expect(filingRefusal("enterprise", "demand", "digital_economy")).toBeNull();
    expect(filingRefusal("university", "demand", "digital_economy")).toBe("err.sd.demandOrgType");
  });

  it("lets enterprises, universities and institutes file supplies, not departments", () => {
    expect(filingRefusal("enterprise", "supply", null)).toBeNull();
    expect(filingRefusal("university", "supply", null)).toBeNull();
    expect(filingRefusal("research_institute", "supply", null)).toBeNull();
    expect(filingRefusal("government_unit", "supply", null)).toBe("err.sd.supplyOrgType");
    expect(kindsFiledBy("government_unit")).toEqual(["demand"]);
    expect(kindsFiledBy("enterprise")).toEqual(["demand", "supply"]);
    expect(kindsFiledBy("university")).toEqual(["supply"]);
  });
});

describe("the owner's next action", () => {
  const soon = new Date(now.getTime() + 10 * 86_400_000);
  const later = new Date(now.getTime() + 200 * 86_400_000);
  it("follows the item and its newest revision", () => {
    expect(sdNextAction({ status: "draft", expiresAt: null }, "draft", now)).toBe("complete");
    expect(sdNextAction({ status: "returned", expiresAt: null }, "returned", now)).toBe("revise");
    expect(sdNextAction({ status: "submitted", expiresAt: null }, "submitted", now)).toBe("wait");
    expect(sdNextAction({ status: "published", expiresAt: later }, "submitted", now)).toBe("wait");
    expect(sdNextAction({ status: "published", expiresAt: soon }, "approved", now)).toBe("renew");
    expect(sdNextAction({ status: "published", expiresAt: later }, "approved", now)).toBe("none");
    expect(sdNextAction({ status: "closed", expiresAt: soon }, "approved", now)).toBe("none");
  });
});
