import { describe, expect, it } from "vitest";
import { normalizeUscc, usccCheckCharacter, usccProblem } from "../../app/domain/uscc";

describe("统一社会信用代码 check character (GB 32100-2015)", () => {
  // Published codes of real, well-known organizations.
  it.each(["91350100M000100Y43", "9144030071526726XG", "91330100799655058B", "91110000802100433B"])(
    "accepts %s",
    (code) => {
      expect(usccProblem(code)).toBeNull();
    },
  );

  it("computes the check character, including the 31 → 0 wrap", () => {
    expect(usccCheckCharacter("91350100M000100Y4")).toBe("3");
    expect(usccCheckCharacter("9144030071526726X")).toBe("G");
    // Exhaustively: changing the check character of a valid code always invalidates it.
    const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    const valid = "91350100M000100Y43";
    for (const c of alphabet) {
      const candidate = valid.slice(0, 17) + c;
      expect(usccProblem(candidate)).toBe(c === "3" ? null : "checkCharacter");
    }
  });

  it.each([
    ["91350100M000100Y44", "checkCharacter"],
    ["9144030071526726XH", "checkCharacter"],
    ["91350100M000100Y4", "format"], // 17 characters
    ["91350100M000100Y433", "format"], // 19 characters
    ["91350100M000100I43", "format"], // I is not in the alphabet
    ["913501O0M000100Y43", "format"], // letters in the administrative division code
    ["91350100m000100y43", "format"], // lower case before normalisation
    ["", "format"],
  ])("rejects %s (%s)", (code, problem) => {
    expect(usccProblem(code)).toBe(problem);
  });

  it("detects a single-character typo and a swap of adjacent characters", () => {
    expect(usccProblem("91350100M000110Y43")).toBe("checkCharacter");
    expect(usccProblem("91350100M001000Y43")).toBe("checkCharacter");
  });

  it("normalises spacing and case before checking", () => {
    expect(normalizeUscc(" 9144030071526726xg ")).toBe("9144030071526726XG");
    expect(usccProblem(normalizeUscc(" 9144030071526726xg "))).toBeNull();
  });
});
