import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSearchParams, useSubmit } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { Highlight } from "../components/highlight";
import { districtLabel, domainLabel, StatusBadge } from "../components/labels";
import { formatFen } from "../domain/money";
import type { TaskStatus } from "../domain/task-lifecycle";
import { STATUS_LABEL } from "../i18n/lifecycle-labels";
import { SEARCH_SORTS } from "../forms/search";
import { textCollator } from "../i18n/i18n";
import { useI18n } from "../i18n/use-i18n";
import {
  isEngineUnavailable,
  listedTask,
  parseTaskSearch,
  searchTasks,
  suggestionsForNoResult,
} from "../server/catalog/task-search.server";

export const meta: MetaFunction = () => [{ title: "任务检索 · Find tasks — 揭榜 Jiebang" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = parseTaskSearch(new URL(request.url));
  if (!parsed.ok) return { state: "invalid" as const, field: parsed.field, message: parsed.message };
  try {
    const { hits, ...result } = await searchTasks(parsed.search);
    const suggestions = result.totalHits === 0 ? await suggestionsForNoResult(parsed.search) : null;
    return {
      state: "ok" as const,
      result: { ...result, hits: hits.map(listedTask) },
      search: parsed.search,
      suggestions,
    };
  } catch (error) {
    if (isEngineUnavailable(error)) return { state: "unavailable" as const };
    throw error;
  }
}

const FACET_ORDER = ["domain", "year", "district", "status"] as const;
/** A facet shows its most frequent values; the rest wait behind "show all" instead of a box that scrolls. */
const FACET_SHOWN = 6;
/** Where the filters stop being a drawer above the results and become a column beside them (styles.css). */
const WIDE_LAYOUT = "(min-width: 761px)";

/** The current search with some parameters replaced, from its first page. */
function withParams(params: URLSearchParams, changes: Record<string, string>): string {
  const next = new URLSearchParams(params);
  next.delete("page");
  for (const [key, value] of Object.entries(changes)) next.set(key, value);
  return `?${next}`;
}

function useFacetLabel() {
  const { locale } = useI18n();
  return (facet: (typeof FACET_ORDER)[number], value: string) => {
    if (facet === "domain") return domainLabel(value, locale);
    if (facet === "district") return districtLabel(value, locale);
    if (facet === "status") return STATUS_LABEL[value as TaskStatus]?.[locale] ?? value;
    return value;
  };
}

export default function TaskSearch() {
  const { t, locale, dateTime, tError } = useI18n();
  const data = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const submit = useSubmit();
  const navigation = useNavigation();
  const facetLabel = useFacetLabel();
  const formRef = useRef<HTMLFormElement>(null);
  const drawerRef = useRef<HTMLDetailsElement>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(typingTimer.current), []);
  // CSS shows a closed drawer's filters on a wide screen; browsers without ::details-content need it opened.
  useEffect(() => {
    if (drawerRef.current && window.matchMedia(WIDE_LAYOUT).matches) drawerRef.current.open = true;
  }, []);
  const searching = navigation.state === "loading" && navigation.location?.pathname === "/tasks";

  // Typing replaces the history entry (one entry per search, not per keystroke); other changes push one.
  function onChange(event: React.FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const typed = (event.target as HTMLElement).getAttribute("name") === "q";
    clearTimeout(typingTimer.current);
    const go = () => {
      const data = new FormData(form);
      data.delete("page");
      submit(data, { method: "get", replace: typed, preventScrollReset: true });
    };
    if (typed) typingTimer.current = setTimeout(go, 250);
    else go();
  }

  const selected = (facet: string) => new Set(params.getAll(facet));
  const chosenCount = FACET_ORDER.reduce((sum, facet) => sum + params.getAll(facet).length, 0);
  const pageHref = (page: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(page));
    return `?${next}`;
  };

  return (
    <section>
      <h1>{t("search.title")}</h1>
      <Form method="get" ref={formRef} onChange={onChange} role="search" className="search-layout">
        <div className="search-bar">
          <label htmlFor="q" className="visually-hidden">
            {t("search.label")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={params.get("q") ?? ""}
            placeholder={t("search.placeholder")}
            autoComplete="off"
          />
          <label htmlFor="sort" className="visually-hidden">
            {t("search.sort")}
          </label>
          <select id="sort" name="sort" defaultValue={params.get("sort") ?? "relevance"}>
            {SEARCH_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`search.sort.${sort}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-primary">
            {t("search.submit")}
          </button>
        </div>
        <aside className="facets" aria-label={t("search.filters")}>
          {/* A drawer on a phone, so the first result is on the first screen; always open on a wide screen. */}
          <details className="facet-drawer" ref={drawerRef}>
            <summary className="button">
              {t("search.filters")}
              {chosenCount > 0 ? ` (${chosenCount})` : ""}
            </summary>
            {data.state === "ok"
              ? FACET_ORDER.map((facet) => {
                  const counts = data.result.facets[facet] ?? {};
                  const chosen = selected(facet);
                  const values = [...new Set([...Object.keys(counts), ...chosen])].sort(
                    (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || textCollator.compare(a, b),
                  );
                  // Nothing to narrow down: the results say why once, not every facet box.
                  if (values.length === 0) return null;
                  const option = (value: string) => (
                    <label key={value} className="facet-option">
                      <input type="checkbox" name={facet} value={value} defaultChecked={chosen.has(value)} />
                      <span>{facetLabel(facet, value)}</span>
                      <span className="count">{counts[value] ?? 0}</span>
                    </label>
                  );
                  const rest = values.slice(FACET_SHOWN);
                  return (
                    <fieldset key={facet}>
                      <legend>{t(`search.facet.${facet}`)}</legend>
                      {values.slice(0, FACET_SHOWN).map(option)}
                      {rest.length > 0 ? (
                        <details className="facet-more" open={rest.some((value) => chosen.has(value))}>
                          <summary>{t("search.facet.more", { count: rest.length })}</summary>
                          {rest.map(option)}
                        </details>
                      ) : null}
                    </fieldset>
                  );
                })
              : null}
            <noscript>
              <button type="submit" className="button">
                {t("search.apply")}
              </button>
            </noscript>
          </details>
        </aside>
        <div className="results" aria-live="polite" aria-busy={searching}>
          {data.state === "invalid" ? (
            <p className="alert alert-error">
              {data.field}: {tError(data.message)}
            </p>
          ) : data.state === "unavailable" ? (
            <p className="alert alert-error">{t("err.search.unavailable")}</p>
          ) : data.result.totalHits === 0 ? (
            <div className="card empty">
              <p>{t("search.empty", { q: params.get("q") ?? "" })}</p>
              <p className="hint">{t("search.emptyHint")}</p>
              {data.suggestions &&
              (data.suggestions.dropWord.length > 0 || data.suggestions.withoutFilters !== null) ? (
                <>
                  <p>{t("search.suggest")}</p>
                  <ul className="suggestions">
                    {data.suggestions.dropWord.map(({ word, q, total }) => (
                      <li key={word}>
                        <Link to={withParams(params, { q })}>
                          {t("search.suggest.drop", { word, q, total })}
                        </Link>
                      </li>
                    ))}
                    {data.suggestions.withoutFilters !== null ? (
                      <li>
                        <Link to={`?${new URLSearchParams({ q: params.get("q") ?? "" })}`}>
                          {t("search.suggest.filters", { total: data.suggestions.withoutFilters })}
                        </Link>
                      </li>
                    ) : null}
                  </ul>
                </>
              ) : null}
              <Link to="/tasks">{t("search.clear")}</Link>
            </div>
          ) : (
            <>
              <p className="hint">
                {t("search.count", { total: data.result.totalHits })}
                {searching ? ` · ${t("common.loading")}` : ""}
              </p>
              <ol className="result-list">
                {data.result.hits.map((hit) => (
                  <li key={hit.id} className="card">
                    <p className="task-meta">
                      <span className="mono">{hit.code}</span> · {domainLabel(hit.domain, locale)} ·{" "}
                      {districtLabel(hit.district, locale)} · <StatusBadge status={hit.status} />
                    </p>
                    <h2>
                      <Link to={`/tasks/${hit.code}`}>
                        <Highlight text={hit.highlightedTitle} />
                      </Link>
                    </h2>
                    <p className="hint">
                      {t("task.bidDeadline")} {dateTime(hit.bidDeadline)} · {t("task.indicativeInvestment")}{" "}
                      {formatFen(hit.indicativeInvestmentFen)}
                    </p>
                  </li>
                ))}
              </ol>
              <nav className="pagination" aria-label={t("common.pagination")}>
                {data.result.page > 1 ? (
                  <Link to={pageHref(data.result.page - 1)}>{t("common.previous")}</Link>
                ) : (
                  <span />
                )}
                <span>
                  {t("common.page", {
                    page: data.result.page,
                    pages: Math.max(1, Math.ceil(data.result.totalHits / data.result.hitsPerPage)),
                    total: data.result.totalHits,
                  })}
                </span>
                {data.result.page * data.result.hitsPerPage < data.result.totalHits ? (
                  <Link to={pageHref(data.result.page + 1)}>{t("common.next")}</Link>
                ) : (
                  <span />
                )}
              </nav>
            </>
          )}
        </div>
      </Form>
    </section>
  );
}
