import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FieldErrors, FormErrors, SubmitButton } from "../components/forms";
import { StatusBadge } from "../components/labels";
import { computeAward } from "../domain/award";
import { formatFen } from "../domain/money";
import { useI18n } from "../i18n/use-i18n";
import { reviewPageAction, reviewPageLoader } from "../server/bidding/review-page.server";

export const loader = reviewPageLoader;
export const action = reviewPageAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.task.code ?? ""} 申报评审 Bid review — 揭榜 Jiebang` },
];

type ReviewData = ReturnType<typeof useLoaderData<typeof loader>>;
type ActionData = ReturnType<typeof useActionData<typeof action>>;

function errorsFor(
  actionData: ActionData | undefined,
  intent: string,
  target: number | null,
  field?: string,
) {
  if (!actionData || actionData.ok || actionData.intent !== intent || actionData.target !== target)
    return undefined;
  if (field) return actionData.fieldErrors?.[field];
  return actionData.formError ? [actionData.formError] : undefined;
}

export default function BidReview() {
  const review = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, dateTime } = useI18n();
  const { task, bids } = review;
  const underReview = task.storedStatus === "under_review";
  return (
    <div className="stack">
      <p className="task-meta">
        <Link to={`/staff/tasks/${task.code}`}>
          <span className="mono">{task.code}</span> {task.title}
        </Link>{" "}
        · <StatusBadge status={task.status} />
      </p>
      <h1>
        {t("review.title")} · {t("review.bids", { count: bids.length })}
      </h1>
      <p className="hint">
        {t("bid.deadline")}: {dateTime(task.bidDeadline)} ·{" "}
        {t("review.maxWinners", { max: task.maxWinners, count: review.selectedCount })}
      </p>
      {actionData?.ok ? (
        <p className="alert alert-ok" role="status">
          {actionData.intent === "startReview"
            ? t("review.started")
            : actionData.intent === "publish"
              ? t("review.published")
              : t("review.saved")}
        </p>
      ) : null}
      {task.status === "published" ? (
        <p className="hint">{t("review.notYet", { deadline: dateTime(task.bidDeadline) })}</p>
      ) : null}
      <FormErrors id="startReview-error" errors={errorsFor(actionData, "startReview", null)} />
      <FormErrors id="publish-error" errors={errorsFor(actionData, "publish", null)} />
      {task.status === "bidding_closed" ? (
        <Form method="post" className="card">
          <CsrfInput />
          <input type="hidden" name="intent" value="startReview" />
          <p className="hint">{t("review.startReviewHint")}</p>
          <SubmitButton>{t("review.startReview")}</SubmitButton>
        </Form>
      ) : null}
      {bids.length === 0 ? <p className="empty">{t("review.none")}</p> : <CompareTable review={review} />}
      {bids.map((bid) => (
        <BidCard key={bid.id} bid={bid} underReview={underReview} actionData={actionData} />
      ))}
      {(underReview && review.selectedCount > 0) || task.storedStatus === "selected" ? (
        <Form method="post" className="card">
          <CsrfInput />
          <input type="hidden" name="intent" value="publish" />
          <p className="hint">{t("review.publishHint", { days: task.noticeDays })}</p>
          <SubmitButton>{t("review.publish")}</SubmitButton>
        </Form>
      ) : null}
      {review.notice ? <NoticePanel review={review} actionData={actionData} /> : null}
    </div>
  );
}

function CompareTable({ review }: { review: ReviewData }) {
  const { t } = useI18n();
  const { bids, task, indicators } = review;
  const row = (label: string, cell: (bid: ReviewData["bids"][number]) => React.ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      {bids.map((bid) => (
        <td key={bid.id}>{cell(bid)}</td>
      ))}
    </tr>
  );
  return (
    <section className="card" aria-labelledby="compare">
      <h2 id="compare">{t("review.compare")}</h2>
      <div className="table-wrap" tabIndex={0}>
        <table className="compare-table">
          <thead>
            <tr>
              <th scope="col">{t("bid.lead")}</th>
              {bids.map((bid) => (
                <th scope="col" key={bid.id}>
                  <a href={`#bid-${bid.id}`}>{bid.leadOrgName}</a>
                  {bid.shortlisted ? <span className="tag"> {t("review.shortlisted")}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {row(t("bid.memberStatus"), (bid) => t(`bid.status.${bid.status}`))}
            {row(t("bid.section.consortium"), (bid) =>
              bid.members
                .filter((m) => m.status === "accepted")
                .map((m) => `${m.organizationName} ${m.shareBp / 100}%`)
                .join("；"),
            )}
            {row(t("bid.section.investment"), (bid) => formatFen(bid.plannedInvestmentFen))}
            {row(t("bid.estimate"), (bid) =>
              bid.plannedInvestmentFen > 0
                ? formatFen(
                    computeAward(
                      { rateBp: task.policyRateBp, capFen: task.policyCapFen },
                      bid.plannedInvestmentFen,
                    ).cappedFen,
                  )
                : "—",
            )}
            {row(t("bid.summary"), (bid) => bid.summary)}
            {(["approach", "innovation", "capacity", "risks"] as const).map((key) => (
              <tr key={key}>
                <th scope="row">{t(`bid.proposal.${key}`)}</th>
                {bids.map((bid) => (
                  <td key={bid.id} className="rich-text">
                    {bid.proposal.find((s) => s.heading === key)?.body ?? ""}
                  </td>
                ))}
              </tr>
            ))}
            {row(t("bid.section.schedule"), (bid) =>
              bid.milestones.map((m) => `${m.date} ${m.deliverable}`).join("；"),
            )}
            {row(t("bid.section.team"), (bid) => bid.team.map((p) => `${p.name}（${p.role}）`).join("；"))}
            {indicators.map((indicator, position) => (
              <tr key={position}>
                <th scope="row">
                  {t("bid.section.responses")} {position + 1}: {indicator.name}
                </th>
                {bids.map((bid) => (
                  <td key={bid.id}>
                    {bid.indicatorResponses.find((r) => r.position === position)?.response ?? "—"}
                  </td>
                ))}
              </tr>
            ))}
            {row(t("bid.section.attachments"), (bid) =>
              bid.attachments.length ? (
                <ul>
                  {bid.attachments.map((file) => (
                    <li key={file.id}>
                      <a href={`/attachments/${file.id}`} download>
                        {file.fileName}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : (
                "—"
              ),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function BidCard({
  bid,
  underReview,
  actionData,
}: {
  bid: ReviewData["bids"][number];
  underReview: boolean;
  actionData: ActionData | undefined;
}) {
  const { t } = useI18n();
  return (
    <section className="card stack" id={`bid-${bid.id}`} aria-labelledby={`bid-${bid.id}-title`}>
      <h2 id={`bid-${bid.id}-title`}>
        {bid.leadOrgName}{" "}
        <span className={`status bid-status-${bid.status}`}>{t(`bid.status.${bid.status}`)}</span>
      </h2>
      <p>
        <Link to={`/bids/${bid.id}`}>{t("bid.open")}</Link>
        {bid.decisionReason ? ` · ${t("bid.decisionReason")}: ${bid.decisionReason}` : ""}
      </p>
      <FormErrors id={`review-${bid.id}-error`} errors={errorsFor(actionData, "review", bid.id)} />
      <Form method="post" className="stack">
        <CsrfInput />
        <input type="hidden" name="intent" value="review" />
        <input type="hidden" name="id" value={bid.id} />
        <div className="field">
          <label htmlFor={`note-${bid.id}`}>{t("review.note")}</label>
          <textarea
            id={`note-${bid.id}`}
            name="staffNote"
            rows={2}
            defaultValue={bid.staffNote}
            maxLength={2000}
          />
          <FieldErrors
            id={`note-${bid.id}-error`}
            errors={errorsFor(actionData, "review", bid.id, "staffNote")}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" name="shortlisted" defaultChecked={bid.shortlisted} />{" "}
          {t("review.shortlisted")}
        </label>
        <div>
          <button type="submit" className="button">
            {t("review.saveNote")}
          </button>
        </div>
      </Form>
      {underReview && bid.status === "submitted" ? (
        <Form method="post" className="stack">
          <CsrfInput />
          <input type="hidden" name="intent" value="select" />
          <input type="hidden" name="id" value={bid.id} />
          <FormErrors id={`select-${bid.id}-error`} errors={errorsFor(actionData, "select", bid.id)} />
          <div className="field">
            <label htmlFor={`reason-${bid.id}`}>{t("review.selectReason")}</label>
            <textarea
              id={`reason-${bid.id}`}
              name="reason"
              rows={2}
              maxLength={1000}
              aria-invalid={errorsFor(actionData, "select", bid.id, "reason") ? true : undefined}
            />
            <FieldErrors
              id={`reason-${bid.id}-error`}
              errors={errorsFor(actionData, "select", bid.id, "reason")}
            />
          </div>
          <div>
            <SubmitButton>{t("review.select")}</SubmitButton>
          </div>
        </Form>
      ) : null}
      {underReview && bid.status === "selected" ? (
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="intent" value="unselect" />
          <input type="hidden" name="id" value={bid.id} />
          <FormErrors id={`unselect-${bid.id}-error`} errors={errorsFor(actionData, "unselect", bid.id)} />
          <button type="submit" className="button">
            {t("review.unselect")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

function NoticePanel({ review, actionData }: { review: ReviewData; actionData: ActionData | undefined }) {
  const { t, dateTime } = useI18n();
  const notice = review.notice!;
  return (
    <section className="card stack" aria-labelledby="notice-title">
      <h2 id="notice-title">
        {t("review.notice")}
        {t("common.colon")}
        {t(`notice.phase.${notice.phase}`)}
      </h2>
      <p>
        {t("notice.period")}: {dateTime(notice.startsAt)} — {dateTime(notice.endsAt)} ·{" "}
        <Link to={`/notices/${notice.id}`}>{t("notice.detail")}</Link>
      </p>
      <h3>{t("review.objections")}</h3>
      {review.objections.length === 0 ? <p className="empty">{t("review.noObjections")}</p> : null}
      {review.objections.map((objection) => (
        <article key={objection.id} className="card" id={`objection-${objection.id}`}>
          <p>
            <strong>{objection.leadOrgName}</strong> · {objection.filedByName} ({objection.filedByEmail}) ·{" "}
            {dateTime(objection.createdAt)} · {t(`notice.objectionStatus.${objection.status}`)}
          </p>
          <p className="rich-text">{objection.reasons}</p>
          {objection.evidence ? <p className="rich-text hint">{objection.evidence}</p> : null}
          {objection.resolution ? (
            <p>
              {t("review.resolution")}: {objection.resolution}
            </p>
          ) : null}
          {objection.status === "pending" && notice.status === "open" ? (
            <Form method="post" className="stack">
              <CsrfInput />
              <input type="hidden" name="intent" value="resolve" />
              <input type="hidden" name="id" value={objection.id} />
              <FormErrors
                id={`resolve-${objection.id}-error`}
                errors={errorsFor(actionData, "resolve", objection.id)}
              />
              <fieldset>
                <legend>{t("review.resolve")}</legend>
                <label className="checkbox">
                  <input type="radio" name="decision" value="dismissed" required /> {t("review.dismissed")}
                </label>
                <label className="checkbox">
                  <input type="radio" name="decision" value="upheld" /> {t("review.upheld")}
                </label>
                <FieldErrors
                  id={`decision-${objection.id}-error`}
                  errors={errorsFor(actionData, "resolve", objection.id, "decision")}
                />
              </fieldset>
              <div className="field">
                <label htmlFor={`resolution-${objection.id}`}>{t("review.resolution")}</label>
                <textarea id={`resolution-${objection.id}`} name="resolution" rows={2} maxLength={2000} />
                <FieldErrors
                  id={`resolution-${objection.id}-error`}
                  errors={errorsFor(actionData, "resolve", objection.id, "resolution")}
                />
              </div>
              <div>
                <SubmitButton>{t("review.resolve")}</SubmitButton>
              </div>
            </Form>
          ) : null}
        </article>
      ))}
      {review.projects.length ? (
        <p>
          {t("review.projects")}
          {t("common.colon")}
          {review.projects.map((p) => (
            <Link key={p.id} className="button" to={`/staff/projects/${p.id}`}>
              {t("project.open")} #{p.id}
            </Link>
          ))}
        </p>
      ) : null}
    </section>
  );
}
