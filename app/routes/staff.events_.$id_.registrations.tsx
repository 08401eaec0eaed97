import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FieldErrors, FormErrors } from "../components/forms";
import { MmRegistrationStatusBadge, useEventTitle } from "../components/mm-registration";
import { Pagination } from "../components/pagination";
import { SdKindBadge } from "../components/sd-labels";
import { MM_REGISTRATION_STATUSES } from "../domain/matchmaking";
import { REFUSE_REASON_MAX } from "../domain/mm-registration";
import { useI18n } from "../i18n/use-i18n";
import {
  staffRegistrationsAction,
  staffRegistrationsLoader,
} from "../server/matchmaking/registration/staff-registrations-page.server";

export const meta: MetaFunction = () => [{ title: "大会报名审核 · Registrations — 揭榜 Jiebang" }];

export const loader = staffRegistrationsLoader;
export const action = staffRegistrationsAction;

type Row = ReturnType<typeof useLoaderData<typeof loader>>["rows"][number];

export default function StaffRegistrations() {
  const { event, status, rows, page, pageSize, total } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const decidedAndGone =
    actionData?.ok && "target" in actionData && !rows.some((row) => row.id === actionData.target);
  const { t } = useI18n();
  const title = useEventTitle();
  return (
    <div className="stack">
      <p>
        <Link to={`/staff/events/${event.id}`}>{t("mmRegistration.staff.back")}</Link>
      </p>
      <h1>{t("mmRegistration.staff.title")}</h1>
      <p className="lead">{title(event)}</p>
      <Form method="get" className="toolbar" aria-label={t("mmRegistration.staff.filter")}>
        <label htmlFor="mm-reg-status-filter">{t("mmRegistration.staff.status")}</label>
        <select id="mm-reg-status-filter" name="status" defaultValue={status}>
          {MM_REGISTRATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`mm.registrationStatus.${s}`)}
            </option>
          ))}
          <option value="all">{t("mmRegistration.staff.all")}</option>
        </select>
        <button type="submit" className="button">
          {t("mmRegistration.staff.apply")}
        </button>
      </Form>
      {decidedAndGone ? (
        // The decided registration left this filter's list (e.g. "pending"), its row with it: say so here.
        <div role="status" className="alert alert-ok">
          <p>
            {t(
              actionData.intent === "refuse"
                ? "mmRegistration.staff.refused"
                : "mmRegistration.staff.validated",
            )}
          </p>
        </div>
      ) : null}
      <p>{t("mmRegistration.staff.count", { count: total })}</p>
      {rows.length === 0 ? (
        <p className="empty">{t("mmRegistration.staff.empty")}</p>
      ) : (
        <ul className="mm-queue">
          {rows.map((row) => (
            <QueueRow key={row.id} row={row} />
          ))}
        </ul>
      )}
      {total > pageSize ? <Pagination param="page" page={page} pageSize={pageSize} total={total} /> : null}
    </div>
  );
}

function QueueRow({ row }: { row: Row }) {
  const { t, dateTime } = useI18n();
  const actionData = useActionData<typeof action>();
  const mine = actionData && "target" in actionData && actionData.target === row.id ? actionData : null;
  const reasonErrors =
    mine && !mine.ok && mine.intent === "refuse" ? (mine.result?.error?.reason ?? null) : null;
  const headingId = `mm-reg-${row.id}`;
  return (
    <li className="card">
      <h2 id={headingId}>
        {row.organizationName} <MmRegistrationStatusBadge status={row.status} />
      </h2>
      <p className="hint">
        {row.district} · {t("mmRegistration.submittedAt", { at: dateTime(row.createdAt) })}
        {row.reviewedAt ? ` · ${t("mmRegistration.reviewedAt", { at: dateTime(row.reviewedAt) })}` : null}
      </p>
      {mine?.ok ? (
        <div role="status" className="alert alert-ok">
          <p>
            {t(mine.intent === "refuse" ? "mmRegistration.staff.refused" : "mmRegistration.staff.validated")}
          </p>
        </div>
      ) : null}
      {mine && !mine.ok && mine.formError ? (
        <FormErrors id={`${headingId}-error`} errors={[mine.formError]} />
      ) : null}
      <h3>{t("mmRegistration.staff.attendees")}</h3>
      <ul>
        {row.attendees.map((a) => (
          <li key={a.id}>
            <strong>{a.name}</strong> · {a.jobTitle} · {a.phone} · {a.email}
          </li>
        ))}
      </ul>
      <h3>{t("mmRegistration.staff.items")}</h3>
      {row.items.length === 0 ? (
        <p className="empty">{t("mmRegistration.staff.noItems")}</p>
      ) : (
        <ul>
          {row.items.map((i) => (
            <li key={i.code}>
              <SdKindBadge kind={i.kind} />{" "}
              <Link to={`/supply-demand/${i.code}`}>
                <span className="mono">{i.code}</span> {i.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {row.note ? (
        <p className="prewrap">
          <strong>{t("mmRegistration.form.note")}</strong> {row.note}
        </p>
      ) : null}
      {row.refuseReason ? (
        <p className="prewrap">
          <strong>{t("mmRegistration.refuseReason")}</strong> {row.refuseReason}
        </p>
      ) : null}
      {row.status === "pending" ? (
        row.conflicted ? (
          <p className="hint">{t("mmRegistration.staff.conflicted")}</p>
        ) : (
          <div className="mm-queue-actions">
            <Form method="post">
              <CsrfInput />
              <input type="hidden" name="registrationId" value={row.id} />
              <button type="submit" name="intent" value="validate" className="button button-primary">
                {t("mmRegistration.staff.validate")}
              </button>
            </Form>
            <Form method="post" className="stack">
              <CsrfInput />
              <input type="hidden" name="registrationId" value={row.id} />
              <div className="field">
                <label htmlFor={`reason-${row.id}`}>{t("mmRegistration.staff.reason")}</label>
                <textarea
                  id={`reason-${row.id}`}
                  name="reason"
                  rows={2}
                  maxLength={REFUSE_REASON_MAX}
                  aria-required
                  aria-invalid={reasonErrors ? true : undefined}
                  aria-describedby={reasonErrors ? `reason-${row.id}-error` : undefined}
                />
                <FieldErrors id={`reason-${row.id}-error`} errors={reasonErrors} />
              </div>
              <div>
                <button type="submit" name="intent" value="refuse" className="button">
                  {t("mmRegistration.staff.refuse")}
                </button>
              </div>
            </Form>
          </div>
        )
      ) : null}
    </li>
  );
}
