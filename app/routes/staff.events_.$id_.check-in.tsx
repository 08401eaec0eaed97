import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors, SubmitButton, TextField } from "../components/forms";
import { MeetingStatus, SlotTime, shanghaiClock } from "../components/mm-agenda";
import { QrScanner } from "../components/mm-qr-scanner";
import { Pagination } from "../components/pagination";
import { mmCheckInSchema } from "../forms/mm-check-in";
import { useI18n } from "../i18n/use-i18n";
import { checkInPageAction, checkInPageLoader } from "../server/matchmaking/agenda/check-in-page.server";

export const meta: MetaFunction = () => [{ title: "现场签到 Check-in — 揭榜 Jiebang" }];

export const loader = checkInPageLoader;
export const action = checkInPageAction;

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type Meeting = LoaderData["waiting"][number];
type ActionData = ReturnType<typeof useActionData<typeof action>>;

function CheckInForm({ actionData }: { actionData: ActionData }) {
  const { t, locale } = useI18n();
  const [form, fields] = useForm({
    id: "check-in",
    lastResult: actionData?.intent === "checkIn" ? actionData.result : undefined,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: mmCheckInSchema }),
  });
  const done =
    actionData?.intent === "checkIn" && actionData.ok && actionData.value && "already" in actionData.value
      ? actionData.value
      : null;
  return (
    <section className="card mm-check-in-form" aria-labelledby="mm-check-in-code">
      <h2 id="mm-check-in-code">{t("mmCheckIn.code")}</h2>
      {done ? (
        <div role="status" className={done.already ? "alert mm-agenda-alert-again" : "alert alert-ok"}>
          <p>
            {t(done.already ? "mmCheckIn.already" : "mmCheckIn.done", {
              name: done.name,
              org: done.organizationName,
              time: shanghaiClock(locale, done.checkedInAt),
            })}
          </p>
        </div>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="stack">
        <CsrfInput />
        <input type="hidden" name="intent" value="checkIn" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField
          field={fields.code}
          label={t("mmCheckIn.code")}
          hint={t("mmCheckIn.codeHint")}
          autoComplete="off"
          required
        />
        <div className="mm-check-in-actions">
          <SubmitButton>{t("mmCheckIn.submit")}</SubmitButton>
          <QrScanner inputId={fields.code.id} />
        </div>
      </Form>
    </section>
  );
}

function RowResult({ actionData, meetingId }: { actionData: ActionData; meetingId: number }) {
  const { t, tError } = useI18n();
  if (!actionData || !("target" in actionData) || actionData.target !== meetingId) return null;
  if (actionData.ok) {
    const key =
      actionData.intent === "reassign"
        ? "mmCheckIn.reassigned"
        : actionData.intent === "cancel"
          ? "mmCheckIn.cancelled"
          : "mmCheckIn.corrected";
    return (
      <p role="status" className="alert alert-ok">
        {t(key)}
      </p>
    );
  }
  const errors = [
    ...(actionData.formError ? [actionData.formError] : []),
    ...Object.values(actionData.fieldErrors ?? {}).flat(),
  ];
  return (
    <div role="alert" className="alert alert-error">
      {errors.map((error, i) => (
        <p key={i}>{tError(error)}</p>
      ))}
    </div>
  );
}

function Sides({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  return (
    <ul className="mm-sides">
      {meeting.sides.map((side) => (
        <li key={side.attendeeId}>
          {side.organizationName} · <span className="nowrap">{side.attendeeName}</span>{" "}
          <span className={`status ${side.arrived ? "mm-agenda-status-held" : "mm-agenda-status-no_show"}`}>
            {side.arrived ? t("mmCheckIn.arrivedTag") : t("mmCheckIn.absentTag")}
          </span>
        </li>
      ))}
    </ul>
  );
}

function DoorActions({ meeting, eventId }: { meeting: Meeting; eventId: number }) {
  const { t } = useI18n();
  const absent = meeting.sides.filter((side) => !side.arrived);
  const first = absent[0]?.attendeeId ?? meeting.sides[0]?.attendeeId ?? 0;
  return (
    <div className="stack">
      {absent
        .filter((side) => side.alternate)
        .map((side) => (
          <Form method="post" key={side.attendeeId}>
            <CsrfInput />
            <input type="hidden" name="intent" value="reassign" />
            <input type="hidden" name="requestId" value={meeting.id} />
            <input type="hidden" name="attendeeId" value={side.attendeeId} />
            <button type="submit" className="button">
              {t("mmCheckIn.reassign", { org: side.organizationName })}
            </button>
          </Form>
        ))}
      <Form method="post" className="mm-cancel-form">
        <CsrfInput />
        <input type="hidden" name="intent" value="cancel" />
        <input type="hidden" name="requestId" value={meeting.id} />
        <input type="hidden" name="attendeeId" value={first} />
        <label htmlFor={`mm-cancel-reason-${meeting.id}`}>{t("mmCheckIn.reason")}</label>
        <input id={`mm-cancel-reason-${meeting.id}`} name="reason" maxLength={200} />
        <button type="submit" className="button mm-agenda-danger">
          {t("mmCheckIn.cancel")}
        </button>
      </Form>
      <p className="hint">
        <Link
          to={`/my/events/${eventId}/agenda?attendee=${first}`}
          aria-label={t("mmCheckIn.agendaOf", {
            name: meeting.sides.find((s) => s.attendeeId === first)?.attendeeName ?? "",
          })}
        >
          {t("mmCheckIn.agenda")}
        </Link>
      </p>
    </div>
  );
}

export default function CheckInPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const { event } = data;
  return (
    <div className="stack mm-check-in">
      <p>
        <Link to={`/staff/events/${event.id}`}>{t("mmCheckIn.backToEvent")}</Link>
      </p>
      <h1>
        {t("mmCheckIn.title")} · {locale === "zh" ? event.titleZh : event.titleEn}
      </h1>
      <CheckInForm actionData={actionData} />

      <section aria-labelledby="mm-waiting">
        <h2 id="mm-waiting">{t("mmCheckIn.waitingTitle", { minutes: data.lookahead })}</h2>
        {data.waiting.length === 0 ? (
          <p className="empty">{t("mmCheckIn.waitingEmpty")}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table className="stack-table">
              <thead>
                <tr>
                  <th scope="col">{t("mmCheckIn.col.time")}</th>
                  <th scope="col">{t("mmCheckIn.col.table")}</th>
                  <th scope="col">{t("mmCheckIn.col.sides")}</th>
                  <th scope="col">{t("mmCheckIn.col.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {data.waiting.map((m) => (
                  <tr key={m.id}>
                    <td data-label={t("mmCheckIn.col.time")}>
                      <SlotTime startsAt={m.startsAt} endsAt={m.endsAt} />
                    </td>
                    <td data-label={t("mmCheckIn.col.table")} className="mono nowrap">
                      {m.tableName}
                    </td>
                    <td data-label={t("mmCheckIn.col.sides")}>
                      <Sides meeting={m} />
                    </td>
                    <td data-label={t("mmCheckIn.col.actions")}>
                      <RowResult actionData={actionData} meetingId={m.id} />
                      <DoorActions meeting={m} eventId={event.id} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="mm-arrived">
        <h2 id="mm-arrived">
          {t("mmCheckIn.arrivedTitle", { arrived: data.arrivedCount, total: data.total })}
        </h2>
        {data.arrived.length === 0 ? (
          <p className="empty">{t("mmCheckIn.arrivedEmpty")}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table className="stack-table">
              <thead>
                <tr>
                  <th scope="col">{t("mmCheckIn.col.name")}</th>
                  <th scope="col">{t("mmCheckIn.col.organization")}</th>
                  <th scope="col">{t("mmCheckIn.col.time")}</th>
                  <th scope="col">{t("mmCheckIn.col.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {data.arrived.map((a) => (
                  <tr key={a.id}>
                    <td data-label={t("mmCheckIn.col.name")} className="nowrap">
                      {a.name}
                    </td>
                    <td data-label={t("mmCheckIn.col.organization")}>{a.organizationName}</td>
                    <td data-label={t("mmCheckIn.col.time")} className="nowrap">
                      <time dateTime={a.checkedInAt}>{shanghaiClock(locale, a.checkedInAt)}</time>
                    </td>
                    <td data-label={t("mmCheckIn.col.actions")}>
                      <Link
                        to={`/my/events/${event.id}/agenda?attendee=${a.id}`}
                        aria-label={t("mmCheckIn.agendaOf", { name: a.name })}
                      >
                        {t("mmCheckIn.agenda")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data.arrivedCount > data.pageSize ? (
          <Pagination
            param="arrived"
            page={data.arrivedPage}
            pageSize={data.pageSize}
            total={data.arrivedCount}
          />
        ) : null}
      </section>

      <section aria-labelledby="mm-ended">
        <h2 id="mm-ended">{t("mmCheckIn.endedTitle")}</h2>
        <p className="hint">{t("mmCheckIn.endedHint")}</p>
        {data.ended.length === 0 ? (
          <p className="empty">{t("mmCheckIn.endedEmpty")}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table className="stack-table">
              <thead>
                <tr>
                  <th scope="col">{t("mmCheckIn.col.time")}</th>
                  <th scope="col">{t("mmCheckIn.col.table")}</th>
                  <th scope="col">{t("mmCheckIn.col.sides")}</th>
                  <th scope="col">{t("mmCheckIn.col.status")}</th>
                  <th scope="col">{t("mmCheckIn.col.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {data.ended.map((m) => (
                  <tr key={m.id}>
                    <td data-label={t("mmCheckIn.col.time")}>
                      <SlotTime startsAt={m.startsAt} endsAt={m.endsAt} />
                    </td>
                    <td data-label={t("mmCheckIn.col.table")} className="mono nowrap">
                      {m.tableName}
                    </td>
                    <td data-label={t("mmCheckIn.col.sides")}>
                      <Sides meeting={m} />
                    </td>
                    <td data-label={t("mmCheckIn.col.status")}>
                      <MeetingStatus status={m.status} />
                    </td>
                    <td data-label={t("mmCheckIn.col.actions")}>
                      <RowResult actionData={actionData} meetingId={m.id} />
                      <Form method="post">
                        <CsrfInput />
                        <input type="hidden" name="intent" value="attendance" />
                        <input type="hidden" name="requestId" value={m.id} />
                        <input type="hidden" name="to" value={m.status === "held" ? "no_show" : "held"} />
                        <button type="submit" className="button">
                          {m.status === "held" ? t("mmCheckIn.markNoShow") : t("mmCheckIn.markHeld")}
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data.endedTotal > data.pageSize ? (
          <Pagination param="ended" page={data.endedPage} pageSize={data.pageSize} total={data.endedTotal} />
        ) : null}
      </section>
    </div>
  );
}
