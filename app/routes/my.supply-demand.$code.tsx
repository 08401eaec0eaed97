import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CsrfInput, FormErrors, PdfFileField, SubmitButton } from "../components/forms";
import { SdItemContent } from "../components/sd-item-content";
import { SdItemForm } from "../components/sd-item-form";
import { useI18n } from "../i18n/use-i18n";
import { ownerItemAction, ownerItemLoader } from "../server/supply-demand/items/item-pages.server";

export const loader = ownerItemLoader;
export const action = ownerItemAction;

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type ActionData = ReturnType<typeof useActionData<typeof action>>;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.item.code} — 我的供需 — 揭榜 Jiebang` : "揭榜 Jiebang" },
];

function IntentError({ actionData, intent }: { actionData: ActionData | undefined; intent: string }) {
  if (!actionData || actionData.intent !== intent || actionData.ok || !actionData.formError) return null;
  return <FormErrors id={`${intent}-error`} errors={[actionData.formError]} />;
}

const DONE_INTENTS = ["save", "submit", "edit", "withdraw", "fulfil", "renew", "upload", "detach"] as const;

export default function OwnerSdItem() {
  const view = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const { t, dateTime } = useI18n();
  const { item } = view;
  const title =
    view.published?.content.title ?? view.working?.strings.title ?? view.revisions[0]?.title ?? "";
  const done = actionData?.ok ? DONE_INTENTS.find((intent) => intent === actionData.intent) : undefined;
  const duplicates =
    actionData?.ok && actionData.intent === "submit" && actionData.value && "duplicates" in actionData.value
      ? actionData.value.duplicates
      : [];
  return (
    <div className="stack">
      <p className="task-meta">
        <Link to={`/my/supply-demand?kind=${item.kind}`}>{t("sdMy.title")}</Link>
      </p>
      <h1>
        <span className="mono">{item.code}</span> {title}{" "}
        <span className={`status sd-status-${item.status}`}>{t(`sd.status.${item.status}`)}</span>
      </h1>
      <p className="hint">
        {t(`sd.kind.${item.kind}`)}
        {item.closeReason ? ` · ${t(`sd.closeReason.${item.closeReason}`)}` : ""}
        {item.publishedAt
          ? ` · ${t("sdMy.publishedAt")}${t("common.colon")}${dateTime(item.publishedAt)}`
          : ""}
        {item.expiresAt && item.status === "published"
          ? ` · ${t("sdMy.expires")}${t("common.colon")}${dateTime(item.expiresAt)}`
          : ""}
        {item.status === "published" ? (
          <>
            {" · "}
            <Link to={`/supply-demand/${item.code}`}>{t("sdMy.publicPage")}</Link>
          </>
        ) : null}
      </p>
      {search.get("created") && !actionData ? (
        <p className="alert alert-ok" role="status">
          {t("sdMy.created")}
        </p>
      ) : null}
      {done ? (
        <p className="alert alert-ok" role="status">
          {t(`sdMy.done.${done}`)}
        </p>
      ) : null}
      {duplicates.length ? (
        <section className="sd-warning" aria-labelledby="duplicates">
          <h2 id="duplicates">{t("sdMy.duplicates")}</h2>
          <p>{t("sdMy.duplicatesLead")}</p>
          <ul>
            {duplicates.map((d) => (
              <li key={d.code}>
                {d.public ? (
                  <Link to={`/supply-demand/${d.code}`}>
                    <span className="mono">{d.code}</span> {d.title}
                  </Link>
                ) : (
                  <>
                    <span className="mono">{d.code}</span> {d.title}
                  </>
                )}{" "}
                <span className="hint">
                  {t("sdMy.similarity", { percent: Math.round(d.similarity * 100) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <EditorPanel view={view} actionData={actionData} />
      {view.published ? (
        <section className="card" aria-labelledby="published">
          <h2 id="published">{t("sdMy.publishedRevision", { number: view.published.number })}</h2>
          {view.underReview || view.working ? (
            <p className="hint">{t("sdMy.publishedStaysVisible")}</p>
          ) : null}
          <SdItemContent content={view.published.content} kind={item.kind} />
        </section>
      ) : null}
      <ActionsPanel view={view} actionData={actionData} />
      <AttachmentsPanel view={view} actionData={actionData} />
      <HistoryPanel view={view} />
    </div>
  );
}

function EditorPanel({ view, actionData }: { view: LoaderData; actionData: ActionData | undefined }) {
  const { t } = useI18n();
  const formResult =
    actionData && (actionData.intent === "save" || actionData.intent === "submit")
      ? actionData.result
      : undefined;
  if (view.working) {
    return (
      <section className="card" aria-labelledby="editor">
        <h2 id="editor">{t("sdMy.workingRevision", { number: view.working.number })}</h2>
        {view.working.status === "returned" && view.working.reviewReason ? (
          <div className="alert alert-error" role="note">
            <p>
              {t("sdMy.returnedReason")}
              {t("common.colon")}
              {view.working.reviewReason}
            </p>
          </div>
        ) : null}
        {view.published ? <p className="hint">{t("sdMy.editPublishedNote")}</p> : null}
        <IntentError actionData={actionData} intent="submit" />
        <SdItemForm
          kind={view.item.kind}
          lastResult={formResult}
          defaultValue={view.working.strings}
          actions={[
            { intent: "save", label: t("sdMy.saveDraft") },
            { intent: "submit", label: t("sdMy.submit"), primary: true },
          ]}
        />
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="editor">
      <h2 id="editor">{t("sdMy.revisionWork")}</h2>
      {view.underReview ? (
        <p>{t("sdMy.underReview", { number: view.underReview.number })}</p>
      ) : view.may.startEdit ? (
        <>
          <p>{t("sdMy.startEditLead")}</p>
          <IntentError actionData={actionData} intent="edit" />
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="edit" />
            <SubmitButton>{t("sdMy.startEdit")}</SubmitButton>
          </Form>
        </>
      ) : (
        <p className="hint">{t("sdMy.noEdit")}</p>
      )}
    </section>
  );
}

function ActionsPanel({ view, actionData }: { view: LoaderData; actionData: ActionData | undefined }) {
  const { t, dateTime } = useI18n();
  const { may } = view;
  if (!may.withdraw && !may.fulfil && !may.renew && !view.fulfilNeedsContract) return null;
  const button = (intent: string, label: string) => (
    <Form method="post" className="inline-form">
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className="button">
        {label}
      </button>
    </Form>
  );
  return (
    <section className="card" aria-labelledby="item-actions">
      <h2 id="item-actions">{t("sdMy.actions")}</h2>
      <IntentError actionData={actionData} intent="withdraw" />
      <IntentError actionData={actionData} intent="fulfil" />
      <IntentError actionData={actionData} intent="renew" />
      {may.renew && view.item.expiresAt ? (
        <p>{t("sdMy.renewLead", { date: dateTime(view.item.expiresAt) })}</p>
      ) : null}
      {view.fulfilNeedsContract ? <p className="hint">{t("sdMy.fulfilNeedsContract")}</p> : null}
      <div className="toolbar">
        {may.renew ? button("renew", t("sdMy.renew")) : null}
        {may.fulfil ? button("fulfil", t("sdMy.fulfil")) : null}
        {may.withdraw ? button("withdraw", t("sdMy.withdraw")) : null}
      </div>
    </section>
  );
}

function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function AttachmentsPanel({ view, actionData }: { view: LoaderData; actionData: ActionData | undefined }) {
  const { t } = useI18n();
  const uploadErrors = actionData?.intent === "upload" ? actionData.fieldErrors?.file : undefined;
  return (
    <section className="card" aria-labelledby="attachments">
      <h2 id="attachments">{t("sdMy.attachments")}</h2>
      <IntentError actionData={actionData} intent="upload" />
      <IntentError actionData={actionData} intent="detach" />
      {view.attachments.length === 0 ? <p className="empty">{t("sdMy.attachmentsNone")}</p> : null}
      {view.attachments.length ? (
        <ul>
          {view.attachments.map((file) => (
            <li key={file.id}>
              <a href={`/attachments/${file.id}`} download>
                {file.fileName}
              </a>{" "}
              <span className="hint">({fileSize(file.sizeBytes)})</span>
              {view.may.attach ? (
                <Form method="post" className="inline-form">
                  <CsrfInput />
                  <input type="hidden" name="intent" value="detach" />
                  <input type="hidden" name="attachmentId" value={file.id} />
                  <button type="submit" className="button button-quiet">
                    {t("sdMy.remove")}
                    <span className="visually-hidden"> {file.fileName}</span>
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {view.may.attach ? (
        <Form method="post" encType="multipart/form-data" className="inline-form">
          <CsrfInput />
          <input type="hidden" name="intent" value="upload" />
          <PdfFileField id="file" label={t("sdMy.attachmentFile")} errors={uploadErrors} required />
          <SubmitButton>{t("sdMy.upload")}</SubmitButton>
        </Form>
      ) : null}
    </section>
  );
}

function HistoryPanel({ view }: { view: LoaderData }) {
  const { t, dateTime } = useI18n();
  return (
    <section className="card" aria-labelledby="history">
      <h2 id="history">{t("sdMy.history")}</h2>
      <div className="table-wrap sd-table-wrap" tabIndex={0} role="region" aria-labelledby="history">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("sdMy.revision")}</th>
              <th scope="col">{t("sdItem.title")}</th>
              <th scope="col">{t("sdMy.status")}</th>
              <th scope="col">{t("sdMy.submittedAt")}</th>
              <th scope="col">{t("sdMy.reviewedAt")}</th>
              <th scope="col">{t("sdMy.reviewReason")}</th>
            </tr>
          </thead>
          <tbody>
            {view.revisions.map((r) => (
              <tr key={r.number}>
                <td className="nowrap">
                  {t("sdMy.revisionNumber", { number: r.number })}
                  {r.isPublished ? <span className="hint"> · {t("sdMy.shownPublicly")}</span> : null}
                </td>
                <td>{r.title}</td>
                <td>{t(`sd.revisionStatus.${r.status}`)}</td>
                <td className="nowrap">{r.submittedAt ? dateTime(r.submittedAt) : "—"}</td>
                <td className="nowrap">{r.reviewedAt ? dateTime(r.reviewedAt) : "—"}</td>
                <td>{r.reviewReason ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
