import { describe, expect, it } from "vitest";
import { messages } from "../../app/i18n/messages";
import { errorText, formMessage, msg, translateMessage, translator } from "../../app/i18n/i18n";
import { safeRedirect } from "../../app/server/platform/redirect.server";

describe("messages", () => {
  it("every message has non-empty Chinese and English with the same placeholders", () => {
    for (const [key, { zh, en }] of Object.entries(messages)) {
      expect(zh.trim(), key).not.toBe("");
      expect(en.trim(), key).not.toBe("");
      // A plural form (`{count, plural, one {# task} other {# tasks}}`) names its parameter too.
      const names = (s: string) => [...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();
      expect(names(zh), key).toEqual(names(en));
    }
  });
  it("translates messages with parameters, and schema text (keys or formMessage) the same way", () => {
    expect(translateMessage(msg("err.tooLong", { max: 50 }), "zh")).toBe("内容过长（最多 50 个字符）");
    expect(errorText(formMessage("err.tooLong", { max: 50 }), "en")).toBe("Too long (at most 50 characters)");
    expect(errorText("err.required", "en")).toBe(translator("en")("err.required"));
    // Text that is neither (already translated by the server) is shown as it is.
    expect(errorText("not.a.key", "en")).toBe("not.a.key");
  });
  it("says one and many in proper English, and the same Chinese for both", () => {
    const en = translator("en");
    expect(en("task.daysLeft", { days: 1 })).toBe("1 day left");
    expect(en("task.daysLeft", { days: 8 })).toBe("8 days left");
    expect(en("task.daysLeft", { days: 0 })).toBe("0 days left");
    expect(en("search.count", { total: 1 })).toBe("1 task");
    expect(en("list.published", { count: 1 })).toBe("The list is published; 1 task is open for bids.");
    expect(en("list.published", { count: 3 })).toBe("The list is published; 3 tasks are open for bids.");
    expect(translator("zh")("task.daysLeft", { days: 1 })).toBe("距截止还有 1 天");
    // No message says "(s)" any more: every count has its forms.
    for (const [key, { en: text }] of Object.entries(messages)) expect(text, key).not.toMatch(/\w\(s\)/);
  });
  it("shows lifecycle parameters in the reader's language", () => {
    const m = msg("err.task.illegalTransition", { from: { status: "draft" }, event: { event: "finalize" } });
    expect(translateMessage(m, "zh")).toContain("草稿");
    expect(translateMessage(m, "en")).toContain("Draft");
  });
  it("survives parameters that contain the old separator and braces (an organization named A|B)", () => {
    const m = msg("err.consortium.memberQuota", { name: 'A|B {"x"}', max: 1 });
    expect(translateMessage(m, "en")).toContain('A|B {"x"}');
    expect(errorText(formMessage(m.key, m.params!), "en")).toContain('A|B {"x"}');
  });
});

describe("safeRedirect", () => {
  it.each([
    ["/org", "/org"],
    ["/tasks?q=AI", "/tasks?q=AI"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["/tasks?q=数据&domain=ai", "/tasks?q=%E6%95%B0%E6%8D%AE&domain=ai"],
    [null, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });
});
