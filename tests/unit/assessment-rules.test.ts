import { describe, expect, it } from "vitest";
import {
  type ConflictFacts,
  drawAssessors,
  hasConflict,
  isOutlier,
  medianCenti,
  projectPasses,
  projectScore,
  seededRandom,
  taskStatusFromProjects,
  weightedScoreCenti,
} from "../../app/domain/assessment";

describe("scores", () => {
  it("weights 0–100 criterion scores into hundredths of a point exactly", () => {
    expect(
      weightedScoreCenti(
        [
          { position: 0, score: 87 },
          { position: 1, score: 93 },
          { position: 2, score: 0 },
        ],
        [60, 40, 0],
      ),
    ).toBe(8940);
    expect(() => weightedScoreCenti([{ position: 0, score: 101 }], [100])).toThrow(RangeError);
    expect(() => weightedScoreCenti([{ position: 0, score: 50 }], [60, 40])).toThrow(RangeError);
  });

  it("takes the mean below five assessors and drops one highest and one lowest from five on", () => {
    expect(projectScore([7000, 8000, 9000])).toEqual({ scoreCenti: 8000, method: "mean", counted: 3 });
    expect(projectScore([8600, 7000, 10000, 4400, 7200])).toEqual({
      scoreCenti: 7600,
      method: "trimmed_mean",
      counted: 3,
    });
    // Only one of two equal extremes is dropped.
    expect(projectScore([9000, 9000, 5000, 5000, 7000, 7000])).toEqual({
      scoreCenti: 7000,
      method: "trimmed_mean",
      counted: 4,
    });
    // Rounded half up to a hundredth: (6000 + 6001) / 2 = 6000.5 → 6001.
    expect(projectScore([6000, 6001]).scoreCenti).toBe(6001);
  });

  it("passes at 60 with no veto", () => {
    expect(projectPasses(6000, false)).toBe(true);
    expect(projectPasses(5999, false)).toBe(false);
    expect(projectPasses(9900, true)).toBe(false);
  });

  it("flags scores more than 20 points from the median", () => {
    const all = [8600, 7000, 10000, 4400, 7200];
    expect(medianCenti(all)).toBe(7200);
    expect(all.filter((s) => isOutlier(s, all))).toEqual([10000, 4400]);
    expect(isOutlier(9200, [7200, 9200, 7000])).toBe(false); // exactly 20 points: not flagged
  });
});

describe("conflicts of interest", () => {
  const base = {
    consortiumOrgIds: [1, 2],
    affiliationOrgIds: [],
    declaredOrgIds: [],
    declaredProject: false,
  };
  const cases: [string, Partial<ConflictFacts>, boolean][] = [
    ["no tie", {}, false],
    ["affiliated with the lead", { affiliationOrgIds: [1] }, true],
    ["affiliated with a member", { affiliationOrgIds: [2] }, true],
    ["affiliated elsewhere", { affiliationOrgIds: [3] }, false],
    ["declared against a member", { declaredOrgIds: [2] }, true],
    ["declared against another organization", { declaredOrgIds: [9] }, false],
    ["declared against this project", { declaredProject: true }, true],
  ];
  for (const [name, facts, expected] of cases)
    it(`${name} → ${expected ? "conflicted" : "clear"}`, () => {
      expect(hasConflict({ ...base, ...facts })).toBe(expected);
    });
});

describe("the draw", () => {
  const pool = [
    { userId: 1, domains: ["ai"], load: 2, conflicted: false },
    { userId: 2, domains: ["ai"], load: 0, conflicted: false },
    { userId: 3, domains: ["5g"], load: 0, conflicted: false },
    { userId: 4, domains: ["ai"], load: 0, conflicted: true },
    { userId: 5, domains: ["ai"], load: 0, conflicted: false },
  ];

  it("never draws the conflicted; domain first, then the lightest load", () => {
    const drawn = drawAssessors(pool, { domain: "ai", needed: 3, random: seededRandom(7) });
    expect(drawn).not.toContain(4);
    expect(drawn.slice(0, 2).sort()).toEqual([2, 5]);
    expect(drawn[2]).toBe(1); // the busier domain expert before the idle non-domain one
    expect(drawAssessors(pool, { domain: "ai", needed: 10, random: seededRandom(7) })).toHaveLength(4);
  });

  it("is replayable from its seed", () => {
    const draw = (seed: number) =>
      drawAssessors(pool, { domain: "ai", needed: 2, random: seededRandom(seed) });
    expect(draw(42)).toEqual(draw(42));
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => draw(seed).join(",")));
    expect(orders).toEqual(new Set(["2,5", "5,2"]));
  });
});

describe("a task with several projects", () => {
  it("is as far along as its least advanced project, and succeeded if any project succeeded", () => {
    expect(taskStatusFromProjects(["assessing", "in_progress"])).toBe("in_progress");
    expect(taskStatusFromProjects(["succeeded", "assessing"])).toBe("assessing");
    expect(taskStatusFromProjects(["failed", "succeeded"])).toBe("succeeded");
    expect(taskStatusFromProjects(["failed", "failed"])).toBe("failed");
  });
});
