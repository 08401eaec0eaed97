import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { releasePackage } from "../../domain/ocds-packages";
import { msg } from "../../i18n/i18n";
import { apiError, apiJson } from "../platform/api.server";
import { publicOrigin } from "../platform/http.server";
import { consumeLimit, type LimitRule } from "../platform/rate-limit.server";
import { DEFAULT_PAGE_PROCESSES, ocdsPublication, recordPackageFor, releasesPage } from "./ocds.server";

/** Per-IP limits on open data: the API pages are cheap, a bulk file rebuilds a whole year. */
export const OPEN_DATA_API_BY_IP: LimitRule = { name: "open-data-api-ip", points: 120, windowSeconds: 60 };
export const OPEN_DATA_FILE_BY_IP: LimitRule = { name: "open-data-file-ip", points: 30, windowSeconds: 600 };

/** A 429 problem (zh + en) with Retry-After, or null when the request may go ahead. */
export async function openDataLimited(rule: LimitRule, clientIp: string): Promise<Response | null> {
  const verdict = await consumeLimit(rule, clientIp);
  if (verdict.allowed) return null;
  const response = apiError(429, msg("ocds.err.rateLimited", { seconds: verdict.retryAfterSeconds }));
  response.headers.set("retry-after", String(verdict.retryAfterSeconds));
  return response;
}

const PARAMS = ["year", "since", "cursor", "limit"] as const;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const querySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  since: z
    .string()
    .refine((s) => DATE_ONLY.test(s) || DATE_TIME.test(s))
    // A date alone is the start of that day in Asia/Shanghai, the programme's calendar.
    .transform((s) => new Date(DATE_ONLY.test(s) ? `${s}T00:00:00+08:00` : s))
    .refine((d) => !Number.isNaN(d.getTime()))
    .optional(),
  cursor: z
    .string()
    .regex(/^[0-9A-Z-]{1,40}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

const ERROR_OF = {
  year: "ocds.err.year",
  since: "ocds.err.since",
  cursor: "ocds.err.cursor",
  limit: "ocds.err.limit",
} as const;

/** GET /api/v1/ocds/releases?year=&since=&cursor=&limit= — a release package, paginated by links.next. */
export async function ocdsReleasesLoader({ request, context }: LoaderFunctionArgs) {
  const limited = await openDataLimited(OPEN_DATA_API_BY_IP, context.clientIp);
  if (limited) return limited;
  const url = new URL(request.url);
  const raw: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (!(PARAMS as readonly string[]).includes(name))
      return apiError(400, msg("ocds.err.unknownParam", { name }), name);
    if (name in raw) return apiError(400, ERROR_OF[name as keyof typeof ERROR_OF], name);
    raw[name] = value;
  }
  const parsed = querySchema.safeParse(raw);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0]) as keyof typeof ERROR_OF;
    return apiError(400, ERROR_OF[field], field);
  }
  const query = parsed.data;
  const origin = publicOrigin(request);
  const page = await releasesPage(origin, query);
  const here = new URL(`${origin}/api/v1/ocds/releases`);
  for (const [name, value] of url.searchParams) here.searchParams.set(name, value);
  let next: URL | null = null;
  if (page.next) {
    next = new URL(here);
    next.searchParams.set("cursor", page.next);
    if (query.limit === undefined) next.searchParams.set("limit", String(DEFAULT_PAGE_PROCESSES));
  }
  return apiJson(
    releasePackage(ocdsPublication(origin), here.toString(), page.releases, {
      // Nothing matched: OCDS requires at least one release, so this answer cannot be a valid package; it says
      // so honestly with an empty list, dated now (there is no data to date it by).
      ...(page.releases.length === 0 ? { publishedDate: new Date().toISOString() } : {}),
      ...(next ? { links: { next: next.toString() } } : {}),
    }),
  );
}

/** GET /api/v1/ocds/records/:ocid — the record package (releases embedded, compiled release). */
export async function ocdsRecordLoader({ request, params, context }: LoaderFunctionArgs) {
  const limited = await openDataLimited(OPEN_DATA_API_BY_IP, context.clientIp);
  if (limited) return limited;
  const record = await recordPackageFor(publicOrigin(request), params.ocid ?? "");
  if (!record) return apiError(404, "ocds.err.ocidNotFound", "ocid");
  return apiJson(record);
}
