import { randomBytes, timingSafeEqual } from "node:crypto";
import { bilingual } from "../../i18n/i18n";
import { csrfCookie } from "./cookies.server";

export const CSRF_FIELD = "csrf";
export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

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

async function submittedToken(request: Request): Promise<string | null> {
  const header = request.headers.get(CSRF_HEADER);
  if (header) return header;
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/x-www-form-urlencoded") && !type.includes("multipart/form-data"))
    return null;
  try {
    const value = (await request.clone().formData()).get(CSRF_FIELD);
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

function forbidden(reason: string): Response {
  return new Response(JSON.stringify({ error: { reason, message: bilingual("err.csrf") } }), {
    status: 403,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

/**
 * Every state-changing request must come from our own pages: Origin (or Referer) names this site, and the
 * double-submitted token (form field or header) equals the HttpOnly cookie. null means the request may proceed.
 */
export async function rejectForgedRequest(
  request: Request,
  expectedOrigin: string,
): Promise<Response | null> {
  if (SAFE_METHODS.has(request.method)) return null;
  const origin = requestOrigin(request);
  if (origin !== expectedOrigin) return forbidden("origin");
  const cookieToken = await readCsrfCookie(request);
  const token = await submittedToken(request);
  if (!cookieToken || !token || !sameToken(cookieToken, token)) return forbidden("csrf");
  return null;
}

/**
 * The largest request body read at all. Well above the form limits (20 MB attachments, 10 MB spreadsheets) on
 * purpose: an oversized file still reaches its form, which explains the limit beside the field; only bodies no
 * form could want stop here.
 */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * Bounds the body before anything reads it (the forgery check parses forms): a declared length over the limit
 * is refused with 413; a body without a declared length is cut off (the read fails) once it passes the limit.
 */
export function limitRequestBody(request: Request): Request | Response {
  if (SAFE_METHODS.has(request.method) || !request.body) return request;
  const declared = request.headers.get("content-length");
  if (declared !== null) {
    if (Number(declared) <= MAX_BODY_BYTES) return request;
    return new Response(JSON.stringify({ error: { message: bilingual("err.upload.tooLarge") } }), {
      status: 413,
      headers: { "content-type": "application/json; charset=utf-8" },
    });
  }
  let seen = 0;
  const limited = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > MAX_BODY_BYTES) controller.error(new RangeError("request body over the limit"));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Request(request, { body: limited, duplex: "half" } as RequestInit);
}
