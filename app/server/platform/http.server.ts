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
