import type { LoaderFunctionArgs } from "@remix-run/node";
import { getSessionUser } from "../../identity/auth.server";
import { apiError, apiJson } from "../../platform/api.server";
import { attachmentDisposition, notFound } from "../../platform/http.server";
import { idParam } from "../../platform/params.server";
import { sanitizeFileName } from "../../files/uploads.server";
import { relatedChallengeTasks, similarPublishedItems } from "../matching/matching.server";
import { expressionPanelFor } from "../expressions/panel.server";
import { publicSdAttachment, publicSdItem, sdItemToApi } from "./sd-item.server";
import { conferenceMeetingLink } from "../../matchmaking/meetings/item-link.server";
import {
  highlightToHtml,
  isEngineUnavailable,
  parseSdSearch,
  sdSuggestionsForNoResult,
  searchSdItems,
} from "./sd-search.server";

/* ---------- /supply-demand ---------- */

export async function sdSearchPageLoader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  // Members of an organization may save the search (the saved-searches part answers the form).
  const canSaveSearch = Boolean(user?.organization);
  const parsed = parseSdSearch(new URL(request.url));
  if (!parsed.ok) {
    return { state: "invalid" as const, field: parsed.field, message: parsed.message, canSaveSearch };
  }
  try {
    const result = await searchSdItems(parsed.search);
    const suggestions = result.totalHits === 0 ? await sdSuggestionsForNoResult(parsed.search) : null;
    return { state: "ok" as const, result, search: parsed.search, suggestions, canSaveSearch };
  } catch (error) {
    if (isEngineUnavailable(error)) return { state: "unavailable" as const, canSaveSearch };
    throw error;
  }
}

/* ---------- /supply-demand/:code ---------- */

export async function sdItemPageLoader({ params, request }: LoaderFunctionArgs) {
  const found = await publicSdItem(params.code ?? "");
  if (!found) throw notFound();
  const { id, ...item } = found;
  const viewer = await getSessionUser(request);
  const [similar, relatedTasks, expressionPanel, meetingLink] = await Promise.all([
    similarPublishedItems(id, { limit: 5 }),
    item.kind === "demand" ? relatedChallengeTasks(id, { limit: 5 }) : Promise.resolve([]),
    expressionPanelFor(viewer, id),
    conferenceMeetingLink(viewer, { id, code: item.code }),
  ]);
  return {
    item,
    // Staff may turn a published demand into a draft challenge task (once).
    mayConvertToTask:
      Boolean(viewer?.roles.includes("staff")) &&
      item.kind === "demand" &&
      item.status === "published" &&
      item.convertedTask === null,
    expressionPanel,
    // The matchmaking conference (issue 14): request a meeting about the item there.
    meetingLink,
    // Published items only, whatever the matching module returns.
    similar: similar
      .filter((s) => s.public)
      .map((s) => ({
        code: s.code,
        kind: s.kind,
        title: s.title,
        status: s.status,
        similarity: s.similarity,
      })),
    relatedTasks: relatedTasks.map((t) => ({ code: t.code, title: t.title, status: t.status })),
  };
}

/* ---------- /supply-demand/:code/files/:id ---------- */

export async function sdAttachmentLoader({ params }: LoaderFunctionArgs) {
  const found = await publicSdAttachment(params.code ?? "", idParam(params.id));
  if (!found) throw notFound();
  const { attachment, bytes } = found;
  return new Response(bytes, {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(bytes.byteLength),
      "content-disposition": attachmentDisposition(
        `attachment-${attachment.id}.pdf`,
        sanitizeFileName(attachment.fileName),
      ),
      "cache-control": "public, max-age=300",
      "x-content-type-options": "nosniff",
    },
  });
}

/* ---------- GET /api/v1/supply-demand ---------- */

export async function sdSearchApiLoader({ request }: LoaderFunctionArgs) {
  const parsed = parseSdSearch(new URL(request.url));
  if (!parsed.ok) return apiError(400, parsed.message, parsed.field);
  try {
    const result = await searchSdItems(parsed.search);
    return apiJson(
      {
        hits: result.hits.map(({ _formatted, ...hit }) => ({
          ...hit,
          _formatted: {
            title: highlightToHtml(_formatted.title),
            summary: highlightToHtml(_formatted.summary),
          },
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

/* ---------- GET /api/v1/supply-demand/:code ---------- */

export async function sdItemApiLoader({ params }: LoaderFunctionArgs) {
  const item = await publicSdItem(params.code ?? "");
  if (!item) return apiError(404, "err.sd.notFound", "code");
  return apiJson(sdItemToApi(item));
}
