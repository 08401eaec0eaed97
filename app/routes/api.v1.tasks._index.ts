import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson } from "../server/platform/api.server";
import {
  highlightToHtml,
  isEngineUnavailable,
  parseTaskSearch,
  searchTasks,
} from "../server/catalog/task-search.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = parseTaskSearch(new URL(request.url));
  if (!parsed.ok) {
    return apiError(400, parsed.message, parsed.field);
  }
  try {
    const result = await searchTasks(parsed.search);
    return apiJson(
      {
        hits: result.hits.map((hit) => ({
          code: hit.code,
          title: hit.title,
          domain: hit.domain,
          year: hit.year,
          status: hit.status,
          district: hit.district,
          bidDeadline: hit.bidDeadline,
          indicativeInvestmentFen: hit.indicativeInvestmentFen,
          _formatted: { title: highlightToHtml(hit._formatted.title ?? String(hit.title)) },
        })),
        facets: result.facets,
        totalHits: result.totalHits,
        page: result.page,
        hitsPerPage: result.hitsPerPage,
        processingTimeMs: result.processingTimeMs,
      },
      { maxAge: 10 },
    );
  } catch (error) {
    if (isEngineUnavailable(error)) return apiError(503, "err.search.unavailable", null);
    throw error;
  }
}
