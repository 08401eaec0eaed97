import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FieldErrors, FormErrors, PdfFileField } from "../components/forms";
import { PayoutBankStatus } from "../components/payouts-bank-table";
import { formatFen } from "../domain/money";
import { useI18n } from "../i18n/use-i18n";
import { batchPageAction, batchPageLoader } from "../server/payouts/bank/pages.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `支付批次 ${data?.batch.id ?? ""} · Payment batch — 揭榜 Jiebang` },
];

export const loader = batchPageLoader;
export const action = batchPageAction;

type Data = ReturnType<typeof useLoaderData<typeof loader>>;
type Row = Data["payouts"][number];

export default function StaffPaymentBatch() {
  const { t, dateTime } = useI18n();
  const data = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { batch, payouts } = data;
  const isDraft = batch.status === "draft";
  return (
    <section className="stack">
      <p className="task-meta">
        <Link to="/staff/payouts">{t("payBank.batch.back")}</Link> ·{" "}
        {t(`payBank.batchStatus.${batch.status}`)}
      </p>
      <h1>{t("payBank.batch.title", { id: batch.id })}</h1>
      <dl className="facts">
        <dt>{t("payBank.batch.createdBy")}</dt>
        <dd>
          {batch.creatorName} · {dateTime(batch.createdAt)}
        </dd>
        <dt>{t("payBank.batch.exportedBy")}</dt>
        <dd>{batch.exporterName ? `${batch.exporterName} · ${dateTime(batch.exportedAt!)}` : "—"}</dd>
        <dt>{t("payBank.batch.closedAt")}</dt>
        <dd>{batch.closedAt ? dateTime(batch.closedAt) : "—"}</dd>
      </dl>
      <p>{t("payBank.batch.total", { count: payouts.length, total: formatFen(data.totalFen) })}</p>
      {reply && !reply.ok && reply.formError && !("target" in reply) ? (
        <FormErrors id="batch-error" errors={[reply.formError]} />
      ) : null}

      {isDraft && payouts.length > 0 ? (
        <Form method="post" className="card">
          <h2>{t("payBank.batch.export")}</h2>
          <p className="hint">{t("payBank.batch.exportLead")}</p>
          <CsrfInput />
          <button type="submit" name="intent" value="export" className="button button-primary">
            {t("payBank.batch.export")}
          </button>
        </Form>
      ) : null}
      {!isDraft ? (
        <p className={reply?.intent === "export" && reply.ok ? "alert alert-ok" : undefined} role="status">
          {reply?.intent === "export" && reply.ok ? `${t("payBank.batch.exported")} ` : null}
          <a href={`/staff/payouts/batches/${batch.id}/export.xlsx`} download>
            {t("payBank.batch.download")}
          </a>
        </p>
      ) : null}

      {payouts.length === 0 ? (
        <p className="card empty">{t("payBank.batch.empty")}</p>
      ) : (
        <ul className="pay-bank-rows">
          {payouts.map((p) => (
            <li key={p.id} className="card stack" id={`payout-${p.id}`}>
              <PayoutSummary row={p} />
              <PayoutActions row={p} isDraft={isDraft} viewerId={data.viewerId} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PayoutSummary({ row }: { row: Row }) {
  const { t, dateTime } = useI18n();
  return (
    <>
      <h2 className="pay-bank-row-title">
        {row.id} · {row.organizationName} · {formatFen(row.amountFen)}{" "}
        <PayoutBankStatus status={row.status} awaitingConfirmation={row.awaitingConfirmation} />
      </h2>
      <dl className="facts">
        <dt>{t("payBank.col.task")}</dt>
        <dd>
          <Link to={`/staff/projects/${row.projectId}`}>{row.taskCode}</Link> {row.taskTitle}
        </dd>
        <dt>{t("payBank.col.account")}</dt>
        <dd>
          {row.bankAccountName} · {row.bankName} · <span className="mono">{row.accountNumberMasked}</span>
        </dd>
        {row.recordedByName && row.recordedAt ? (
          <>
            <dt>{t("payBank.col.reference")}</dt>
            <dd>
              {t("payBank.batch.recordedBy", {
                name: row.recordedByName,
                at: dateTime(row.recordedAt),
                reference: row.bankReference ?? "",
              })}
            </dd>
          </>
        ) : null}
        {row.confirmedByName && row.confirmedAt ? (
          <>
            <dt>{t("payBank.col.paidAt")}</dt>
            <dd>
              {t("payBank.batch.confirmedBy", { name: row.confirmedByName, at: dateTime(row.confirmedAt) })}
            </dd>
          </>
        ) : null}
        {row.failureReason ? (
          <>
            <dt>{t("payBank.batch.reason")}</dt>
            <dd>{row.failureReason}</dd>
          </>
        ) : null}
        {row.vouchers.length ? (
          <>
            <dt>{t("payBank.col.voucher")}</dt>
            <dd>
              {row.vouchers.map((v) => (
                <a key={v.id} href={`/attachments/${v.id}`} className="pay-bank-file">
                  {v.fileName}
                </a>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
    </>
  );
}

function PayoutActions({ row, isDraft, viewerId }: { row: Row; isDraft: boolean; viewerId: number }) {
  const { t } = useI18n();
  const reply = useActionData<typeof action>();
  const mine = reply && "target" in reply && reply.target === row.id ? reply : null;
  const fieldErrors = (name: string) => {
    if (!mine || mine.ok) return null;
    const fromService = mine.fieldErrors?.[name];
    const fromSchema = mine.result?.error?.[name];
    return fromService ?? fromSchema ?? null;
  };
  const idFor = (name: string) => `${name}-${row.id}`;
  const status = mine?.ok ? (
    <p role="status" className="alert alert-ok">
      {t(
        mine.intent === "record"
          ? "payBank.batch.recorded"
          : mine.intent === "confirm"
            ? "payBank.batch.confirmed"
            : mine.intent === "fail"
              ? "payBank.batch.failed"
              : "payBank.batch.returned",
      )}
    </p>
  ) : mine?.formError ? (
    <FormErrors id={`payout-error-${row.id}`} errors={[mine.formError]} />
  ) : null;

  if (isDraft && row.status === "scheduled")
    return (
      <Form method="post" className="inline-form">
        <CsrfInput />
        <input type="hidden" name="payoutId" value={row.id} />
        {status}
        <button
          type="submit"
          name="intent"
          value="remove"
          className="button button-quiet"
          aria-label={t("payBank.batch.removeLabel", { id: row.id })}
        >
          {t("payBank.batch.remove")}
        </button>
      </Form>
    );

  const reasonForm = (intent: "fail" | "return") => (
    <Form method="post" className="pay-bank-form">
      <CsrfInput />
      <input type="hidden" name="payoutId" value={row.id} />
      <div className="field">
        <label htmlFor={idFor(`${intent}-reason`)}>{t("payBank.batch.reason")}</label>
        <input
          id={idFor(`${intent}-reason`)}
          name="reason"
          required
          maxLength={500}
          aria-invalid={fieldErrors("reason") ? true : undefined}
        />
        <FieldErrors
          id={idFor(`${intent}-reason-error`)}
          errors={mine?.intent === intent ? fieldErrors("reason") : null}
        />
      </div>
      {intent === "return" ? (
        <div className="field">
          <label htmlFor={idFor("return-reference")}>{t("payBank.batch.returnReference")}</label>
          <input id={idFor("return-reference")} name="reference" required maxLength={64} />
          <FieldErrors
            id={idFor("return-reference-error")}
            errors={mine?.intent === "return" ? fieldErrors("reference") : null}
          />
        </div>
      ) : null}
      <button type="submit" name="intent" value={intent} className="button">
        {t(intent === "fail" ? "payBank.batch.fail" : "payBank.batch.return")}
      </button>
    </Form>
  );

  if (row.status === "processing" && !row.awaitingConfirmation)
    return (
      <>
        {status}
        <Form method="post" encType="multipart/form-data" className="pay-bank-form">
          <CsrfInput />
          <h3>{t("payBank.batch.recordTitle", { id: row.id })}</h3>
          <input type="hidden" name="payoutId" value={row.id} />
          <input type="hidden" name="intent" value="record" />
          <div className="field">
            <label htmlFor={idFor("reference")}>{t("payBank.batch.reference")}</label>
            <input
              id={idFor("reference")}
              name="reference"
              required
              maxLength={64}
              autoComplete="off"
              aria-invalid={fieldErrors("reference") ? true : undefined}
            />
            <FieldErrors
              id={idFor("reference-error")}
              errors={mine?.intent === "record" ? fieldErrors("reference") : null}
            />
          </div>
          <PdfFileField
            id={idFor("voucher")}
            label={t("payBank.batch.voucher")}
            errors={mine?.intent === "record" ? fieldErrors("file") : null}
            required
          />
          <button type="submit" className="button button-primary">
            {t("payBank.batch.record")}
          </button>
        </Form>
        {reasonForm("fail")}
      </>
    );

  if (row.status === "processing" && row.awaitingConfirmation)
    return (
      <>
        {status}
        {row.recordedBy === viewerId ? (
          <p className="hint">{t("payBank.batch.youRecorded")}</p>
        ) : (
          <Form method="post" className="inline-form">
            <CsrfInput />
            <input type="hidden" name="payoutId" value={row.id} />
            <button type="submit" name="intent" value="confirm" className="button button-primary">
              {t("payBank.batch.confirm")}
            </button>
          </Form>
        )}
        {reasonForm("fail")}
      </>
    );

  if (row.status === "paid")
    return (
      <>
        {status}
        {reasonForm("return")}
      </>
    );
  return status;
}
