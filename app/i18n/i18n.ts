import { EVENT_LABEL, STATUS_LABEL, type TaskEvent, type TaskStatus } from "../domain/task-lifecycle";
import { messages, type MessageKey } from "./messages";

export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh";

export const htmlLang: Record<Locale, string> = { zh: "zh-CN", en: "en" };

/**
 * Sorts text the same way on the server and in the browser (by pinyin, whatever the reader's language):
 * `localeCompare` without a locale follows each side's default and breaks hydration.
 */
export const textCollator = new Intl.Collator("zh-CN");

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(messages, value);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => {
    const text: string = messages[key][locale];
    return params
      ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
      : text;
  };
}

/** Parameter values that name a label ("status:cancelled", "event:cancel") are shown in the reader's language. */
function localizeParam(value: string | number, locale: Locale): string | number {
  if (typeof value !== "string") return value;
  const [kind, name] = value.split(":", 2) as [string, string | undefined];
  if (kind === "status" && name && name in STATUS_LABEL) return STATUS_LABEL[name as TaskStatus][locale];
  if (kind === "event" && name && name in EVENT_LABEL) return EVENT_LABEL[name as TaskEvent][locale];
  return value;
}

/** Validation messages travel as "key" or "key|{json params}" so the server stays language-neutral. */
export function translateError(t: Translate, code: string, locale: Locale = DEFAULT_LOCALE): string {
  const [key, rawParams] = code.split("|", 2) as [string, string | undefined];
  if (!isMessageKey(key)) return code;
  if (!rawParams) return t(key);
  const params = JSON.parse(rawParams) as Record<string, string | number>;
  return t(
    key,
    Object.fromEntries(Object.entries(params).map(([name, value]) => [name, localizeParam(value, locale)])),
  );
}

/** Both languages at once, for API errors read by people and programs of either language. */
export function bilingual(code: MessageKey | string) {
  return {
    zh: translateError(translator("zh"), code, "zh"),
    en: translateError(translator("en"), code, "en"),
  };
}

const shanghai = {
  zh: new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai",
    dateStyle: "medium",
    timeStyle: "short",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Shanghai",
    dateStyle: "medium",
    timeStyle: "short",
  }),
};

/** Stored in UTC, shown in Asia/Shanghai whatever the viewer's or server's zone. */
export function formatDateTime(locale: Locale, value: Date | string): string {
  return shanghai[locale].format(typeof value === "string" ? new Date(value) : value);
}
