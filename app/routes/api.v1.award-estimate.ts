import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson } from "../server/platform/api.server";
import { estimateAward, parseAwardEstimate } from "../server/awards/award-estimate.server";

/** GET /api/v1/award-estimate?policy=WH-DE-2022&investmentYuan=…[&otherSupportYuan=…][&shares=6000,4000] */
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = parseAwardEstimate(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError(400, parsed.message, parsed.field);
  const result = await estimateAward(parsed.query);
  if (!result.ok) return apiError(404, result.message, result.field);
  return apiJson(result.estimate);
}
