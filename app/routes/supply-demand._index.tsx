import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSearchParams, useSubmit } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { SaveSearchForm, SdHitCard } from "../components/sd-search-parts";
import { useSdLabels } from "../components/sd-labels";
import { SD_FACETS, SD_SEARCH_SORTS, type SdFacet } from "../forms/sd-search";
import { textCollator } from "../i18n/i18n";
import { useI18n } from "../i18n/use-i18n";
import { sdSearchPageLoader } from "../server/supply-demand/search/sd-search-pages.server";
import { currentEventLink } from "../server/matchmaking/events/public-pages.server";

export const meta: MetaFunction = () => [{ title: "供需对接 · Supply & demand — 揭榜 Jiebang" }];

// The matchmaking conference's one line (events part): the current published event, if any.
export const loader = async (args: LoaderFunctionArgs) => ({
  ...(await sdSearchPageLoader(args)),
  mmEvent: await currentEventLink(),
});

/** A facet shows its most frequent values; the rest wait behind "show all" instead of a box that scrolls. */
const FACET_SHOWN = 6;
/** Where the filters stop being a drawer above the results and become a column beside them (styles.css). */
const WIDE_LAYOUT = "(min-width: 761px)";
const PATH = "/supply-demand";

/** The current search with some parameters replaced, from its first page. */
function withParams(params: URLSearchParams, changes: Record<string, string>): string {
  const next = new URLSearchParams(params);
  next.delete("page");
  for (const [key, value] of Object.entries(changes)) next.set(key, value);
  return `?${next}`;
}

function useFacetLabel() {
  const labels = useSdLabels();
  return (facet: SdFacet, value: string) => {
    if (facet === "year") return value;
    return labels[facet](value);
  };
}

export default function SupplyDemandSearch() {
  const { t, tError, locale } = useI18n();
  const data = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const submit = useSubmit();
  const navigation = useNavigation();
  const facetLabel = useFacetLabel();
  const drawerRef = useRef<HTMLDetailsElement>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(typingTimer.current), []);
  // CSS shows a closed drawer's filters on a wide screen; browsers without ::details-content need it opened.
  useEffect(() => {
    if (drawerRef.current && window.matchMedia(WIDE_LAYOUT).matches) drawerRef.current.open = true;
  }, []);
  const searching = navigation.state === "loading" && navigation.location?.pathname === PATH;

  // Typing replaces the history entry (one entry per search, not per keystroke); other changes push one.
  function onChange(event: React.FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const typed = (event.target as HTMLElement).getAttribute("name") === "q";
    clearTimeout(typingTimer.current);
    const go = () => {
      const formData = new FormData(form);
      formData.delete("page");
      submit(formData, { method: "get", replace: typed, preventScrollReset: true });
    };
    if (typed) typingTimer.current = setTimeout(go, 250);
    else go();
  }

  const selected = (facet: string) => new Set(params.getAll(facet));
  const chosenCount = SD_FACETS.reduce((sum, facet) => sum + params.getAll(facet).length, 0);
  const pageHref = (page: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(page));
    return `?${next}`;
  };
  const q = params.get("q") ?? "";

  return (
    <section>
      <h1>{t("sdSearch.title")}</h1>
      <p className="hint">{t("sdSearch.intro")}</p>
      <p className="toolbar">
        <Link to="/supply-demand/lists">{t("sdList.title")}</Link>
        <Link to={`/supply-demand/showcase/${new Date().getFullYear()}`}>{t("sdShowcase.title")}</Link>
      </p>
      {data.mmEvent ? (
        <p className="hint">
          <Link to={`/events/${data.mmEvent.id}`}>
            {t("mmEvents.sdLink", {
              title: locale === "zh" ? data.mmEvent.titleZh : data.mmEvent.titleEn,
              from: data.mmEvent.startsOn,
              to: data.mmEvent.endsOn,
            })}
          </Link>
        </p>
      ) : null}
      <Form method="get" onChange={onChange} role="search" className="search-layout">
        <div className="search-bar">
          <label htmlFor="q" className="visually-hidden">
            {t("search.label")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q}
            placeholder={t("sdSearch.placeholder")}
            autoComplete="off"
          />
          <label htmlFor="sort" className="visually-hidden">
            {t("search.sort")}
          </label>
          <select id="sort" name="sort" defaultValue={params.get("sort") ?? "relevance"}>
            {SD_SEARCH_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sdSearch.sort.${sort}`)}
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
              ? SD_FACETS.map((facet) => {
                  const counts = data.result.facets[facet] ?? {};
                  const chosen = selected(facet);
                  const values = [...new Set([...Object.keys(counts), ...chosen])].sort(
                    (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || textCollator.compare(a, b),
                  );
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
                      <legend>{t(`sdSearch.facet.${facet}`)}</legend>
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
              <p>{q || chosenCount > 0 ? t("sdSearch.empty", { q }) : t("sdSearch.emptyAll")}</p>
              {q || chosenCount > 0 ? <p className="hint">{t("search.emptyHint")}</p> : null}
              {data.suggestions &&
              (data.suggestions.dropWord.length > 0 || data.suggestions.withoutFilters !== null) ? (
                <>
                  <p>{t("search.suggest")}</p>
                  <ul className="suggestions">
                    {data.suggestions.dropWord.map((s) => (
                      <li key={s.word}>
                        <Link to={withParams(params, { q: s.q })}>
                          {t("search.suggest.drop", { word: s.word, q: s.q, total: s.total })}
                        </Link>
                      </li>
                    ))}
                    {data.suggestions.withoutFilters !== null ? (
                      <li>
                        <Link to={`?${new URLSearchParams({ q })}`}>
                          {t("search.suggest.filters", { total: data.suggestions.withoutFilters })}
                        </Link>
                      </li>
                    ) : null}
                  </ul>
                </>
              ) : null}
              {q || chosenCount > 0 ? <Link to={PATH}>{t("search.clear")}</Link> : null}
            </div>
          ) : (
            <>
              <p className="hint">
                {t("sdSearch.count", { total: data.result.totalHits })}
                {searching ? ` · ${t("common.loading")}` : ""}
              </p>
              <ol className="result-list">
                {data.result.hits.map((hit) => (
                  <SdHitCard key={hit.code} hit={hit} />
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
      {data.canSaveSearch && data.state === "ok" ? <SaveSearchForm params={params} /> : null}
    </section>
  );
}
