import { getDb } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import {
  countSavedSearches,
  deleteSavedSearch,
  insertSavedSearch,
  savedSearchesDue,
  savedSearchesOfOrganization,
  setLastDigestAt,
} from "../../../../db/repositories/sd-items";
import { DISTRICTS } from "../../../domain/districts";
import {
  BUDGET_BANDS,
  CITY_WIDE,
  DEMAND_CATEGORIES,
  SD_DOMAINS,
  SD_ITEM_STATUSES,
  SD_KINDS,
} from "../../../domain/supply-demand";
import { normalizeTyped } from "../../../domain/text";
import { shanghaiDate } from "../../../domain/time";
import { msg } from "../../../i18n/i18n";
import type { SearchEngine } from "../../../../search/engine";
import { searchEngine } from "../../../../search/runtime";
import { SD_INDEX } from "../../../../search/sd-index";
import { notifyOrganizations } from "../../notifications/notifications.server";
import type { OrgActor } from "../../platform/actor.server";
import { fail, fieldFail, type Outcome } from "../../platform/outcome.server";

/**
 * Saved searches (订阅) of the supply–demand list: an organization keeps the query of the public search page
 * (/supply-demand) under a name; once a day (Asia/Shanghai) the items published since the last digest that match
 * it are counted by the search engine and the organization's members are told once, in-app and by mail.
 */

/** The public search page's filters, exactly its query parameters (besides `q`), with the values each accepts. */
export const SAVED_SEARCH_FILTERS = {
  kind: SD_KINDS,
  year: null, // four digits
  category: DEMAND_CATEGORIES,
  domain: SD_DOMAINS,
  district: [...DISTRICTS, CITY_WIDE],
  budgetBand: BUDGET_BANDS,
  status: SD_ITEM_STATUSES,
} as const satisfies Record<string, readonly string[] | null>;
export type SavedSearchFilter = keyof typeof SAVED_SEARCH_FILTERS;
export const SAVED_SEARCH_FILTER_NAMES = Object.keys(SAVED_SEARCH_FILTERS) as SavedSearchFilter[];

export const MAX_SAVED_SEARCHES = 20;
export const MAX_SAVED_SEARCH_NAME = 60;
const MAX_QUERY = 200;
/** The digest counts items published up to this long ago: the outbox relay has had time to index them. */
export const DIGEST_SLACK_MS = 5 * 60_000;
const DIGEST_BATCH = 100;
const DIGEST_PAGES = 10;
const HITS_PER_PAGE = 100;

export interface SavedQuery {
  q: string;
  filters: Partial<Record<SavedSearchFilter, string[]>>;
}

/** The query as the public page's parameters read it; unknown values are dropped (a stale link stays usable). */
export function savedQueryFrom(params: URLSearchParams | FormData): SavedQuery {
  const q = normalizeTyped(String(params.get("q") ?? "")).slice(0, MAX_QUERY);
  const filters: SavedQuery["filters"] = {};
  for (const name of SAVED_SEARCH_FILTER_NAMES) {
    const accepted: readonly string[] | null = SAVED_SEARCH_FILTERS[name];
    const values = [
      ...new Set(
        params
          .getAll(name)
          .map((value) => String(value).trim())
          .filter((value) => (accepted === null ? /^\d{4}$/.test(value) : accepted.includes(value))),
      ),
    ];
    if (values.length) filters[name] = values;
  }
  return { q, filters };
}

/** The public search page's address for this query (the digest's link). */
export function searchLink(query: SavedQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const name of SAVED_SEARCH_FILTER_NAMES)
    for (const value of query.filters[name] ?? []) params.append(name, value);
  const text = params.toString();
  return text ? `/supply-demand?${text}` : "/supply-demand";
}

export async function createSavedSearch(
  actor: OrgActor,
  name: string,
  query: SavedQuery,
  now = new Date(),
): Promise<Outcome<{ id: number }>> {
  const trimmed = name.trim();
  if (trimmed === "") return fieldFail({ name: [msg("err.required")] });
  if (trimmed.length > MAX_SAVED_SEARCH_NAME)
    return fieldFail({ name: [msg("err.tooLong", { max: MAX_SAVED_SEARCH_NAME })] });
  return getDb()
    .transaction()
    .execute(async (trx) => {
      // The organization row is the lock: two saves at once cannot both pass the count.
      await trx
        .selectFrom("organizations")
        .select("id")
        .where("id", "=", actor.organization.id)
        .forUpdate()
        .execute();
      if ((await countSavedSearches(trx, actor.organization.id)) >= MAX_SAVED_SEARCHES)
        return fail("err.sdSaved.tooMany", { max: MAX_SAVED_SEARCHES });
      const row = await insertSavedSearch(trx, {
        organizationId: actor.organization.id,
        userId: actor.id,
        name: trimmed,
        query: query.q,
        filters: query.filters as Record<string, string[]>,
        lastDigestAt: now,
      });
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "sd.savedSearch.create",
        entityType: "sd_saved_search",
        entityId: row.id,
        after: { organizationId: actor.organization.id, name: trimmed, ...query },
        ip: actor.ip,
      });
      return { ok: true as const, value: { id: row.id } };
    });
}

export async function removeSavedSearch(actor: OrgActor, id: number): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const removed = await deleteSavedSearch(trx, actor.organization.id, id);
      if (!removed) return fail("err.sdSaved.notFound");
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "sd.savedSearch.delete",
        entityType: "sd_saved_search",
        entityId: id,
        before: { organizationId: actor.organization.id, name: removed.name },
        ip: actor.ip,
      });
      return { ok: true as const, value: null };
    });
}

export async function savedSearchesView(organizationId: number) {
  const rows = await savedSearchesOfOrganization(getDb(), organizationId);
  return rows.map((row) => {
    const query: SavedQuery = { q: row.query, filters: row.filters };
    return {
      id: row.id,
      name: row.name,
      q: row.query,
      filters: row.filters,
      link: searchLink(query),
      userName: row.userName,
      createdAt: row.createdAt.toISOString(),
      lastDigestAt: row.lastDigestAt.toISOString(),
    };
  });
}

/** Items matching the query published in (after, until], counted by the engine (newest first, page by page). */
export async function countNewMatches(
  engine: SearchEngine,
  query: SavedQuery,
  after: Date,
  until: Date,
): Promise<number> {
  const filters: Record<string, (string | number)[]> = {};
  for (const [name, values] of Object.entries(query.filters))
    filters[name] = name === "year" ? values.map(Number) : values;
  filters.status ??= ["published"];
  filters.visibility = ["public"];
  let count = 0;
  for (let page = 1; page <= DIGEST_PAGES; page++) {
    const result = await engine.search(SD_INDEX.uid, {
      q: query.q,
      filters,
      facets: [],
      sort: { attribute: "publishedAtTs", direction: "desc" },
      page,
      hitsPerPage: HITS_PER_PAGE,
      highlight: [],
    });
    for (const hit of result.hits) {
      const at = Number(hit.publishedAtTs);
      if (at <= after.getTime()) return count;
      if (at <= until.getTime()) count++;
    }
    if (page * HITS_PER_PAGE >= result.totalHits) break;
  }
  return count;
}

/** The instant a Shanghai calendar day starts. */
function shanghaiDayStart(at: Date): Date {
  return new Date(`${shanghaiDate(at)}T00:00:00+08:00`);
}

/**
 * The daily digest: every saved search whose last digest is from an earlier Shanghai day gets one notification
 * to its organization when items were published since, then its `last_digest_at` moves on (with no news too).
 * The window ends a few minutes back (DIGEST_SLACK_MS), so an item still on its way through the outbox is counted
 * in the next digest rather than never.
 */
export async function sendSavedSearchDigests(
  now = new Date(),
  engine?: SearchEngine,
): Promise<{ checked: number; notified: number }> {
  const until = new Date(now.getTime() - DIGEST_SLACK_MS);
  const dayStart = shanghaiDayStart(until);
  const search = engine ?? (await searchEngine());
  let checked = 0;
  let notified = 0;
  for (;;) {
    const batch = await getDb()
      .transaction()
      .execute(async (trx) => {
        const due = await savedSearchesDue(trx, dayStart, DIGEST_BATCH);
        for (const saved of due) {
          const query: SavedQuery = { q: saved.query, filters: saved.filters };
          const count = await countNewMatches(search, query, saved.lastDigestAt, until);
          if (count > 0) {
            await notifyOrganizations(trx, [saved.organizationId], {
              kind: "sd.savedSearchDigest",
              params: { name: saved.name, count },
              link: searchLink(query),
            });
            notified++;
          }
          await setLastDigestAt(trx, saved.id, until);
        }
        return due.length;
      });
    checked += batch;
    if (batch < DIGEST_BATCH) break;
  }
  return { checked, notified };
}
