import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FieldErrors, FormErrors } from "../components/forms";
import { DemoBadge } from "../components/labels";
import { Pagination } from "../components/pagination";
import { SdBatchSection, SdListTable, sdDistrictLabel, sdDomainLabel } from "../components/sd-list-table";
import { DISTRICTS } from "../domain/districts";
import { batchName } from "../domain/sd-list";
import { CITY_WIDE, SD_DOMAINS, SD_KINDS } from "../domain/supply-demand";
import { useI18n } from "../i18n/use-i18n";
import { batchPageAction, batchPageLoader } from "../server/supply-demand/list/staff-pages.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${data ? `${data.batch.year} ${batchName(data.batch.number, "zh")}` : "批次"} — 清单批次 — 揭榜 Jiebang`,
  },
];

export const loader = batchPageLoader;
export const action = batchPageAction;

export default function StaffSdBatch() {
  const { t, locale, dateTime } = useI18n();
  const data = useLoaderData<typeof loader>();
  const { batch, members, candidates, search } = data;
  const reply = useActionData<typeof action>();
  const isDraft = batch.status === "draft";
  const name = batchName(batch.number, locale);
  const memberActions = (row: { code: string }, index: number) => {
    const member = members.find((m) => m.code === row.code)!;
    const label = `${row.code}`;
    return (
      <span className="sd-member-actions">
        <Form method="post" className="inline-form">
          <CsrfInput />
          <input type="hidden" name="itemId" value={member.itemId} />
          <button
            type="submit"
            name="intent"
            value="up"
            className="button button-quiet"
            disabled={index === 0}
            aria-label={t("sdList.staff.moveUp", { code: label })}
          >
            ↑
          </button>
          <button
            type="submit"
            name="intent"
            value="down"
            className="button button-quiet"
            disabled={index === members.length - 1}
            aria-label={t("sdList.staff.moveDown", { code: label })}
          >
            ↓
          </button>
          <button
            type="submit"
            name="intent"
            value="remove"
            className="button button-quiet"
            aria-label={t("sdList.staff.remove", { code: label })}
          >
            {t("sdList.staff.removeShort")}
          </button>
        </Form>
        {reply?.intent === "member" && reply.target === member.itemId && reply.formError ? (
          <FormErrors id={`member-error-${member.itemId}`} errors={[reply.formError]} />
        ) : null}
      </span>
    );
  };
  return (
    <section className="stack">
      <p className="task-meta">
        <Link to={`/staff/supply-demand/batches?year=${batch.year}`}>{t("sdList.staff.title")}</Link> ·{" "}
        {batch.year} · {t(`sdList.batchStatus.${batch.status}`)}
      </p>
      <h1>
        {batch.year} {name}
      </h1>
      <dl className="facts">
        <dt>{t("sdList.staff.composer")}</dt>
        <dd>{batch.composerName}</dd>
        <dt>{t("sdList.staff.publisher")}</dt>
        <dd>{batch.publisherName ?? "—"}</dd>
        <dt>{t("sdList.staff.publishedOn")}</dt>
        <dd>
          {batch.publishedOn ?? "—"}
          {batch.publishedAt ? ` (${t("sdList.staff.signedAt", { at: dateTime(batch.publishedAt) })})` : null}
        </dd>
      </dl>

      {!isDraft ? (
        <p className="alert alert-ok" role="status">
          {reply?.intent === "publish" && reply.ok
            ? t("sdList.staff.publishedNow", { count: members.length })
            : t("sdList.staff.frozen")}{" "}
          <Link to={`/supply-demand/lists/${batch.year}#batch-${batch.number}`}>
            {t("sdList.staff.viewPublic")}
          </Link>
        </p>
      ) : null}

      <h2>{t("sdList.staff.members", { count: members.length })}</h2>
      {reply?.intent === "add" && reply.ok ? (
        <p role="status" className="alert alert-ok">
          {t("sdList.staff.added", { count: reply.value?.added ?? 0 })}
        </p>
      ) : null}
      {members.length === 0 ? (
        <p className="card empty">{t("sdList.staff.noMembers")}</p>
      ) : (
        <SdListTable
          rows={members}
          caption={t("sdList.staff.members", { count: members.length })}
          linkItems={false}
          actions={isDraft ? memberActions : undefined}
        />
      )}

      {isDraft ? (
        <>
          <section className="card" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t("sdList.staff.preview")}</h2>
            <p className="hint">{t("sdList.staff.previewLead")}</p>
            <div className="sd-preview">
              <SdBatchSection number={batch.number} publishedOn={null} rows={members} headingLevel={3} />
            </div>
          </section>

          <Form method="post" className="card" aria-labelledby="publish-heading">
            <h2 id="publish-heading">{t("sdList.staff.publish")}</h2>
            <p className="hint">
              {t("sdList.staff.publishLead", { composer: batch.composerName })}
              {data.viewerIsComposer ? ` ${t("sdList.staff.youComposed")}` : null}
            </p>
            {reply?.intent === "publish" && reply.formError ? (
              <FormErrors id="publish-error" errors={[reply.formError]} />
            ) : null}
            <CsrfInput />
            <div className="field">
              <label htmlFor="publishedOn">{t("sdList.staff.publishedOn")}</label>
              <input
                id="publishedOn"
                type="date"
                name="publishedOn"
                required
                defaultValue={data.today}
                aria-invalid={
                  reply?.intent === "publish" && reply.fieldErrors?.publishedOn ? true : undefined
                }
                aria-describedby={
                  reply?.intent === "publish" && reply.fieldErrors?.publishedOn
                    ? "publishedOn-error"
                    : undefined
                }
              />
              <FieldErrors
                id="publishedOn-error"
                errors={reply?.intent === "publish" ? reply.fieldErrors?.publishedOn : null}
              />
            </div>
            <button type="submit" name="intent" value="publish" className="button button-primary">
              {t("sdList.staff.publishButton")}
            </button>
          </Form>

          <section aria-labelledby="candidates-heading" className="stack">
            <h2 id="candidates-heading">{t("sdList.staff.candidates", { year: batch.year })}</h2>
            <Form method="get" className="sd-candidate-filters">
              <div className="field">
                <label htmlFor="f-kind">{t("sdList.col.kind")}</label>
                <select id="f-kind" name="kind" defaultValue={search.kind}>
                  <option value="">{t("sdList.staff.any")}</option>
                  {SD_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`sd.kind.${kind}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="f-domain">{t("sdList.col.domain")}</label>
                <select id="f-domain" name="domain" defaultValue={search.domain}>
                  <option value="">{t("sdList.staff.any")}</option>
                  {SD_DOMAINS.map((domain) => (
                    <option key={domain} value={domain}>
                      {sdDomainLabel(domain, locale)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="f-district">{t("sdList.col.district")}</label>
                <select id="f-district" name="district" defaultValue={search.district}>
                  <option value="">{t("sdList.staff.any")}</option>
                  {[CITY_WIDE, ...DISTRICTS].map((district) => (
                    <option key={district} value={district}>
                      {sdDistrictLabel(district, locale, t("sd.cityWide"))}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="f-q">{t("sdList.staff.text")}</label>
                <input id="f-q" type="search" name="q" defaultValue={search.q} maxLength={100} />
              </div>
              <button type="submit" className="button">
                {t("sdList.staff.filter")}
              </button>
            </Form>
            {reply?.intent === "add" && reply.formError ? (
              <FormErrors id="add-error" errors={[reply.formError]} />
            ) : null}
            {candidates.length === 0 ? (
              <p className="card empty">{t("sdList.staff.noCandidates")}</p>
            ) : (
              <Form method="post">
                <CsrfInput />
                <fieldset className="sd-candidates">
                  <legend className="visually-hidden">{t("sdList.staff.chooseItems")}</legend>
                  <ul className="plain-list">
                    {candidates.map((c) => (
                      <li key={c.id}>
                        <input type="checkbox" id={`item-${c.id}`} name="itemId" value={c.id} />{" "}
                        <label htmlFor={`item-${c.id}`}>
                          <span className="mono">{c.code}</span> · {t(`sd.kind.${c.kind}`)} · {c.title} ·{" "}
                          {c.organizationName} ·{" "}
                          {sdDistrictLabel(c.district ?? CITY_WIDE, locale, t("sd.cityWide"))} ·{" "}
                          {sdDomainLabel(c.domain, locale)}
                        </label>
                        {c.isDemo ? (
                          <>
                            {" "}
                            <DemoBadge />
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </fieldset>
                <button type="submit" name="intent" value="add" className="button button-primary">
                  {t("sdList.staff.addSelected")}
                </button>
              </Form>
            )}
            <Pagination
              param="page"
              page={search.page}
              pageSize={data.candidatesPerPage}
              total={data.candidateTotal}
            />
          </section>

          <Form method="post" className="card">
            <h2>{t("sdList.staff.discard")}</h2>
            <p className="hint">{t("sdList.staff.discardLead")}</p>
            {reply?.intent === "discard" && reply.formError ? (
              <FormErrors id="discard-error" errors={[reply.formError]} />
            ) : null}
            <CsrfInput />
            <button type="submit" name="intent" value="discard" className="button">
              {t("sdList.staff.discard")}
            </button>
          </Form>
        </>
      ) : null}
    </section>
  );
}
