import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { csrfCookie } from "./cookies.server";
import { guardRequest, newCsrfToken, readCsrfCookie } from "./request-guard.server";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The token every form posts back; the browser holds it in an HttpOnly cookie. */
    csrfToken: string;
    clientIp: string;
  }
}

export type AppHandler = (request: Request, clientIp: string) => Promise<Response>;

/** Wraps Remix with the checks every request gets: body limits and forgery protection first, then the route. */
export function createAppHandler(
  build: ServerBuild | (() => Promise<ServerBuild>),
  options: { mode: string; appOrigin?: string },
): AppHandler {
  const handleRemix = createRequestHandler(build, options.mode);
  return async (incoming, clientIp) => {
    const verdict = await guardRequest(incoming, options.appOrigin ?? new URL(incoming.url).origin);
    if (!verdict.ok) return verdict.response;
    const request = verdict.request;
    const existing = await readCsrfCookie(request);
    const csrfToken = existing ?? newCsrfToken();
    const response = await handleRemix(request, { csrfToken, clientIp });
    if (existing) return response;
    const headers = new Headers(response.headers);
    headers.append("set-cookie", await csrfCookie().serialize(csrfToken));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
