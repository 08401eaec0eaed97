import { msg, type Message, type MessageParam } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";

/** What a service tells a route: the value, or messages beside fields and/or for the whole form. */
export type FieldErrors = Record<string, Message[]>;

export type Outcome<T> =
  { ok: true; value: T } | { ok: false; fieldErrors?: FieldErrors; formError?: Message };

/** A unique index refused the write (optionally: that index, by a part of its name). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint_name?: string } | null;
  return e?.code === "23505" && (constraint === undefined || (e.constraint_name ?? "").includes(constraint));
}

/** A refusal for the whole form. */
export function fail(
  key: MessageKey,
  params?: Record<string, MessageParam>,
): { ok: false; formError: Message } {
  return { ok: false, formError: msg(key, params) };
}

/** A refusal beside the named fields. */
export function fieldFail(fieldErrors: FieldErrors): { ok: false; fieldErrors: FieldErrors } {
  return { ok: false, fieldErrors };
}
