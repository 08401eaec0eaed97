import { describe, expect, it } from "vitest";
import {
  acceptanceRate,
  changedFields,
  mayReview,
  percent,
  reviewScopeDecision,
} from "../../app/domain/sd-review";
import { sdContent } from "../../app/server/demo/sd-factories.server";

describe("who reviews an item of the supply–demand list", () => {
  const agency = { agency: "data_bureau" as const, district: null };
  const economy = { agency: "economy_bureau" as const, district: null };
  const hongshan = { agency: null, district: "洪山区" };

  it("agency staff review every item, city-wide ones included", () => {
    for (const scope of [agency, economy]) {
      expect(mayReview(scope, "洪山区")).toBe(true);
      expect(mayReview(scope, "江岸区")).toBe(true);
      expect(mayReview(scope, null)).toBe(true);
    }
  });

  it("district staff review their own district only, never a city-wide item", () => {
    expect(reviewScopeDecision(hongshan, "洪山区")).toEqual({ ok: true });
    expect(reviewScopeDecision(hongshan, "江岸区")).toEqual({ ok: false, reason: "outOfScope" });
    expect(reviewScopeDecision(hongshan, null)).toEqual({ ok: false, reason: "cityWide" });
  });

  it("staff without a scope review nothing", () => {
    for (const scope of [null, undefined, { agency: null, district: null }])
      for (const district of ["洪山区", null])
        expect(reviewScopeDecision(scope, district)).toEqual({ ok: false, reason: "noScope" });
  });
});

describe("what an edit changes", () => {
  it("names exactly the fields that differ, arrays compared by value", () => {
    const published = sdContent("demand");
    const edit = { ...published, title: "新标题", tags: [...published.tags], budgetMaxFen: 120_000_000 };
    expect([...changedFields(published, edit)].sort()).toEqual(["budgetMaxFen", "title"]);
    expect(changedFields(published, { ...published, tags: [...published.tags, "新"] })).toEqual(
      new Set(["tags"]),
    );
  });

  it("a first submission has nothing to compare with", () => {
    expect(changedFields(null, sdContent("supply")).size).toBe(0);
  });
});

describe("ratios", () => {
  it("the acceptance rate counts accepted among answered or lapsed expressions", () => {
    expect(acceptanceRate({ accepted: 3, declined: 1, expired: 0 })).toBe(0.75);
    expect(acceptanceRate({ accepted: 1, declined: 1, expired: 2 })).toBe(0.25);
    expect(acceptanceRate({ accepted: 0, declined: 0, expired: 0 })).toBeNull();
  });

  it("similarity as a whole percentage", () => {
    expect(percent(0.873)).toBe("87%");
    expect(percent(1)).toBe("100%");
  });
});
