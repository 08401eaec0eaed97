import { bilingual, type Message } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";

const JSON_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  "access-control-allow-origin": "*",
};

/** Public, read-only JSON: cacheable for a minute, open to any origin. */
export function apiJson(body: unknown, init: { status?: number; maxAge?: number } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: {
      ...JSON_HEADERS,
      "cache-control":
        init.status && init.status >= 400 ? "no-store" : `public, max-age=${init.maxAge ?? 60}`,
    },
  });
}

/** An API error: what went wrong in both languages, and the parameter that caused it. */
export function apiError(
  status: number,
  message: Message | MessageKey,
  field: string | null = null,
): Response {
  return apiJson({ error: { field, message: bilingual(message) } }, { status });
}
