import { bilingual, msg } from "../../i18n/i18n";

const MB = 1024 * 1024;

/** Every request body is held to this unless its route takes uploads: no form of ours sends more. */
export const BODY_LIMIT_BYTES = 1 * MB;

/**
 * The multipart upload routes (bid attachments, completion-report evidence, the spreadsheet import, with or
 * without JavaScript: Remix's single fetch posts to "<path>.data"). Their limit stays above the forms' own
 * (20 MB attachments plus the other fields, 10 MB spreadsheets) so that a file just over its form's limit still
 * reaches the form, which explains the limit beside the field; only bodies no form could want stop here.
 */
export const UPLOAD_BODY_LIMIT_BYTES = 24 * MB;
const UPLOAD_ROUTES = [
  /^\/bids\/\d+(?:\.data)?$/,
  /^\/projects\/\d+(?:\.data)?$/,
  /^\/staff\/lists\/\d+(?:\/import)?(?:\.data)?$/,
  /^\/staff\/supply-demand\/import(?:\/upload)?(?:\.data)?$/,
  /^\/my\/supply-demand\/[DS]-\d{4}-\d{4}(?:\.data)?$/i,
  /^\/my\/expressions\/\d+(?:\.data)?$/,
  /^\/staff\/payouts\/batches\/\d+(?:\.data)?$/,
];

export function isMultipart(request: Request): boolean {
  return /^multipart\/form-data\s*;/i.test(request.headers.get("content-type") ?? "");
}

/** The most this request's body may hold. */
export function bodyLimitOf(request: Request): number {
  const { pathname } = new URL(request.url);
  return isMultipart(request) && UPLOAD_ROUTES.some((route) => route.test(pathname))
    ? UPLOAD_BODY_LIMIT_BYTES
    : BODY_LIMIT_BYTES;
}

/** A declared length over the limit: refused on the headers alone. */
export function declaresTooMuch(request: Request, limit: number): boolean {
  const declared = request.headers.get("content-length");
  return declared !== null && !(Number(declared) <= limit);
}

/** 413 in both languages: a small page for a browser posting without JavaScript, JSON for everything else. */
export function payloadTooLarge(request: Request, limit: number): Response {
  const message = bilingual(msg("err.body.tooLarge", { max: Math.round(limit / MB) }));
  const headers = { "cache-control": "no-store", connection: "close" };
  if (
    (request.headers.get("accept") ?? "").includes("text/html") &&
    !new URL(request.url).pathname.endsWith(".data")
  )
    return new Response(
      `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>413</title><h1>413</h1><p>${message.zh}</p><p lang="en">${message.en}</p></html>`,
      { status: 413, headers: { ...headers, "content-type": "text/html; charset=utf-8" } },
    );
  return new Response(JSON.stringify({ error: { reason: "tooLarge", message } }), {
    status: 413,
    headers: { ...headers, "content-type": "application/json; charset=utf-8" },
  });
}

export class BodyOverLimitError extends RangeError {
  override name = "BodyOverLimitError";
  constructor(readonly limit: number) {
    super(`request body over the ${limit}-byte limit`);
  }
}

/** By name, not class: the request handler and the routes may hold different copies of this module. */
export function isBodyOverLimit(error: unknown): boolean {
  return error instanceof Error && error.name === "BodyOverLimitError";
}

/** The stream, failing with BodyOverLimitError once more than `limit` bytes have passed. */
export function capStream(body: ReadableStream<Uint8Array>, limit: number): ReadableStream<Uint8Array> {
  let seen = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) controller.error(new BodyOverLimitError(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
}

/** The whole body, read once, or null when it passes the limit (reading stops there). */
export async function readBodyUpTo(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The same request with another body (the headers, method and signal stay). */
export function withBody(request: Request, body: BodyInit | null): Request {
  const headers = new Headers(request.headers);
  if (body instanceof Uint8Array) headers.set("content-length", String(body.byteLength));
  else headers.delete("content-length");
  return new Request(request.url, {
    method: request.method,
    headers,
    body,
    signal: request.signal,
    duplex: "half",
  } as RequestInit);
}
