import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseListYear } from "../../../domain/sd-list";
import { batchOrdinalZh as batchNameZh } from "../../../domain/supply-demand";
import { apiError, apiJson } from "../../platform/api.server";
import { publicYearList } from "./public-list.server";

/**
 * GET /api/v1/supply-demand/lists/:year: the year's published batches, each with its number, publication date
 * and items as frozen in it (no contact field); 400 naming `year` when it is not a year, 404 JSON when the
 * year has no published batch.
 */
export async function listApiLoader({ params }: LoaderFunctionArgs) {
  const year = parseListYear(params.year);
  if (year === null) return apiError(400, "err.sdList.apiYear", "year");
  const list = await publicYearList(year);
  if (!list) return apiError(404, "err.sdList.yearNotPublished", "year");
  return apiJson({
    year: list.year,
    batches: list.batches.map((batch) => ({
      number: batch.number,
      name: { zh: batchNameZh(batch.number), en: `Batch ${batch.number}` },
      publishedOn: batch.publishedOn,
      items: batch.items.map((item) => ({
        code: item.code,
        kind: item.kind,
        title: item.title,
        organization: item.organization,
        district: item.district,
        domain: item.domain,
        rangeMinFen: item.rangeMinFen,
        rangeMaxFen: item.rangeMaxFen,
        isDemo: item.isDemo,
      })),
    })),
  });
}
