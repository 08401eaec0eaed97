import { msg, type Locale, type Message } from "../i18n/i18n";
/** Where a spreadsheet import went wrong: sheet, Excel row (header = 1) and column header, and what. */
export type ImportRowError = { sheet: string; row: number | null; column: string | null; message: Message };

/**
 * `warnings` (only when there are some) point at imported values that were probably not meant that way;
 * `moreErrors` counts the errors found beyond the first ones listed.
 */
export type ImportResult =
  | { ok: true; created: number; warnings?: ImportRowError[] }
  | { ok: false; errors: ImportRowError[]; moreErrors?: number };

/** What the upload widget received: an import result, or why there is none, in the reader's language. */
export type ImportAnswer = { result: ImportResult } | { problem: Message | string };

/**
 * Reads the import endpoint's answer. Anything but an import result is a problem with the request, never "an
 * error in the file": a redirect to the sign-in page (the session expired), the server's own JSON message
 * (e.g. the forgery guard's), a refusal, or a crash.
 */
export function readImportAnswer(
  answer: { status: number; url: string; text: string },
  importPath: string,
  locale: Locale,
): ImportAnswer {
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    body = undefined;
  }
  if (isImportResult(body)) return { result: body };
  const redirected = answer.url !== "" && new URL(answer.url, "http://x").pathname !== importPath;
  if (redirected || answer.status === 401) return { problem: msg("err.import.session") };
  const own = serverMessage(body, locale);
  if (own) return { problem: own };
  if (answer.status === 403) return { problem: msg("err.import.forbidden", { status: answer.status }) };
  if (answer.status >= 500) return { problem: msg("err.import.server", { status: answer.status }) };
  return { problem: msg("err.import.http", { status: answer.status }) };
}

function isImportResult(body: unknown): body is ImportResult {
  if (typeof body !== "object" || body === null || !("ok" in body)) return false;
  return body.ok === true
    ? "created" in body
    : body.ok === false && "errors" in body && Array.isArray(body.errors);
}

/** `{ error: { message: { zh, en } } }`, as the server's JSON refusals say it. */
function serverMessage(body: unknown, locale: Locale): string | null {
  if (typeof body !== "object" || body === null || !("error" in body)) return null;
  const error = body.error;
  if (typeof error !== "object" || error === null || !("message" in error)) return null;
  const message = error.message;
  if (typeof message !== "object" || message === null || !(locale in message)) return null;
  const text = (message as Record<string, unknown>)[locale];
  return typeof text === "string" && text !== "" ? text : null;
}
