import { randomBytes } from "node:crypto";

/**
 * The headers every response carries. Pages get a Content-Security-Policy whose scripts need this request's
 * nonce (Remix's own inline scripts get it through <Scripts>, <ScrollRestoration> and the streamed data); the
 * styles are the built stylesheet only, so no inline style and no style attribute runs. Everything else (JSON,
 * downloads, redirects, static files) gets a policy that allows nothing. While Vite serves the sources (npm run
 * dev) pages get a looser policy: Vite injects styles and its client inline and talks over a WebSocket.
 */
export interface SecurityHeaderOptions {
  /** NODE_ENV=production: HSTS (the site is served over HTTPS there). */
  production: boolean;
  /** npm run dev: Vite serves the sources. */
  viteDev?: boolean;
}

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");

const COMMON = {
  "object-src": "'none'",
  "base-uri": "'none'",
  "form-action": "'self'",
  "frame-ancestors": "'none'",
};

export function pagePolicy(nonce: string, { viteDev = false }: Pick<SecurityHeaderOptions, "viteDev"> = {}) {
  if (viteDev)
    return policy({
      "default-src": "'self'",
      "script-src": "'self' 'unsafe-inline' 'unsafe-eval'",
      "style-src": "'self' 'unsafe-inline'",
      "img-src": "'self' data:",
      "connect-src": "'self' ws: wss:",
      ...COMMON,
    });
  return policy({
    "default-src": "'self'",
    "script-src": `'self' 'nonce-${nonce}'`,
    "style-src": "'self'",
    "img-src": "'self' data:",
    "connect-src": "'self'",
    ...COMMON,
  });
}

/** For whatever is not a page: nothing may run or load, and nothing may frame it. */
export const RESOURCE_POLICY = policy({ "default-src": "'none'", "frame-ancestors": "'none'" });

/** The headers independent of the response: also for the static files the server sends itself. */
export function baseSecurityHeaders({ production }: SecurityHeaderOptions): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "cross-origin-opener-policy": "same-origin",
    "x-frame-options": "DENY",
    ...(production ? { "strict-transport-security": "max-age=31536000" } : {}),
  };
}

/**
 * The response with the security headers set (a new Response: a route's headers may be immutable). `nonce` is
 * asked only for a page, and gives the nonce its rendering used.
 */
export function withSecurityHeaders(
  response: Response,
  nonce: () => string,
  options: SecurityHeaderOptions,
): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(baseSecurityHeaders(options))) headers.set(name, value);
  const page = (headers.get("content-type") ?? "").startsWith("text/html");
  headers.set("content-security-policy", page ? pagePolicy(nonce(), options) : RESOURCE_POLICY);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
