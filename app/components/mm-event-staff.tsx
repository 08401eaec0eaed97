import { Form, Link } from "@remix-run/react";
import { CsrfInput, FieldErrors, FormErrors, SubmitButton } from "./forms";
import { Done, doneFor, errorsFor, PlainField, PlainSelect, type ReplyData } from "./mm-event-fields";
import { SESSION_DOMAINS } from "../forms/mm-event";
import { useI18n } from "../i18n/use-i18n";

/** The staff event page's sections: meeting blocks with their generated slots, tables, themed sessions. */

interface BlockRow {
  date: string;
  from: string;
  to: string;
}

const EMPTY_ROWS = 2;

export function BlocksSection({
  blocks,
  slots,
  placed,
  editable,
  reply,
}: {
  blocks: BlockRow[];
  slots: BlockRow[];
  placed: boolean;
  editable: boolean;
  reply: ReplyData | undefined;
}) {
  const { t } = useI18n();
  const errors = errorsFor(reply, "blocks");
  const rows = [...blocks, ...Array.from({ length: EMPTY_ROWS }, () => ({ date: "", from: "", to: "" }))];
  const days = [...new Set(slots.map((s) => s.date))];
  return (
    <section className="card" aria-labelledby="mm-ev-blocks">
      <h2 id="mm-ev-blocks">{t("mmEvents.staff.blocks")}</h2>
      {placed ? <p className="hint">{t("mmEvents.staff.placedLock")}</p> : null}
      <Done show={doneFor(reply, "blocks")}>
        {t("mmEvents.staff.blocksSaved", {
          slots:
            reply?.ok && reply.intent === "blocks"
              ? ((reply as { value?: { slots?: number } }).value?.slots ?? 0)
              : 0,
        })}
      </Done>
      {editable && !placed ? (
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="blocks" />
          <p className="hint" id="mm-ev-blocks-hint">
            {t("mmEvents.staff.blocksHint")}
          </p>
          <FormErrors id="mm-ev-blocks-error" errors={errors.form} />
          {rows.map((row, i) => (
            <fieldset key={`${i}-${row.date}-${row.from}`} className="mm-ev-row">
              <legend>{t("mmEvents.staff.blockRow", { row: i + 1 })}</legend>
              <PlainField
                prefix="blk"
                name={`blocks[${i}].date`}
                type="date"
                label={t("mmEvents.field.blockDate")}
                defaultValue={row.date}
                required={false}
                errors={errors.field(`blocks[${i}].date`)}
              />
              <PlainField
                prefix="blk"
                name={`blocks[${i}].from`}
                type="time"
                label={t("mmEvents.field.blockFrom")}
                defaultValue={row.from}
                required={false}
                errors={errors.field(`blocks[${i}].from`)}
              />
              <PlainField
                prefix="blk"
                name={`blocks[${i}].to`}
                type="time"
                label={t("mmEvents.field.blockTo")}
                defaultValue={row.to}
                required={false}
                errors={errors.field(`blocks[${i}].to`)}
              />
            </fieldset>
          ))}
          <SubmitButton>{t("mmEvents.staff.saveBlocks")}</SubmitButton>
        </Form>
      ) : (
        <ul>
          {blocks.map((b) => (
            <li key={`${b.date}${b.from}`}>
              {b.date} {b.from}–{b.to}
            </li>
          ))}
        </ul>
      )}
      <details className="mm-ev-slots">
        <summary>{t("mmEvents.staff.slots", { count: slots.length })}</summary>
        {slots.length === 0 ? (
          <p className="empty">{t("mmEvents.staff.noSlots")}</p>
        ) : (
          days.map((day) => (
            <div key={day}>
              <h3>{day}</h3>
              <ol className="mm-ev-slot-list">
                {slots
                  .filter((s) => s.date === day)
                  .map((s) => (
                    <li key={s.from}>
                      {s.from}–{s.to}
                    </li>
                  ))}
              </ol>
            </div>
          ))
        )}
      </details>
    </section>
  );
}

export function TablesSection({
  tables,
  placed,
  editable,
  reply,
}: {
  tables: string[];
  placed: boolean;
  editable: boolean;
  reply: ReplyData | undefined;
}) {
  const { t } = useI18n();
  const errors = errorsFor(reply, "tables");
  const named = tables.some((name, i) => name !== `A${String(i + 1).padStart(2, "0")}`);
  return (
    <section className="card" aria-labelledby="mm-ev-tables">
      <h2 id="mm-ev-tables">{t("mmEvents.staff.tables")}</h2>
      <p>
        {tables.length === 0
          ? t("mmEvents.staff.noTables")
          : t("mmEvents.staff.tablesNow", { count: tables.length, names: tables.join("、") })}
      </p>
      <Done show={doneFor(reply, "tables")}>
        {t("mmEvents.staff.tablesSaved", {
          tables: (reply as { value?: { tables?: number } } | undefined)?.value?.tables ?? 0,
        })}
      </Done>
      {editable && !placed ? (
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="tables" />
          <FormErrors id="mm-ev-tables-error" errors={errors.form} />
          <fieldset>
            <legend>{t("mmEvents.field.tableMode")}</legend>
            <label className="mm-ev-radio">
              <input type="radio" name="mode" value="count" defaultChecked={!named} />{" "}
              {t("mmEvents.field.tableModeCount")}
            </label>
            <label className="mm-ev-radio">
              <input type="radio" name="mode" value="names" defaultChecked={named} />{" "}
              {t("mmEvents.field.tableModeNames")}
            </label>
          </fieldset>
          <PlainField
            prefix="tbl"
            name="count"
            type="number"
            min={1}
            label={t("mmEvents.field.tableCount")}
            defaultValue={named ? "" : String(tables.length || "")}
            required={false}
            errors={errors.field("count")}
          />
          <div className="field">
            <label htmlFor="tbl-names">{t("mmEvents.field.tableNames")}</label>
            <textarea
              id="tbl-names"
              name="names"
              rows={4}
              defaultValue={named ? tables.join("\n") : ""}
              aria-invalid={errors.field("names") ? true : undefined}
              aria-describedby={errors.field("names") ? "tbl-names-error" : undefined}
            />
            {errors.field("names") ? (
              <FieldErrors id="tbl-names-error" errors={errors.field("names")!} />
            ) : null}
          </div>
          <SubmitButton>{t("mmEvents.staff.saveTables")}</SubmitButton>
        </Form>
      ) : null}
    </section>
  );
}

interface SessionRow {
  id: number;
  domain: string | null;
  titleZh: string;
  titleEn: string;
  stageZh: string;
  stageEn: string;
  date: string;
  from: string;
  to: string;
  roadshows: unknown[];
}

export function SessionsSection({
  eventId,
  sessions,
  startsOn,
  editable,
  reply,
}: {
  eventId: number;
  sessions: SessionRow[];
  startsOn: string;
  editable: boolean;
  reply: ReplyData | undefined;
}) {
  const { t, locale } = useI18n();
  const errors = errorsFor(reply, "session");
  const domainLabel = (d: string | null) => (d ? t(`sd.domain.${d}` as never) : t("mmEvents.public.general"));
  return (
    <section className="card" aria-labelledby="mm-ev-sessions">
      <h2 id="mm-ev-sessions">{t("mmEvents.staff.sessions")}</h2>
      <p>
        <Link to={`/staff/events/${eventId}/roadshows`}>{t("mmEvents.staff.roadshowsLink")}</Link>
      </p>
      <Done show={doneFor(reply, "session")}>{t("mmEvents.staff.sessionAdded")}</Done>
      <Done show={doneFor(reply, "removeSession")}>{t("mmEvents.staff.sessionRemoved")}</Done>
      {reply && !reply.ok && reply.intent === "removeSession" && reply.formError ? (
        <FormErrors id="mm-ev-rmsession-error" errors={[reply.formError]} />
      ) : null}
      {sessions.length === 0 ? (
        <p className="empty">{t("mmEvents.public.noSessions")}</p>
      ) : (
        <ul className="mm-ev-sessions">
          {sessions.map((s) => {
            const title = locale === "zh" ? s.titleZh : s.titleEn;
            return (
              <li key={s.id}>
                <strong>{title}</strong> · {domainLabel(s.domain)} · {s.date} {s.from}–{s.to} ·{" "}
                {locale === "zh" ? s.stageZh : s.stageEn} ·{" "}
                {t("mmEvents.staff.roadshowCount", { count: s.roadshows.length })}
                {editable ? (
                  <Form method="post" className="inline-form">
                    <CsrfInput />
                    <input type="hidden" name="intent" value="removeSession" />
                    <input type="hidden" name="sessionId" value={s.id} />
                    <button
                      type="submit"
                      className="button button-quiet"
                      aria-label={t("mmEvents.staff.removeSessionNamed", { title })}
                    >
                      {t("mmEvents.staff.removeSession")}
                    </button>
                  </Form>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {editable ? (
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="session" />
          <h3>{t("mmEvents.staff.addSession")}</h3>
          <FormErrors id="mm-ev-session-error" errors={errors.form} />
          <div className="mm-ev-grid">
            <PlainSelect
              prefix="ses"
              name="domain"
              label={t("mmEvents.field.domain")}
              options={SESSION_DOMAINS.map((d) => ({
                value: d,
                label: d === "general" ? t("mmEvents.public.general") : domainLabel(d),
              }))}
              errors={errors.field("domain")}
            />
            <PlainField
              prefix="ses"
              name="titleZh"
              label={t("mmEvents.field.sessionTitleZh")}
              errors={errors.field("titleZh")}
            />
            <PlainField
              prefix="ses"
              name="titleEn"
              label={t("mmEvents.field.sessionTitleEn")}
              errors={errors.field("titleEn")}
            />
            <PlainField
              prefix="ses"
              name="stageZh"
              label={t("mmEvents.field.stageZh")}
              errors={errors.field("stageZh")}
            />
            <PlainField
              prefix="ses"
              name="stageEn"
              label={t("mmEvents.field.stageEn")}
              errors={errors.field("stageEn")}
            />
            <PlainField
              prefix="ses"
              name="date"
              type="date"
              label={t("mmEvents.field.sessionDate")}
              defaultValue={startsOn}
              errors={errors.field("date")}
            />
            <PlainField
              prefix="ses"
              name="from"
              type="time"
              label={t("mmEvents.field.sessionFrom")}
              errors={errors.field("from")}
            />
            <PlainField
              prefix="ses"
              name="to"
              type="time"
              label={t("mmEvents.field.sessionTo")}
              errors={errors.field("to")}
            />
          </div>
          <SubmitButton>{t("mmEvents.staff.addSession")}</SubmitButton>
        </Form>
      ) : null}
    </section>
  );
}
