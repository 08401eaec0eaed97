import { Form, Link } from "@remix-run/react";
import { SD_SAVED_SEARCH_PARAMS } from "../forms/sd-search";
import { shanghaiDate } from "../domain/time";
import { useI18n } from "../i18n/use-i18n";
import { CsrfInput } from "./forms";
import { Highlight } from "./highlight";
import { DemoBadge } from "./labels";
import { SdKindBadge, SdStatusBadge, useSdLabels } from "./sd-labels";

/** What a result card shows: the search hit as the loader sends it (no contacts exist in it). */
export interface SdHitView {
  code: string;
  kind: string;
  status: string;
  title: string;
  organizationName: string;
  district: string;
  domain: string;
  budgetBand: string;
  isDemo: boolean;
  publishedAt: string | null;
  _formatted: { title: string; summary: string };
}

export function SdHitCard({ hit }: { hit: SdHitView }) {
  const { t } = useI18n();
  const labels = useSdLabels();
  return (
    <li className="card sd-hit">
      <p className="task-meta">
        <SdKindBadge kind={hit.kind} /> <span className="mono">{hit.code}</span>
        {hit.status !== "published" ? (
          <>
            {" "}
            <SdStatusBadge status={hit.status} />
          </>
        ) : null}
        {hit.isDemo ? (
          <>
            {" "}
            <DemoBadge />
          </>
        ) : null}
      </p>
      <h2>
        <Link to={`/supply-demand/${hit.code}`}>
          <Highlight text={hit._formatted.title} />
        </Link>
      </h2>
      <p className="sd-hit-summary">
        <Highlight text={hit._formatted.summary} />
      </p>
      <p className="hint">
        {hit.organizationName} · {labels.district(hit.district)} · {labels.domain(hit.domain)} ·{" "}
        {t(hit.kind === "supply" ? "sdSearch.price" : "sdSearch.budget")} {labels.budgetBand(hit.budgetBand)}
        {hit.publishedAt
          ? ` · ${t("sdSearch.published", { date: shanghaiDate(new Date(hit.publishedAt)) })}`
          : ""}
      </p>
    </li>
  );
}

/**
 * For members of an organization: saves the current search (its words and filters, not its page or order) as a
 * subscription. The saved-searches part answers POST /my/saved-searches.
 */
export function SaveSearchForm({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const kept = SD_SAVED_SEARCH_PARAMS.flatMap((name) =>
    params
      .getAll(name)
      .filter((value) => value !== "")
      .map((value) => [name, value] as const),
  );
  return (
    <Form method="post" action="/my/saved-searches" className="card sd-save-search no-print">
      <CsrfInput />
      <input type="hidden" name="intent" value="create" />
      {kept.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <h2>{t("sdSearch.save.title")}</h2>
      <p className="hint">{t("sdSearch.save.hint")}</p>
      <div className="search-bar">
        <label htmlFor="saved-search-name" className="visually-hidden">
          {t("sdSearch.save.name")}
        </label>
        <input
          key={params.get("q") ?? ""}
          id="saved-search-name"
          name="name"
          type="text"
          required
          maxLength={100}
          defaultValue={params.get("q") ?? ""}
          placeholder={t("sdSearch.save.name")}
        />
        <button type="submit" className="button">
          {t("sdSearch.save.submit")}
        </button>
      </div>
    </Form>
  );
}
