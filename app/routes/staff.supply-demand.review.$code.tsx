import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FieldErrors, FormErrors, SubmitButton } from "../components/forms";
import { FieldValue } from "../components/sd-review";
import { percent, REVIEW_DECISIONS, REVIEW_FIELDS, type ReviewDecision } from "../domain/sd-review";
import { useI18n } from "../i18n/use-i18n";
import { reviewItemAction, reviewItemLoader } from "../server/supply-demand/review/review-page.server";

export const loader = reviewItemLoader;
export const action = reviewItemAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.item?.code ?? data?.code ?? ""} 审核 Review — 揭榜 Jiebang` },
];

type View = ReturnType<typeof useLoaderData<typeof loader>>;
type Reviewable = Extract<View, { refusal: null }>;
type ActionData = ReturnType<typeof useActionData<typeof action>>;

function errorsOf(actionData: ActionData | undefined, intent: string, field?: string) {
  if (!actionData || actionData.ok || actionData.intent !== intent) return undefined;
  if (field) return actionData.fieldErrors?.[field];
  return actionData.formError ? [actionData.formError] : undefined;
}

export default function SdReviewItem() {
  const view = useLoaderData<typeof loader>();
  const { t } = useI18n();
  if (view.refusal !== null)
    return (
      <div className="stack">
        <h1>{t("sdReview.page.refused")}</h1>
        <FormErrors id="refusal" errors={[view.refusal]} />
        <p>
          <Link to="/staff/supply-demand/review">{t("sdReview.page.backToQueue")}</Link>
        </p>
      </div>
    );
  return <ReviewPage view={view} />;
}

function ReviewPage({ view }: { view: Reviewable }) {
  const actionData = useActionData<typeof action>();
  const { t, dateTime } = useI18n();
  const { item, revision } = view;
  const done =
    actionData?.ok && (REVIEW_DECISIONS as readonly string[]).includes(actionData.intent)
      ? (actionData.intent as ReviewDecision)
      : null;
  return (
    <div className="stack">
      <p className="task-meta">
        <Link to="/staff/supply-demand/review">{t("sdReview.page.backToQueue")}</Link>
      </p>
      <p className="task-meta">
        <span className="mono">{item.code}</span> · {t(`sd.kind.${item.kind}`)} ·{" "}
        {t(`sd.status.${item.status}`)}
        {item.closeReason ? ` · ${t(`sd.closeReason.${item.closeReason}`)}` : null}
      </p>
      <h1>{revision.content.title}</h1>
      <dl className="sd-review-facts">
        <div>
          <dt>{t("sdReview.page.organization")}</dt>
          <dd>{item.organizationName}</dd>
        </div>
        <div>
          <dt>{t("sdReview.page.submittedAt")}</dt>
          <dd>{revision.submittedAt ? dateTime(revision.submittedAt) : "—"}</dd>
        </div>
      </dl>
      {done ? (
        <p className="alert alert-ok" role="status">
          {t(`sdReview.done.${done}`)}
        </p>
      ) : null}
      {item.duplicateOf ? (
        <p className="alert" role="status">
          {t("sdReview.page.duplicateOf", { code: item.duplicateOf })}{" "}
          <Link to={`/staff/supply-demand/review/${item.duplicateOf}`}>{item.duplicateOf}</Link>
        </p>
      ) : null}
      {!view.reviewable && actionData && !actionData.ok && actionData.formError ? (
        // The decision forms are gone (another reviewer decided first): the refusal stands at the top.
        <FormErrors id="decision-error" errors={[actionData.formError]} />
      ) : null}
      {!view.reviewable && !done ? (
        <p className="card empty">
          {t("sdReview.page.notAwaiting", { status: t(`sd.status.${item.status}`) })}
        </p>
      ) : null}
      <ContentTable view={view} />
      {view.reviewable ? <Duplicates view={view} /> : null}
      {view.reviewable ? <Decisions view={view} actionData={actionData} /> : null}
      <History view={view} />
    </div>
  );
}

function ContentTable({ view }: { view: Reviewable }) {
  const { t } = useI18n();
  const changed = new Set<string>(view.changed);
  const fields = REVIEW_FIELDS.filter(
    (field) =>
      view.revision.content[field] !== null ||
      (view.published !== null && view.published.content[field] !== null),
  );
  return (
    <section className="card" aria-labelledby="sd-content">
      <h2 id="sd-content">
        {view.reviewable
          ? t("sdReview.page.submittedRevision", { number: view.revision.number })
          : t("sdReview.page.shownRevision", { number: view.revision.number })}{" "}
        · {t(`sd.revisionStatus.${view.revision.status}`)}
      </h2>
      {view.published ? (
        <p className="hint">{t("sdReview.page.editNote", { number: view.published.number })}</p>
      ) : null}
      <div className="table-wrap" tabIndex={0}>
        <table className="stack-table sd-review-content">
          <thead>
            <tr>
              <th scope="col">{t("sdReview.page.field")}</th>
              <th scope="col">{t("sdReview.page.submitted")}</th>
              {view.published ? <th scope="col">{t("sdReview.page.published")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field} className={changed.has(field) ? "sd-changed" : undefined}>
                <th scope="row">
                  {t(`sdReview.field.${field}`)}
                  {view.published ? (
                    changed.has(field) ? (
                      <span className="tag sd-changed-tag"> {t("sdReview.page.changed")}</span>
                    ) : (
                      <span className="visually-hidden"> ({t("sdReview.page.unchanged")})</span>
                    )
                  ) : null}
                </th>
                <td data-label={t("sdReview.page.submitted")}>
                  <FieldValue field={field} value={view.revision.content[field]} />
                </td>
                {view.published ? (
                  <td data-label={t("sdReview.page.published")}>
                    <FieldValue field={field} value={view.published.content[field]} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Duplicates({ view }: { view: Reviewable }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="sd-duplicates">
      <h2 id="sd-duplicates">{t("sdReview.page.duplicates")}</h2>
      <p className="hint">{t("sdReview.page.duplicatesLead")}</p>
      {view.duplicates.length === 0 ? (
        <p className="empty">{t("sdReview.page.noDuplicates")}</p>
      ) : (
        <ol className="sd-duplicates">
          {view.duplicates.map((d) => (
            <li key={d.code}>
              <Link to={d.public ? `/supply-demand/${d.code}` : `/staff/supply-demand/review/${d.code}`}>
                <span className="mono">{d.code}</span> {d.title}
              </Link>{" "}
              · {t("sdReview.page.similarity", { percent: percent(d.similarity) })}
              {d.public ? null : <span className="tag"> {t("sdReview.page.pendingItem")}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Decisions({ view, actionData }: { view: Reviewable; actionData: ActionData | undefined }) {
  const { t } = useI18n();
  const revision = <input type="hidden" name="revision" value={view.revision.id} />;
  const reasonForm = (intent: "return" | "reject") => {
    const errors = errorsOf(actionData, intent, "reason");
    const id = `${intent}-reason`;
    return (
      <Form method="post" className="stack" aria-labelledby={`${intent}-title`}>
        <CsrfInput />
        <input type="hidden" name="intent" value={intent} />
        {revision}
        <h3 id={`${intent}-title`}>{t(`sdReview.page.${intent}`)}</h3>
        <FormErrors id={`${intent}-error`} errors={errorsOf(actionData, intent)} />
        <div className="field">
          <label htmlFor={id}>{t("sdReview.page.reasonLabel")}</label>
          <textarea
            id={id}
            name="reason"
            rows={3}
            maxLength={2000}
            required
            aria-invalid={errors ? true : undefined}
            aria-describedby={errors ? `${id}-error ${id}-hint` : `${id}-hint`}
          />
          <p className="hint" id={`${id}-hint`}>
            {t(`sdReview.page.${intent}Hint`)}
          </p>
          <FieldErrors id={`${id}-error`} errors={errors} />
        </div>
        <SubmitButton>{t(`sdReview.page.${intent}`)}</SubmitButton>
      </Form>
    );
  };
  const canonicalErrors = errorsOf(actionData, "duplicate", "canonical");
  return (
    <section className="card stack" aria-labelledby="sd-decision">
      <h2 id="sd-decision">{t("sdReview.page.decision")}</h2>
      <Form method="post" className="stack" aria-labelledby="approve-title">
        <CsrfInput />
        <input type="hidden" name="intent" value="approve" />
        {revision}
        <h3 id="approve-title">{t("sdReview.page.approve")}</h3>
        <p className="hint">{t("sdReview.page.approveHint")}</p>
        <FormErrors id="approve-error" errors={errorsOf(actionData, "approve")} />
        <SubmitButton>{t("sdReview.page.approve")}</SubmitButton>
      </Form>
      {reasonForm("return")}
      {reasonForm("reject")}
      <Form method="post" className="stack" aria-labelledby="duplicate-title">
        <CsrfInput />
        <input type="hidden" name="intent" value="duplicate" />
        {revision}
        <h3 id="duplicate-title">{t("sdReview.page.markDuplicate")}</h3>
        <FormErrors id="duplicate-error" errors={errorsOf(actionData, "duplicate")} />
        <div className="field">
          <label htmlFor="canonical">{t("sdReview.page.canonicalLabel")}</label>
          <input
            id="canonical"
            name="canonical"
            className="mono"
            maxLength={20}
            autoComplete="off"
            required
            aria-invalid={canonicalErrors ? true : undefined}
            aria-describedby={canonicalErrors ? "canonical-error canonical-hint" : "canonical-hint"}
          />
          <p className="hint" id="canonical-hint">
            {t("sdReview.page.duplicateHint")}
          </p>
          <FieldErrors id="canonical-error" errors={canonicalErrors} />
        </div>
        <SubmitButton>{t("sdReview.page.markDuplicate")}</SubmitButton>
      </Form>
    </section>
  );
}

function History({ view }: { view: Reviewable }) {
  const { t, dateTime } = useI18n();
  return (
    <section className="card" aria-labelledby="sd-history">
      <h2 id="sd-history">{t("sdReview.page.history")}</h2>
      <ol className="sd-history">
        {view.history.map((h) => (
          <li key={h.id}>
            <strong>{t("sdReview.page.historyRow", { number: h.number })}</strong> ·{" "}
            {t(`sd.revisionStatus.${h.status}`)} · {h.title}
            <br />
            <span className="hint">
              {t("sdReview.page.author")}: {h.authorName} · {t("sdReview.page.created")}:{" "}
              {dateTime(h.createdAt)}
              {h.submittedAt ? ` · ${t("sdReview.page.submittedAt")}: ${dateTime(h.submittedAt)}` : ""}
              {h.reviewerName ? ` · ${t("sdReview.page.reviewer")}: ${h.reviewerName}` : ""}
              {h.reviewedAt ? ` · ${t("sdReview.page.reviewedAt")}: ${dateTime(h.reviewedAt)}` : ""}
            </span>
            {h.reviewReason ? (
              <p>
                {t("sdReview.page.reason")}: {h.reviewReason}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
