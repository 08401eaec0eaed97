import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { CsrfInput, FieldErrors, FormErrors } from "../components/forms";
import { MEETING_REASON_MAX } from "../forms/mm-meetings";
import { useI18n } from "../i18n/use-i18n";
import { gridPageAction, gridPageLoader } from "../server/matchmaking/meetings/grid-page.server";

export const meta: MetaFunction = () => [{ title: "洽谈排期表 Meeting grid — 揭榜 Jiebang" }];

export const loader = gridPageLoader;
export const action = gridPageAction;

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

export default function MeetingGridPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const done = actionData?.ok ? (actionData.intent === "cancel" ? "cancel" : "place") : null;
  return (
    <div className="stack">
      <p>
        <Link to={`/staff/events/${data.event.id}`}>
          {locale === "zh" ? data.event.titleZh : data.event.titleEn}
        </Link>
      </p>
      <h1>{t("mmGrid.title")}</h1>
      <p className="hint">{t("mmGrid.lead")}</p>
      {done ? (
        <div role="status" className="alert alert-ok">
          <p>{t(`mmGrid.done.${done}`)}</p>
        </div>
      ) : null}
      {data.days.length > 1 ? (
        <nav className="sd-tabs" aria-label={t("mmGrid.day")}>
          {data.days.map((d) => (
            <Link
              key={d}
              to={`?day=${d}`}
              className={d === data.day ? "sd-tab sd-tab-current" : "sd-tab"}
              aria-current={d === data.day ? "page" : undefined}
            >
              {d}
            </Link>
          ))}
        </nav>
      ) : null}
      {data.grid.length === 0 || data.tables.length === 0 ? (
        <p className="empty">{t("mmGrid.noSlots")}</p>
      ) : (
        <Grid data={data} />
      )}
      <GridForms data={data} actionData={actionData} />
    </div>
  );
}

function Grid({ data }: { data: Data }) {
  const { t, dateTime } = useI18n();
  const day = data.day ?? "";
  const time = (iso: string) => dateTime(iso).slice(-5);
  return (
    <>
      <p>{t("mmGrid.counts", data.counts)}</p>
      <div className="mm-grid-wrap" role="region" aria-label={t("mmGrid.region", { day })} tabIndex={0}>
        <table className="mm-grid">
          <caption>{t("mmGrid.caption", { day })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("mmGrid.slot")}</th>
              {data.tables.map((table) => (
                <th key={table.id} scope="col">
                  {table.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.grid.map((row) => (
              <tr key={row.slotId} className={row.past ? "mm-grid-past" : undefined}>
                <th scope="row" className="mono">
                  {time(row.startsAt)}
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.tableId} className={cell.meeting ? "mm-cell-busy" : "mm-cell-free"}>
                    {cell.meeting ? (
                      <>
                        <span>{cell.meeting.from}</span>
                        <span aria-hidden="true"> ↔ </span>
                        <span className="visually-hidden">, </span>
                        <span>{cell.meeting.to}</span>
                        {cell.meeting.status !== "scheduled" ? (
                          <span className="hint"> · {t(`mm.requestStatus.${cell.meeting.status}`)}</span>
                        ) : null}
                      </>
                    ) : row.past ? (
                      <span className="hint">—</span>
                    ) : (
                      <Link to={`?day=${day}&cell=${row.slotId}:${cell.tableId}#mm-grid-place`}>
                        {t("mmGrid.free")}
                      </Link>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

type ActionData = ReturnType<typeof useActionData<typeof action>>;

function GridForms({ data, actionData }: { data: Data; actionData: ActionData }) {
  const { t, dateTime } = useI18n();
  const failed = (intent: string) =>
    actionData && !actionData.ok && actionData.intent === intent ? actionData : null;
  const cellOptions = data.freeCells.map((c) => (
    <option key={c.value} value={c.value}>
      {t("mmGrid.cell", { when: dateTime(c.startsAt), table: c.table })}
    </option>
  ));
  const cellSelect = (id: string, intent: string) => (
    <Field id={id} label={t("mmGrid.pickCell")} errors={failed(intent)?.fieldErrors?.cell}>
      <select id={id} name="cell" defaultValue={data.cell ?? undefined} required>
        {cellOptions}
      </select>
    </Field>
  );
  return (
    <>
      <section className="card mm-grid-forms" aria-labelledby="mm-grid-place">
        <h2 id="mm-grid-place">{t("mmGrid.waiting")}</h2>
        {data.waiting.length === 0 ? (
          <p className="empty">{t("mmGrid.waitingNone")}</p>
        ) : (
          <Form method="post" className="stack">
            <CsrfInput />
            {failed("place")?.formError ? (
              <FormErrors id="mm-grid-place-error" errors={[failed("place")!.formError!]} />
            ) : null}
            <Field id="mm-grid-request" label={t("mmGrid.place")}>
              <select id="mm-grid-request" name="request">
                {data.waiting.map((r) => (
                  <option key={r.id} value={r.id}>
                    #{r.id} {r.from}（{r.fromAttendee}）→ {r.to}（{r.toAttendee}） ·{" "}
                    {t(`mm.requestStatus.${r.status}`)}
                  </option>
                ))}
              </select>
            </Field>
            {cellSelect("mm-grid-place-cell", "place")}
            <div>
              <button type="submit" name="intent" value="place" className="button button-primary">
                {t("mmGrid.placeSubmit")}
              </button>
            </div>
          </Form>
        )}
      </section>
      {data.upcoming.length > 0 ? (
        <section className="card mm-grid-forms" aria-labelledby="mm-grid-meetings">
          <h2 id="mm-grid-meetings">{t("mmGrid.meetings")}</h2>
          <Form method="post" className="stack">
            <CsrfInput />
            {failed("move")?.formError ? (
              <FormErrors id="mm-grid-move-error" errors={[failed("move")!.formError!]} />
            ) : null}
            <MeetingSelect id="mm-grid-move-request" label={t("mmGrid.move")} data={data} />
            {cellSelect("mm-grid-move-cell", "move")}
            <div>
              <button type="submit" name="intent" value="move" className="button">
                {t("mmGrid.moveSubmit")}
              </button>
            </div>
          </Form>
          <Form method="post" className="stack">
            <CsrfInput />
            {failed("cancel")?.formError ? (
              <FormErrors id="mm-grid-cancel-error" errors={[failed("cancel")!.formError!]} />
            ) : null}
            <MeetingSelect id="mm-grid-cancel-request" label={t("mmMeetings.cancel")} data={data} />
            <Field
              id="mm-grid-cancel-reason"
              label={t("mmMeetings.reasonRequired")}
              errors={failed("cancel")?.fieldErrors?.reason}
            >
              <input id="mm-grid-cancel-reason" name="reason" maxLength={MEETING_REASON_MAX} required />
            </Field>
            <div>
              <button type="submit" name="intent" value="cancel" className="button">
                {t("mmMeetings.cancel")}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}

function MeetingSelect({ id, label, data }: { id: string; label: string; data: Data }) {
  const { t, dateTime } = useI18n();
  return (
    <Field id={id} label={label}>
      <select id={id} name="request">
        {data.upcoming.map((m) => (
          <option key={m.id} value={m.id}>
            {t("mmGrid.cell", { when: dateTime(m.startsAt), table: m.table })} · {m.from} ↔ {m.to}
          </option>
        ))}
      </select>
    </Field>
  );
}

function Field({
  id,
  label,
  errors,
  children,
}: {
  id: string;
  label: string;
  errors?: Parameters<typeof FieldErrors>[0]["errors"];
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
