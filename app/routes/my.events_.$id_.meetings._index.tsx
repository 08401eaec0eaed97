import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FieldErrors, FormErrors } from "../components/forms";
import { Pagination } from "../components/pagination";
import { MEETING_REASON_MAX } from "../forms/mm-meetings";
import { useI18n } from "../i18n/use-i18n";
import { meetingsPageAction, meetingsPageLoader } from "../server/matchmaking/meetings/meetings-page.server";

export const meta: MetaFunction = () => [{ title: "洽谈请求 Meeting requests — 揭榜 Jiebang" }];

export const loader = meetingsPageLoader;
export const action = meetingsPageAction;

type Data = ReturnType<typeof useLoaderData<typeof loader>>;
type Row = Data["rows"][number];
type ActionData = ReturnType<typeof useActionData<typeof action>>;

export default function MeetingsPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const title = locale === "zh" ? data.event.titleZh : data.event.titleEn;
  const done = actionData?.ok
    ? actionData.intent === "accept" && actionData.value === null
      ? "acceptedUnplaced"
      : actionData.intent === "withdraw"
        ? "cancel"
        : actionData.intent
    : data.sent
      ? "sent"
      : null;
  return (
    <div className="stack">
      <p>
        <Link to={`/events/${data.event.id}`}>{t("mmMeetings.backToEvent")}</Link>
      </p>
      <h1>{t("mmMeetings.title")}</h1>
      <p className="hint">
        {title} · {t("mmMeetings.lead")}
      </p>
      {data.viewer !== "participant" ? (
        <p className="empty">{t("mmMeetings.notParticipant")}</p>
      ) : (
        <>
          <p className="toolbar">
            <Link to={`/events/${data.event.id}/participants`}>{t("mmMeetings.participants")}</Link>
            <Link to={`/my/events/${data.event.id}/agenda`}>{t("mmMeetings.agenda")}</Link>
          </p>
          {done ? (
            <div role="status" className="alert alert-ok">
              <p>{t(`mmMeetings.done.${done}`)}</p>
            </div>
          ) : null}
          <nav className="sd-tabs" aria-label={t("mmMeetings.tabs")}>
            {(["incoming", "outgoing", "scheduled"] as const).map((name) => (
              <Link
                key={name}
                to={`?tab=${name}`}
                className={name === data.tab ? "sd-tab sd-tab-current" : "sd-tab"}
                aria-current={name === data.tab ? "page" : undefined}
              >
                {t(`mmMeetings.tab.${name}`)}
              </Link>
            ))}
          </nav>
          {data.rows.length === 0 ? (
            <p className="empty">{t(`mmMeetings.empty.${data.tab}`)}</p>
          ) : (
            <ul className="mm-meetings">
              {data.rows.map((row) => (
                <MeetingCard key={row.id} row={row} actionData={actionData} />
              ))}
            </ul>
          )}
          <Pagination param="page" page={data.page} pageSize={data.pageSize} total={data.total} />
        </>
      )}
    </div>
  );
}

function MeetingCard({ row, actionData }: { row: Row; actionData: ActionData }) {
  const { t, dateTime } = useI18n();
  const mine = actionData && actionData.target === row.id && !actionData.ok ? actionData : null;
  const errorId = `mm-req-${row.id}-error`;
  return (
    <li className="card mm-meeting" aria-labelledby={`mm-req-${row.id}`}>
      <h2 id={`mm-req-${row.id}`}>
        {t("mmMeetings.with", { org: row.counterpartOrganization, attendee: row.counterpartAttendee })}{" "}
        <span className={`status mm-status-${row.status}`}>{t(`mm.requestStatus.${row.status}`)}</span>
      </h2>
      <dl className="two-col">
        <div>
          <dt>{row.side === "from" ? t("mmMeetings.from") : t("mmMeetings.to")}</dt>
          <dd>{row.ownAttendee}</dd>
        </div>
        {row.aboutItem ? (
          <div>
            <dt>{row.side === "from" ? t("mmMeetings.about") : t("mmMeetings.mine")}</dt>
            <dd>
              <Link to={`/supply-demand/${row.aboutItem.code}`}>
                <span className="mono">{row.aboutItem.code}</span> {row.aboutItem.title}
              </Link>
            </dd>
          </div>
        ) : null}
        {row.fromItem ? (
          <div>
            <dt>{row.side === "from" ? t("mmMeetings.mine") : t("mmMeetings.about")}</dt>
            <dd>
              <Link to={`/supply-demand/${row.fromItem.code}`}>
                <span className="mono">{row.fromItem.code}</span> {row.fromItem.title}
              </Link>
            </dd>
          </div>
        ) : null}
        {row.slotStartsAt ? (
          <div>
            <dt>{t("mmMeetings.when")}</dt>
            <dd>
              {t("mmMeetings.slotAt", { when: dateTime(row.slotStartsAt), table: row.tableName ?? "" })}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("mmMeetings.sentAt")}</dt>
          <dd>{dateTime(row.createdAt)}</dd>
        </div>
        {row.status === "requested" ? (
          <div>
            <dt>{t("mmMeetings.expiresAt")}</dt>
            <dd>{dateTime(row.expiresAt)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="prewrap">
        <strong>{t("mmMeetings.message")}：</strong>
        {row.message}
      </p>
      {row.reason ? (
        <p className="prewrap">
          <strong>{t("mmMeetings.reason")}：</strong>
          {row.reason}
        </p>
      ) : null}
      {mine?.formError ? <FormErrors id={errorId} errors={[mine.formError]} /> : null}
      {row.may.accept ? <SlotForm row={row} intent="accept" fieldErrors={mine?.fieldErrors} /> : null}
      {row.may.reschedule ? <SlotForm row={row} intent="reschedule" fieldErrors={mine?.fieldErrors} /> : null}
      {row.may.decline ? <ReasonForm row={row} intent="decline" /> : null}
      {row.may.withdraw ? <ReasonForm row={row} intent="withdraw" /> : null}
      {row.may.cancel ? <ReasonForm row={row} intent="cancel" /> : null}
    </li>
  );
}

function SlotForm({
  row,
  intent,
  fieldErrors,
}: {
  row: Row;
  intent: "accept" | "reschedule";
  fieldErrors: Record<string, unknown> | null | undefined;
}) {
  const { t, dateTime } = useI18n();
  const id = `mm-${intent}-${row.id}`;
  const errors = (fieldErrors?.slot as Parameters<typeof FieldErrors>[0]["errors"]) ?? null;
  return (
    <Form method="post" className="mm-inline-form">
      <CsrfInput />
      <input type="hidden" name="request" value={row.id} />
      <div className="field">
        <label htmlFor={id}>{t("mmMeetings.pickSlot")}</label>
        <select
          id={id}
          name="slot"
          defaultValue="first"
          aria-describedby={errors ? `${id}-error` : undefined}
        >
          <option value="first">{t("mmMeetings.firstFree")}</option>
          {row.slots.map((s) => (
            <option key={s.id} value={s.id}>
              {t("mmMeetings.slotOption", { when: dateTime(s.startsAt), free: s.freeTables })}
            </option>
          ))}
        </select>
        <FieldErrors id={`${id}-error`} errors={errors} />
      </div>
      <button
        type="submit"
        name="intent"
        value={intent}
        className={intent === "accept" ? "button button-primary" : "button"}
      >
        {t(`mmMeetings.${intent}`)}
      </button>
    </Form>
  );
}

function ReasonForm({ row, intent }: { row: Row; intent: "decline" | "withdraw" | "cancel" }) {
  const { t } = useI18n();
  const id = `mm-${intent}-${row.id}`;
  const required = intent === "cancel" && row.status === "scheduled";
  return (
    <Form method="post" className="mm-inline-form">
      <CsrfInput />
      <input type="hidden" name="request" value={row.id} />
      {intent === "withdraw" ? null : (
        <div className="field">
          <label htmlFor={id}>
            {required ? t("mmMeetings.reasonRequired") : t("mmMeetings.reasonOptional")}
          </label>
          <input id={id} name="reason" maxLength={MEETING_REASON_MAX} required={required} />
        </div>
      )}
      <button type="submit" name="intent" value={intent} className="button">
        {t(`mmMeetings.${intent}`)}
      </button>
    </Form>
  );
}
