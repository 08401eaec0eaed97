import { randomBytes, timingSafeEqual } from "node:crypto";
import { bilingual } from "../../i18n/i18n";
import {
  bodyLimitOf,
  capStream,
  declaresTooMuch,
  isMultipart,
  payloadTooLarge,
  readBodyUpTo,
  UPLOAD_BODY_LIMIT_BYTES,
  withBody,
} from "./body-limit.server";
import { csrfCookie } from "./cookies.server";

export const CSRF_FIELD = "csrf";
export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/**
 * Posts that no page of ours makes and that no cookie authenticates: the sender signs the raw body instead
 * (Stripe's webhooks, verified by their route with STRIPE_WEBHOOK_SECRET). They carry no Origin and no token;
 * only the body limit applies here. Exact paths only.
 */
const SIGNED_WEBHOOK_PATHS = new Set(["/webhooks/stripe"]);
/** A multipart form's first part (its headers and the token) fits in this; past it the form is refused. */
const FIRST_PART_WINDOW = 8 * 1024;

export function newCsrfToken(): string {
  return randomBytes(32).toString("base64url");
}

export async function readCsrfCookie(request: Request): Promise<string | null> {
  const value: unknown = await csrfCookie().parse(request.headers.get("cookie"));
  return typeof value === "string" && value.length >= 32 ? value : null;
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function requestOrigin(request: Request): string | null {
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") return origin;
  const referer = request.headers.get("referer");
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

function forbidden(reason: string): Response {
  return new Response(JSON.stringify({ error: { reason, message: bilingual("err.csrf") } }), {
    status: 403,
    headers: { "content-type": "application/json; charset=utf-8", connection: "close" },
  });
}

/** The csrf field of a urlencoded body, found by a scan (the route parses the form, once). */
function urlencodedToken(body: Uint8Array): string | null {
  const text = Buffer.from(body).toString("latin1");
  const key = `${CSRF_FIELD}=`;
  const at = text.startsWith(key) ? 0 : text.indexOf(`&${key}`) + 1;
  if (at === 0 && !text.startsWith(key)) return null;
  const start = at + key.length;
  const end = text.indexOf("&", start);
  try {
    return decodeURIComponent(text.slice(start, end === -1 ? undefined : end).replace(/\+/g, " "));
  } catch {
    return null;
  }
}

function boundaryOf(request: Request): string | null {
  const match = /;\s*boundary=(?:"([^"]+)"|([^\s;]+))/i.exec(request.headers.get("content-type") ?? "");
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/**
 * The token of a multipart body whose first part is the csrf field: undefined while more bytes are needed,
 * null when the first part is something else (a file first is refused without reading it).
 */
function firstPartToken(head: Buffer, boundary: string): string | null | undefined {
  const delimiter = `--${boundary}`;
  const start = head.indexOf(`${delimiter}\r\n`);
  if (start !== 0) return head.length < delimiter.length + 2 ? undefined : null;
  const headersEnd = head.indexOf("\r\n\r\n", start);
  if (headersEnd === -1) return undefined;
  const headers = head.subarray(start + delimiter.length + 2, headersEnd).toString("latin1");
  if (!/^content-disposition:\s*form-data;\s*name="?csrf"?\s*$/im.test(headers)) return null;
  const valueEnd = head.indexOf(`\r\n${delimiter}`, headersEnd + 4);
  if (valueEnd === -1) return undefined;
  return head.subarray(headersEnd + 4, valueEnd).toString("utf8");
}

/**
 * Reads only as far as the first part of a multipart body: its token, and a body that replays those bytes
 * before the rest, for the route's one parse of the form. A form whose first part is not the token is refused
 * with the rest of the body unread.
 */
async function readMultipartToken(
  request: Request,
): Promise<{ token: string | null; body: ReadableStream<Uint8Array> | null }> {
  const boundary = boundaryOf(request);
  if (!boundary || !request.body) return { token: null, body: null };
  const reader = request.body.getReader();
  const read: Uint8Array[] = [];
  let size = 0;
  let token: string | null | undefined;
  while (token === undefined && size <= FIRST_PART_WINDOW) {
    const { done, value } = await reader.read();
    if (done) {
      token = firstPartToken(Buffer.concat(read), boundary) ?? null;
      break;
    }
    read.push(value);
    size += value.byteLength;
    token = firstPartToken(Buffer.concat(read), boundary);
  }
  if (!token) {
    await reader.cancel().catch(() => {});
    return { token: null, body: null };
  }
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of read) controller.enqueue(chunk);
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { token, body };
}

export type GuardVerdict = { ok: true; request: Request } | { ok: false; response: Response };

/**
 * Every state-changing request must come from our own pages: Origin (or Referer) names this site, and the
 * double-submitted token (header, or form field) equals the HttpOnly cookie. The cheap checks come first and read
 * no body: a declared length over the route's limit (413), a foreign origin or a missing cookie (403). Then the
 * token: from the header; from a urlencoded body, read once (it is small) and handed on; or from the first part
 * of a multipart form, which our upload forms send first, read by streaming. The request handed on carries the
 * body (its size capped) for the route to parse, once.
 */
export async function guardRequest(request: Request, expectedOrigin: string): Promise<GuardVerdict> {
  if (SAFE_METHODS.has(request.method)) return { ok: true, request };
  const limit = bodyLimitOf(request);
  if (declaresTooMuch(request, limit)) return { ok: false, response: payloadTooLarge(request, limit) };
  if (SIGNED_WEBHOOK_PATHS.has(new URL(request.url).pathname)) {
    // Read once here (capped) so an oversized body gets its 413 before the route; the route verifies it.
    const bytes = await readBodyUpTo(request, limit);
    if (!bytes) return { ok: false, response: payloadTooLarge(request, limit) };
    return { ok: true, request: withBody(request, bytes) };
  }
  if (requestOrigin(request) !== expectedOrigin) return { ok: false, response: forbidden("origin") };
  const cookieToken = await readCsrfCookie(request);
  if (!cookieToken) return { ok: false, response: forbidden("csrf") };

  const refused = { ok: false, response: forbidden("csrf") } as const;
  let token = request.headers.get(CSRF_HEADER);
  if (!token && isMultipart(request)) {
    const first = await readMultipartToken(request);
    token = first.token;
    if (!token) return refused;
    request = withBody(request, first.body);
  }
  if (token !== null && !sameToken(cookieToken, token)) return refused;
  // An upload is read by its route as a stream (capped): the file is never held here.
  if (limit === UPLOAD_BODY_LIMIT_BYTES) {
    if (!token) return refused;
    return { ok: true, request: request.body ? withBody(request, capStream(request.body, limit)) : request };
  }
  const urlencoded = (request.headers.get("content-type") ?? "").includes(
    "application/x-www-form-urlencoded",
  );
  if (!token && !urlencoded) return refused;
  // Other bodies (1 MB at most) are read here once, so an oversized one gets its 413 before any route runs.
  const bytes = await readBodyUpTo(request, limit);
  if (!bytes) return { ok: false, response: payloadTooLarge(request, limit) };
  if (!token) {
    const field = urlencodedToken(bytes);
    if (!field || !sameToken(cookieToken, field)) return refused;
  }
  return { ok: true, request: withBody(request, bytes) };
}
