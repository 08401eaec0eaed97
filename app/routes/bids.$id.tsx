import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { BidContentForm, BidContentView } from "../components/bid-content";
import {
  CsrfInput,
  FieldErrors,
  FormErrors,
  PdfFileField,
  SubmitButton,
  TextField,
} from "../components/forms";
import { formatFen } from "../domain/money";
import { inviteMemberSchema } from "../forms/bid";
import { useI18n } from "../i18n/use-i18n";
import { bidPageAction, bidPageLoader } from "../server/bidding/bid-page.server";

export const loader = bidPageLoader;
export const action = bidPageAction;

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type ActionData = ReturnType<typeof useActionData<typeof action>>;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.task.code} ${data.bid.leadOrgName} — 揭榜 Jiebang` : "揭榜 Jiebang" },
];

export default function BidPage() {
  const view = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, dateTime } = useI18n();
  const { bid, task, role } = view;
  return (
    <div className="stack">
      <p className="task-meta">
        <Link to="/bids">{t("bid.mine")}</Link> ·{" "}
        <Link to={`/tasks/${task.code}`}>
          <span className="mono">{task.code}</span> {task.title}
        </Link>
      </p>
      <h1>
        {t("bid.title")}
        {t("common.colon")}
        {bid.leadOrgName}{" "}
        <span className={`status bid-status-${bid.status}`}>{t(`bid.status.${bid.status}`)}</span>
      </h1>
      <p className="hint">
        {t("bid.deadline")}
        {t("common.colon")}
        {dateTime(task.bidDeadline)}
        {/* A withdrawn bid's old submission time no longer means anything: it is not submitted. */}
        {bid.submittedAt && bid.status !== "withdrawn" && bid.status !== "draft"
          ? ` · ${t("bid.submittedAt")}${t("common.colon")}${dateTime(bid.submittedAt)}`
          : ""}
      </p>
      {bid.decisionReason && (bid.status === "selected" || bid.status === "not_selected") ? (
        <p className="alert alert-ok">
          {t("bid.decisionReason")}
          {t("common.colon")}
          {bid.decisionReason}
        </p>
      ) : null}
      {actionData?.intent === "answer" && actionData.ok ? (
        <p className="alert alert-ok" role="status">
          {t("bid.acceptedNote")}
        </p>
      ) : null}
      {role === "invited" ? <InvitationPanel view={view} actionData={actionData} /> : null}
      {role !== "invited" ? (
        <>
          <ConsortiumPanel view={view} actionData={actionData} />
          {view.editable ? (
            <BidContentForm
              view={view}
              actionData={
                actionData?.intent === "save" || actionData?.intent === "submit" ? actionData : undefined
              }
            />
          ) : (
            <>
              <p className="hint">
                {!view.open ? t("bid.closedNote") : role === "lead" ? t("bid.readOnly") : t("bid.leadEdits")}
              </p>
              <BidContentView view={view} />
            </>
          )}
          <EstimatePanel view={view} />
          <AttachmentsPanel view={view} actionData={actionData} />
          {role === "lead" ? <SubmitPanel view={view} actionData={actionData} /> : null}
        </>
      ) : null}
    </div>
  );
}

function IntentError({ actionData, intent }: { actionData: ActionData | undefined; intent: string }) {
  if (!actionData || actionData.intent !== intent || actionData.ok || !actionData.formError) return null;
  return <FormErrors id={`${intent}-error`} errors={[actionData.formError]} />;
}

function InvitationPanel({ view, actionData }: { view: LoaderData; actionData: ActionData | undefined }) {
  const { t } = useI18n();
  // An invited organization's view carries its own invitation only.
  const rootOrgRole = view.members.find((m) => m.status === "invited");
  return (
    <section className="card" aria-labelledby="invitation">
      <h2 id="invitation">{t("bid.invitation")}</h2>
      <p>
        {t("bid.invitationText", {
          lead: view.bid.leadOrgName,
          task: `${view.task.code} ${view.task.title}`,
          share: rootOrgRole ? rootOrgRole.shareBp / 100 : 0,
          work: rootOrgRole?.workDivision ?? "",
        })}
      </p>
      <IntentError actionData={actionData} intent="answer" />
      <p className="hint">{t("bid.ownerAnswers")}</p>
      <div className="toolbar">
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="intent" value="answer" />
          <input type="hidden" name="answer" value="accepted" />
          {rootOrgRole ? (
            <>
              <input type="hidden" name="seenShareBp" value={rootOrgRole.shareBp} />
              <input type="hidden" name="seenWorkDivision" value={rootOrgRole.workDivision} />
            </>
          ) : null}
          <SubmitButton>{t("bid.accept")}</SubmitButton>
        </Form>
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="intent" value="answer" />
          <input type="hidden" name="answer" value="declined" />
          <button type="submit" className="button">
            {t("bid.decline")}
          </button>
        </Form>
      </div>
    </section>
  );
}

function ConsortiumPanel({ view, actionData }: { view: LoaderData; actionData: ActionData | undefined }) {
  const { t } = useI18n();
  const total = view.plannedSharesTotal;
  const terms = actionData?.intent === "terms" ? actionData : undefined;
  return (
    <section className="card" id="consortium" aria-labelledby="consortium-title">
      <h2 id="consortium-title">{t("bid.section.consortium")}</h2>
      <p className="hint">
        {t("bid.quotaNote", { members: view.task.maxConsortiumMembers, bids: view.task.maxBidsPerOrg })}
      </p>
      {actionData?.intent === "invite" && actionData.ok ? (
        <p className="alert alert-ok" role="status">
          {t("bid.invited")}
        </p>
      ) : null}
      {terms?.ok ? (
        <p className="alert alert-ok" role="status">
          {t("bid.termsUpdated")}
        </p>
      ) : null}
      {view.pendingInvitations > 0 ? (
        <p className="alert" role="status" id="pending-invitations">
          {t("bid.pendingInvitations", { count: view.pendingInvitations })}
        </p>
      ) : null}
      <IntentError actionData={actionData} intent="remove" />
      <FieldErrors id="consortium-problems" errors={view.problems.consortium} />
      <div className="table-wrap" tabIndex={0}>
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">{t("bid.organization")}</th>
              <th scope="col">{t("bid.memberStatus")}</th>
              {view.editable ? (
                // Editable rows hold both inputs in one cell (one form per member).
                <th scope="col" colSpan={2}>
                  {t("bid.share")} · {t("bid.workDivision")}
                </th>
              ) : (
                <>
                  <th scope="col" className="num">
                    {t("bid.share")}
                  </th>
                  <th scope="col">{t("bid.workDivision")}</th>
                </>
              )}
              {view.editable ? <th scope="col">{t("common.actions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {view.members.map((member) => {
              // The row whose terms form was refused: its errors beside its fields, the typed values kept.
              const refused =
                terms && !terms.ok && terms.target === member.organizationId ? terms : undefined;
              const typed = refused?.result?.initialValue as Record<string, unknown> | undefined;
              const shareErrors = refused?.fieldErrors?.share;
              const workErrors = refused?.fieldErrors?.workDivision;
              return (
                <tr key={member.organizationId}>
                  <td>
                    {member.organizationName}
                    <br />
                    <span className="hint">
                      {t(`bid.role.${member.role}`)} · <span className="mono">{member.uscc}</span>
                    </span>
                  </td>
                  <td data-label={t("bid.memberStatus")}>{t(`bid.memberStatus.${member.status}`)}</td>
                  {view.editable ? (
                    <td colSpan={2} data-label={`${t("bid.share")} · ${t("bid.workDivision")}`}>
                      <Form method="post" className="inline-form">
                        <CsrfInput />
                        <input type="hidden" name="intent" value="terms" />
                        <input type="hidden" name="organizationId" value={member.organizationId} />
                        <label className="visually-hidden" htmlFor={`share-${member.organizationId}`}>
                          {t("bid.share")} {member.organizationName}
                        </label>
                        <input
                          id={`share-${member.organizationId}`}
                          name="share"
                          inputMode="decimal"
                          size={6}
                          defaultValue={typeof typed?.share === "string" ? typed.share : member.shareBp / 100}
                          aria-invalid={shareErrors ? true : undefined}
                          aria-describedby={shareErrors ? `share-${member.organizationId}-error` : undefined}
                          required
                        />
                        <label className="visually-hidden" htmlFor={`work-${member.organizationId}`}>
                          {t("bid.workDivision")} {member.organizationName}
                        </label>
                        <input
                          id={`work-${member.organizationId}`}
                          name="workDivision"
                          defaultValue={
                            typeof typed?.workDivision === "string" ? typed.workDivision : member.workDivision
                          }
                          aria-invalid={workErrors ? true : undefined}
                          aria-describedby={workErrors ? `work-${member.organizationId}-error` : undefined}
                          required
                        />
                        <button type="submit" className="button">
                          {t("bid.updateTerms")}
                        </button>
                        <FieldErrors id={`share-${member.organizationId}-error`} errors={shareErrors} />
                        <FieldErrors id={`work-${member.organizationId}-error`} errors={workErrors} />
                        <FieldErrors
                          id={`terms-${member.organizationId}-error`}
                          errors={[
                            ...(refused?.fieldErrors?.organizationId ?? []),
                            ...(refused?.formError ? [refused.formError] : []),
                          ]}
                        />
                      </Form>
                    </td>
                  ) : (
                    <>
                      <td className="num" data-label={t("bid.share")}>
                        {member.shareBp / 100}%
                      </td>
                      <td data-label={t("bid.workDivision")}>{member.workDivision}</td>
                    </>
                  )}
                  {view.editable ? (
                    <td>
                      {member.role === "member" ? (
                        <Form method="post">
                          <CsrfInput />
                          <input type="hidden" name="intent" value="remove" />
                          <input type="hidden" name="organizationId" value={member.organizationId} />
                          <button type="submit" className="button button-quiet">
                            {t("bid.remove")}
                          </button>
                        </Form>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className={total === 100 ? "hint" : "field-errors"} aria-live="polite">
        {t("bid.sharesTotal", { total })}
      </p>
      {view.editable ? <InviteForm view={view} actionData={actionData} /> : null}
    </section>
  );
}

function InviteForm({ view, actionData }: { view: LoaderData; actionData: ActionData | undefined }) {
  const { t } = useI18n();
  return (
    <div className="stack">
      <h3>{t("bid.inviteTitle")}</h3>
      <Form method="get" className="search-bar" role="search">
        <label htmlFor="find">{t("bid.inviteSearch")}</label>
        <input id="find" name="find" defaultValue={view.find} minLength={2} maxLength={100} />
        <button type="submit" className="button">
          {t("bid.inviteFind")}
        </button>
      </Form>
      {view.candidates?.length === 0 ? <p className="empty">{t("bid.inviteNoMatch")}</p> : null}
      {view.candidates?.map((org) => (
        <InviteCandidate
          key={org.id}
          org={org}
          lastResult={
            actionData?.intent === "invite" && actionData.target === org.id && actionData.result
              ? (actionData.result as never)
              : undefined
          }
        />
      ))}
    </div>
  );
}

function InviteCandidate({
  org,
  lastResult,
}: {
  org: { id: number; name: string; uscc: string };
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useI18n();
  const [form, fields] = useForm({
    id: `invite-${org.id}`,
    lastResult,
    defaultValue: { organizationId: String(org.id) },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteMemberSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="card form-card">
      <CsrfInput />
      <input type="hidden" name="intent" value="invite" />
      <input {...getInputProps(fields.organizationId, { type: "hidden" })} key={fields.organizationId.key} />
      <p>
        <strong>{org.name}</strong> <span className="mono hint">{org.uscc}</span>
      </p>
      <FormErrors id={form.errorId} errors={form.errors} />
      <FieldErrors id={fields.organizationId.errorId} errors={fields.organizationId.errors} />
      <div className="two-col">
        <TextField field={fields.share} label={t("bid.share")} />
        <TextField field={fields.workDivision} label={t("bid.workDivision")} />
      </div>
      <SubmitButton>{t("bid.invite")}</SubmitButton>
    </Form>
  );
}

function EstimatePanel({ view }: { view: LoaderData }) {
  const { t } = useI18n();
  const estimate = view.estimate;
  return (
    <section className="card" aria-labelledby="estimate">
      <h2 id="estimate">{t("bid.estimate")}</h2>
      {estimate ? (
        <p>
          <strong className="num">{formatFen(estimate.cappedFen)}</strong> —{" "}
          {t("bid.estimateText", {
            policy: view.task.policyTitle,
            basis: formatFen(estimate.basisFen),
            rate: estimate.rateBp / 100,
            raw: formatFen(estimate.rawFen),
            cap: formatFen(estimate.capFen),
            capped: formatFen(estimate.cappedFen),
          })}
        </p>
      ) : (
        <p className="hint">{t("bid.estimateNone")}</p>
      )}
    </section>
  );
}

function AttachmentsPanel({ view, actionData }: { view: LoaderData; actionData: ActionData | undefined }) {
  const { t } = useI18n();
  const uploadErrors = actionData?.intent === "upload" ? actionData.fieldErrors?.file : undefined;
  return (
    <section className="card" aria-labelledby="attachments">
      <h2 id="attachments">{t("bid.section.attachments")}</h2>
      {actionData?.ok && (actionData.intent === "upload" || actionData.intent === "detach") ? (
        <p className="alert alert-ok" role="status">
          {t(actionData.intent === "upload" ? "bid.uploaded" : "bid.detached")}
        </p>
      ) : null}
      <IntentError actionData={actionData} intent="upload" />
      <IntentError actionData={actionData} intent="detach" />
      {view.attachments.length === 0 ? <p className="empty">{t("bid.attachmentsNone")}</p> : null}
      <ul>
        {view.attachments.map((file) => (
          <li key={file.id}>
            <a href={`/attachments/${file.id}`} download>
              {file.fileName}
            </a>{" "}
            <span className="hint">({fileSize(file.sizeBytes)})</span>
            {view.editable ? (
              <Form method="post" className="inline-form">
                <CsrfInput />
                <input type="hidden" name="intent" value="detach" />
                <input type="hidden" name="attachmentId" value={file.id} />
                <button type="submit" className="button button-quiet">
                  {t("bid.remove")}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {view.editable ? (
        <Form method="post" encType="multipart/form-data" className="inline-form">
          <CsrfInput />
          <input type="hidden" name="intent" value="upload" />
          <PdfFileField id="file" label={t("bid.attachmentFile")} errors={uploadErrors} required />
          <SubmitButton>{t("bid.upload")}</SubmitButton>
        </Form>
      ) : null}
    </section>
  );
}

function SubmitPanel({ view, actionData }: { view: LoaderData; actionData: ActionData | undefined }) {
  const { t, tError } = useI18n();
  const problems = Object.entries(view.problems);
  const justSubmitted = actionData?.intent === "submit" && actionData.ok;
  const justWithdrawn = actionData?.intent === "withdraw" && actionData.ok;
  return (
    <section className="card" aria-labelledby="submit-title">
      <h2 id="submit-title">{view.bid.status === "withdrawn" ? t("bid.resubmit") : t("bid.submit")}</h2>
      {justSubmitted ? (
        <p className="alert alert-ok" role="status">
          {t("bid.submitted")}
        </p>
      ) : null}
      {justWithdrawn ? (
        <p className="alert alert-ok" role="status">
          {t("bid.withdrawn")}
        </p>
      ) : null}
      <IntentError actionData={actionData} intent="submit" />
      <IntentError actionData={actionData} intent="withdraw" />
      {view.editable ? (
        problems.length ? (
          <div>
            <p>{t("bid.checklist")}</p>
            <ul className="field-errors" id="submit-problems">
              {problems.flatMap(([field, keys]) =>
                keys.map((key) => <li key={field + key}>{tError(key)}</li>),
              )}
            </ul>
          </div>
        ) : (
          <p className="hint">{t("bid.ready")}</p>
        )
      ) : null}
      {view.editable ? (
        <p className="hint">
          {view.pendingInvitations > 0
            ? `${t("bid.pendingInvitations", { count: view.pendingInvitations })} `
            : ""}
          {t("bid.submitSaves")}
        </p>
      ) : null}
      <div className="toolbar">
        {view.editable ? (
          // Part of the content form (its `form` attribute): what is on the screen is saved, then submitted.
          <button
            type="submit"
            form="bid-content"
            name="intent"
            value="submit"
            className="button button-primary"
          >
            {view.bid.status === "withdrawn" ? t("bid.resubmit") : t("bid.submit")}
          </button>
        ) : null}
        {view.canWithdraw ? (
          <Form
            method="post"
            onSubmit={(event) => {
              if (!window.confirm(t("bid.withdrawConfirm"))) event.preventDefault();
            }}
          >
            <CsrfInput />
            <input type="hidden" name="intent" value="withdraw" />
            <button type="submit" className="button">
              {t("bid.withdraw")}
            </button>
          </Form>
        ) : null}
      </div>
    </section>
  );
}

function fileSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
