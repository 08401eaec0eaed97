import { randomBytes, timingSafeEqual } from "node:crypto";
import { bilingual } from "../i18n/i18n";
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
 * The largest request body read at all. Above the 20 MB attachment limit on purpose: an attachment of 21 MB
 * still reaches its form, which explains the limit beside the file field; only far larger bodies stop here.
 */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

/**
 * Refuses a body before anything reads it (the forgery check parses forms): declared larger than the limit,
 * or a form upload that does not declare its length (browsers always do).
 */
export function rejectOversizedBody(request: Request): Response | null {
  if (SAFE_METHODS.has(request.method) || !request.body) return null;
  const declared = request.headers.get("content-length");
  const multipart = (request.headers.get("content-type") ?? "").includes("multipart/form-data");
  if (declared === null ? !multipart : Number(declared) <= MAX_BODY_BYTES) return null;
  return new Response(JSON.stringify({ error: { message: bilingual("err.upload.tooLarge") } }), {
    status: declared === null ? 411 : 413,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
