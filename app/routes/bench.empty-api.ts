import { apiJson } from "../server/platform/api.server";

/**
 * An API route that does nothing: what every API request costs in this app (HTTP, Express, Remix's routing, the
 * app handler's guards and headers) before its own work. The HTTP benchmark (scripts/bench-http.ts, issue 17
 * goal 2) measures it beside GET /api/v1/tasks.
 */
export function loader() {
  return apiJson({ hits: [] }, { maxAge: 10 });
}
