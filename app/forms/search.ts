import { formMessage } from "../i18n/i18n";
import { z } from "./zod";
import { DISTRICTS } from "../domain/districts";
import { TASK_DOMAINS } from "../domain/task-domains";
import { TASK_STATUSES } from "../domain/task-lifecycle";
import { wholeNumber } from "./fields";

export const SEARCH_SORTS = ["relevance", "deadline", "newest", "investment"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export const MAX_HITS_PER_PAGE = 100;
export const PUBLIC_STATUSES = TASK_STATUSES.filter((s) => s !== "draft");

/** Repeated parameters (?domain=ai&domain=5g) and comma lists (?domain=ai,5g) mean the same. */
function many<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .array(z.string())
    .transform((values) =>
      values
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(50));
}

export const taskSearchSchema = z.object({
  q: z
    .string()
    .max(200, formMessage("err.tooLong", { max: 200 }))
    .default(""),
  domain: many(z.enum(TASK_DOMAINS, { error: "err.search.value" })),
  year: many(wholeNumber(2000, 2100)),
  district: many(z.enum(DISTRICTS, { error: "err.search.value" })),
  status: many(z.enum(PUBLIC_STATUSES as [string, ...string[]], { error: "err.search.value" })),
  sort: z.enum(SEARCH_SORTS, { error: "err.search.sort" }).default("relevance"),
  page: wholeNumber(1, 1000).default(1),
  hitsPerPage: wholeNumber(1, MAX_HITS_PER_PAGE).default(20),
});

export type TaskSearch = z.infer<typeof taskSearchSchema>;

/** URLSearchParams → the schema's input (arrays for the repeatable ones, strings for the rest). */
export function searchParamsInput(params: URLSearchParams) {
  const single = (name: string) => params.get(name) ?? undefined;
  return {
    q: single("q"),
    domain: params.getAll("domain"),
    year: params.getAll("year"),
    district: params.getAll("district"),
    status: params.getAll("status"),
    sort: single("sort") || undefined,
    page: single("page") || undefined,
    hitsPerPage: single("hitsPerPage") || undefined,
  };
}
