/**
 * Responses to throw from loaders and actions. Real Response objects (not `data()`), so that resource routes
 * (exports, JSON) answer with the status too, and UI routes render the error page for it.
 */
export function notFound(): Response {
  return new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export function forbidden(): Response {
  return new Response("Forbidden", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/** RFC 8187 value characters: everything else is percent-encoded (encodeURIComponent leaves ' ( ) * ! alone). */
function rfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A download's Content-Disposition (RFC 6266): an ASCII fallback plus the UTF-8 name, so Chinese names survive. */
export function attachmentDisposition(asciiFallback: string, name: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${rfc8187(name)}`;
}

/**
 * The origin absolute links point to (mail, feeds, sitemaps, open data): APP_ORIGIN when set (set it in production,
 * behind a proxy), else the request's.
 */
export function publicOrigin(request: Request): string {
  return process.env.APP_ORIGIN || new URL(request.url).origin;
}
