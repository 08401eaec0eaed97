import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { csrfCookie } from "./cookies.server";
import { isProduction } from "./env.server";
import { guardRequest, newCsrfToken, readCsrfCookie } from "./request-guard.server";
import { newNonce, withSecurityHeaders } from "./security-headers.server";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The token every form posts back; the browser holds it in an HttpOnly cookie. Empty on the public API. */
    csrfToken: string;
    clientIp: string;
    /** This response's Content-Security-Policy nonce, for the page's inline scripts (entry.server.tsx). */
    cspNonce: string;
  }
}

export type AppHandler = (request: Request, clientIp: string) => Promise<Response>;

/**
 * Wraps Remix with what every request gets: body limits and forgery protection first, then the route, and the
 * security headers on every answer. `viteDev`: Vite serves the sources (npm run dev), pages get a looser policy.
 */
export function createAppHandler(
  build: ServerBuild | (() => Promise<ServerBuild>),
  options: { mode: string; appOrigin?: string; viteDev?: boolean },
): AppHandler {
  const handleRemix = createRequestHandler(build, options.mode);
  const headerOptions = () => ({ production: isProduction(), viteDev: options.viteDev ?? false });
  return async (incoming, clientIp) => {
    // Only a page uses a nonce (its scripts'): JSON, data requests, redirects and downloads never draw one.
    let nonce: string | undefined;
    const cspNonce = () => (nonce ??= newNonce());
    const verdict = await guardRequest(incoming, options.appOrigin ?? new URL(incoming.url).origin);
    if (!verdict.ok) return withSecurityHeaders(verdict.response, cspNonce, headerOptions());
    const request = verdict.request;
    // The public JSON API renders no form, so it needs no token; a Set-Cookie there would also keep its answers
    // (public, max-age) out of shared caches, and cost every call a cookie serialisation.
    const publicApi = isPublicApi(request.url);
    const existing = publicApi ? null : await readCsrfCookie(request);
    const csrfToken = publicApi ? "" : (existing ?? newCsrfToken());
    const context = {
      csrfToken,
      clientIp,
      get cspNonce() {
        return cspNonce();
      },
    };
    const response = withSecurityHeaders(await handleRemix(request, context), cspNonce, headerOptions());
    if (!existing && !publicApi)
      response.headers.append("set-cookie", await csrfCookie().serialize(csrfToken));
    return response;
  };
}

/** /api/… (the public read-only JSON API), from the request URL without parsing all of it. */
function isPublicApi(url: string): boolean {
  const path = url.indexOf("/", url.indexOf("//") + 2);
  return path >= 0 && url.startsWith("/api/", path);
}
