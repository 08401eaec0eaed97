import { checkHealth } from "../server/platform/health.server";

export async function loader() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "error" ? 503 : 200,
    headers: { "cache-control": "no-store" },
  });
}
