import type { TaskEvent, TaskStatus } from "../domain/task-lifecycle";
import { EVENT_LABEL, STATUS_LABEL } from "./lifecycle-labels";
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

const pluralRules: Record<Locale, Intl.PluralRules> = {
  zh: new Intl.PluralRules("zh-CN"),
  en: new Intl.PluralRules("en"),
};

/** `{days, plural, one {# day} other {# days}}`: a form by the language's plural rules, `#` standing for the number. */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other) \{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /(=\d+|zero|one|two|few|many|other) \{([^{}]*)\}/g;

function pluralText(locale: Locale, value: number, forms: string): string {
  const byName = new Map([...forms.matchAll(PLURAL_FORM)].map((m) => [m[1]!, m[2]!]));
  const form =
    byName.get(`=${value}`) ?? byName.get(pluralRules[locale].select(value)) ?? byName.get("other");
  return (form ?? "").replaceAll("#", String(value));
}

export function translator(locale: Locale): Translate {
  return (key, params) => {
    const text: string = messages[key][locale];
    if (!params) return text;
    return text
      .replace(PLURAL, (match, name: string, forms: string) =>
        name in params ? pluralText(locale, Number(params[name]), forms) : match,
      )
      .replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}

/** A parameter is shown as is, or (a status or an event of the task lifecycle) by its label in the reader's language. */
export type MessageParam = string | number | { status: TaskStatus } | { event: TaskEvent };

/**
 * What the server says to a person, language-neutral until it is shown: a message key and its parameters.
 * Services, rules and API errors carry these; pages and the API translate them at the edge.
 */
export interface Message {
  key: MessageKey;
  params?: Record<string, MessageParam>;
}

export function msg(key: MessageKey, params?: Record<string, MessageParam>): Message {
  return params ? { key, params } : { key };
}

function paramText(value: MessageParam, locale: Locale): string | number {
  if (typeof value !== "object") return value;
  return "status" in value ? STATUS_LABEL[value.status][locale] : EVENT_LABEL[value.event][locale];
}

export function translateMessage(message: Message, locale: Locale): string {
  const params = message.params
    ? Object.fromEntries(
        Object.entries(message.params).map(([name, value]) => [name, paramText(value, locale)]),
      )
    : undefined;
  return translator(locale)(message.key, params);
}

/**
 * A message as the text zod and conform carry (they hold strings): JSON of the message, decoded by `errorText`.
 * Only for schema messages; everything else passes messages as objects.
 */
export function formMessage(key: MessageKey, params: Record<string, MessageParam>): string {
  return JSON.stringify({ key, params });
}

export function decodeFormMessage(text: string): Message | null {
  if (!text.startsWith('{"key":')) return null;
  try {
    const parsed = JSON.parse(text) as { key?: unknown; params?: unknown };
    return typeof parsed.key === "string" && isMessageKey(parsed.key) && typeof parsed.params === "object"
      ? { key: parsed.key, params: parsed.params as Record<string, MessageParam> }
      : null;
  } catch {
    return null;
  }
}

/** A zod issue's message (a key or `formMessage` text) as a message; anything zod said on its own becomes `fallback`. */
export function schemaMessage(text: string, fallback: MessageKey): Message {
  if (isMessageKey(text)) return msg(text);
  return decodeFormMessage(text) ?? msg(fallback);
}

/**
 * Text for an error a form shows: a message, a bare message key or `formMessage` text (zod schemas name their
 * errors so), or text the server already translated into the reader's language.
 */
export function errorText(error: Message | string, locale: Locale): string {
  if (typeof error !== "string") return translateMessage(error, locale);
  if (isMessageKey(error)) return translator(locale)(error);
  const encoded = decodeFormMessage(error);
  return encoded ? translateMessage(encoded, locale) : error;
}

/** Both languages at once, for API errors read by people and programs of either language. */
export function bilingual(message: Message | MessageKey) {
  const m = typeof message === "string" ? msg(message) : message;
  return { zh: translateMessage(m, "zh"), en: translateMessage(m, "en") };
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
