import type { Message } from "../i18n/i18n";
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useBeforeUnload, useBlocker } from "@remix-run/react";
import { useCallback, useEffect, useState } from "react";
import { breakdownMismatch } from "../domain/bidding";
import { fenToYuanString, formatFen, parseAmountToFen } from "../domain/money";
import { bidContentSchema, PROPOSAL_SECTIONS } from "../forms/bid";
import { useI18n } from "../i18n/use-i18n";
import { CsrfInput, FieldErrors, FormErrors, TextAreaField, TextField } from "./forms";

/** The parts of a bid the content form and the read-only view show (dates arrive as strings from the loader). */
export interface BidContentProps {
  bid: {
    summary: string;
    proposal: { heading: string; body: string }[];
    plannedInvestmentFen: number;
    investmentBreakdown: { item: string; amountFen: number }[];
    milestones: { date: string; deliverable: string }[];
    team: { name: string; role: string; organization: string }[];
    indicatorResponses: { position: number; response: string }[];
  };
  indicators: { name: string; target: string; weight: number }[];
  problems: Record<string, Message[]>;
}

const BLANK_ROWS = 2;
const blank = <T,>(row: T, count = BLANK_ROWS): T[] => Array.from({ length: count }, () => ({ ...row }));

function defaultsOf({ bid, indicators }: BidContentProps) {
  const section = (key: string) => bid.proposal.find((s) => s.heading === key)?.body ?? "";
  return {
    summary: bid.summary,
    proposal: {
      approach: section("approach"),
      innovation: section("innovation"),
      capacity: section("capacity"),
      risks: section("risks"),
    } satisfies Record<(typeof PROPOSAL_SECTIONS)[number], string>,
    plannedInvestment: bid.plannedInvestmentFen ? fenToYuanString(bid.plannedInvestmentFen) : "",
    breakdown: [
      ...bid.investmentBreakdown.map((l) => ({ item: l.item, amount: fenToYuanString(l.amountFen) })),
      ...blank({ item: "", amount: "" }),
    ],
    milestones: [...bid.milestones, ...blank({ date: "", deliverable: "" })],
    team: [...bid.team, ...blank({ name: "", role: "", organization: "" })],
    responses: indicators.map((_, position) => ({
      position: String(position),
      response: bid.indicatorResponses.find((r) => r.position === position)?.response ?? "",
    })),
  };
}

export function BidContentForm({
  view,
  actionData,
}: {
  view: BidContentProps;
  /** The reply to this form: saved ("save") or saved then submitted ("submit", the submit panel's button). */
  actionData: { intent: string; result?: unknown; ok: boolean } | undefined;
}) {
  const { t } = useI18n();
  const unsaved = useUnsavedChanges(actionData, t("bid.unsaved"));
  const [form, fields] = useForm({
    id: "bid-content",
    lastResult: actionData?.result as SubmissionResult<string[]> | undefined,
    defaultValue: defaultsOf(view),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: bidContentSchema }),
  });
  const proposal = fields.proposal.getFieldset();
  return (
    <Form method="post" {...getFormProps(form)} className="card" onChange={unsaved.edited}>
      <CsrfInput />
      {actionData?.ok && actionData.intent === "save" ? (
        <p className="alert alert-ok" role="status">
          {t("bid.saved")}
        </p>
      ) : null}
      {/* A refused submission says so beside its own button; its field errors show here. */}
      {actionData?.intent === "save" ? <FormErrors id={form.errorId} errors={form.errors} /> : null}
      <fieldset>
        <legend>{t("bid.section.proposal")}</legend>
        <TextAreaField field={fields.summary} label={t("bid.summary")} rows={3} />
        {PROPOSAL_SECTIONS.map((key) => (
          <div key={key}>
            <TextAreaField field={proposal[key]} label={t(`bid.proposal.${key}`)} rows={5} />
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("bid.section.investment")}</legend>
        <TextField
          field={fields.plannedInvestment}
          label={t("bid.plannedInvestment")}
          hint={t("task.moneyHint")}
        />
        <FieldErrors id={fields.breakdown.errorId} errors={fields.breakdown.errors} />
        <BreakdownCheck
          planned={fields.plannedInvestment.value}
          amounts={fields.breakdown.getFieldList().map((line) => line.getFieldset().amount.value)}
        />
        {fields.breakdown.getFieldList().map((line, index) => {
          const row = line.getFieldset();
          return (
            <div className="two-col" key={line.key ?? index}>
              <TextField field={row.item} label={`${t("bid.breakdownItem")} ${index + 1}`} />
              <TextField field={row.amount} label={t("bid.breakdownAmount")} />
            </div>
          );
        })}
        <p className="hint">{t("bid.blankRowsHint")}</p>
      </fieldset>
      <fieldset>
        <legend>{t("bid.section.schedule")}</legend>
        {fields.milestones.getFieldList().map((milestone, index) => {
          const row = milestone.getFieldset();
          return (
            <div className="two-col" key={milestone.key ?? index}>
              <TextField field={row.date} label={`${t("bid.milestoneDate")} ${index + 1}`} type="date" />
              <TextField field={row.deliverable} label={t("bid.milestoneDeliverable")} />
            </div>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{t("bid.section.team")}</legend>
        {fields.team.getFieldList().map((person, index) => {
          const row = person.getFieldset();
          return (
            <div className="grid-3" key={person.key ?? index}>
              <TextField field={row.name} label={`${t("bid.teamName")} ${index + 1}`} />
              <TextField field={row.role} label={t("bid.teamRole")} />
              <TextField field={row.organization} label={t("bid.teamOrganization")} />
            </div>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{t("bid.section.responses")}</legend>
        {fields.responses.getFieldList().map((response, index) => {
          const row = response.getFieldset();
          const indicator = view.indicators[index];
          return (
            <div key={response.key ?? index}>
              <input type="hidden" name={row.position.name} value={String(index)} />
              <TextAreaField
                field={row.response}
                label={
                  indicator ? `${index + 1}. ${indicator.name}（${indicator.target}）` : String(index + 1)
                }
                rows={3}
              />
            </div>
          );
        })}
      </fieldset>
      <button type="submit" name="intent" value="save" className="button button-primary">
        {t("bid.save")}
      </button>
    </Form>
  );
}

/**
 * Whether the content form holds edits not yet saved: any change marks it, a successful save or submission clears
 * it. While it does, closing or reloading the tab asks first, and so does following a link to another page.
 */
function useUnsavedChanges(actionData: { intent: string; ok: boolean } | undefined, question: string) {
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (actionData?.ok && (actionData.intent === "save" || actionData.intent === "submit")) setDirty(false);
  }, [actionData]);
  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (!dirty) return;
        event.preventDefault();
        // Older browsers show the prompt only when returnValue is set.
        event.returnValue = "";
      },
      [dirty],
    ),
  );
  // Posting this page's own forms is not leaving it; going to another address (or a search) is.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    if (window.confirm(question)) blocker.proceed();
    else blocker.reset();
  }, [blocker, question]);
  return { edited: () => setDirty(true) };
}

/** Read where it can be: a blank or unreadable amount is left to the field's own error. */
const fenOrNull = (text: unknown) => {
  if (typeof text !== "string" || text.trim() === "") return null;
  const parsed = parseAmountToFen(text);
  return parsed.ok ? parsed.fen : null;
};

/** The breakdown's total against the planned investment, updated as the lead types, in formatted money. */
function BreakdownCheck({ planned, amounts }: { planned: unknown; amounts: unknown[] }) {
  const { t } = useI18n();
  const mismatch = breakdownMismatch(fenOrNull(planned), amounts.map(fenOrNull));
  return (
    <p className="hint" id="breakdown-check" aria-live="polite">
      {mismatch
        ? t("bid.breakdownMismatch", {
            total: formatFen(mismatch.totalFen),
            planned: formatFen(mismatch.plannedFen),
            difference: formatFen(Math.abs(mismatch.plannedFen - mismatch.totalFen)),
          })
        : null}
    </p>
  );
}

/** The same content, read-only: for a submitted bid, its consortium members and staff. */
export function BidContentView({ view }: { view: BidContentProps }) {
  const { t } = useI18n();
  const { bid } = view;
  if (!bid.summary && bid.plannedInvestmentFen === 0 && bid.proposal.every((section) => !section.body))
    return (
      <section className="card" aria-labelledby="proposal-title">
        <h2 id="proposal-title">{t("bid.section.proposal")}</h2>
        <p className="empty">{t("bid.emptyDraft")}</p>
      </section>
    );
  return (
    <section className="card stack" aria-labelledby="proposal-title">
      <h2 id="proposal-title">{t("bid.section.proposal")}</h2>
      <h3>{t("bid.summary")}</h3>
      <p className="rich-text">{bid.summary}</p>
      {PROPOSAL_SECTIONS.map((key) => (
        <div key={key}>
          <h3>{t(`bid.proposal.${key}`)}</h3>
          <p className="rich-text">{bid.proposal.find((section) => section.heading === key)?.body ?? ""}</p>
        </div>
      ))}
      <h3>{t("bid.section.investment")}</h3>
      <p className="num">{formatFen(bid.plannedInvestmentFen)}</p>
      <ul>
        {bid.investmentBreakdown.map((line, index) => (
          <li key={index}>
            {line.item}: {formatFen(line.amountFen)}
          </li>
        ))}
      </ul>
      <h3>{t("bid.section.schedule")}</h3>
      <ul>
        {bid.milestones.map((m, index) => (
          <li key={index}>
            <span className="mono">{m.date}</span> {m.deliverable}
          </li>
        ))}
      </ul>
      <h3>{t("bid.section.team")}</h3>
      <ul>
        {bid.team.map((person, index) => (
          <li key={index}>
            {person.name} — {person.role}（{person.organization}）
          </li>
        ))}
      </ul>
      <h3>{t("bid.section.responses")}</h3>
      <ol>
        {view.indicators.map((indicator, position) => (
          <li key={position}>
            <strong>{indicator.name}</strong>（{indicator.target}）：
            {bid.indicatorResponses.find((r) => r.position === position)?.response ?? "—"}
          </li>
        ))}
      </ol>
    </section>
  );
}
