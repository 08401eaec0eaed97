import type { Message } from "../i18n/i18n";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { AwardFiguresTable } from "../components/award-figures";
import { FieldErrors } from "../components/forms";
import { DemoBadge } from "../components/labels";
import { formatRateBp } from "../domain/award";
import { formatFen } from "../domain/money";
import { awardEstimateInput, type AwardEstimateField } from "../forms/award";
import { useI18n } from "../i18n/use-i18n";
import {
  estimateAward,
  parseAwardEstimate,
  type AwardEstimate,
} from "../server/awards/award-estimate.server";
import { publicPolicies } from "../server/catalog/public-catalog.server";

export const meta: MetaFunction = () => [{ title: "奖励测算 · Award calculator — 揭榜 Jiebang" }];

const REAL_POLICY = "WH-DE-2022";

type FieldErrorMap = Partial<Record<AwardEstimateField, Message[]>>;

/** A GET form: the whole state is in the address, so a result can be bookmarked and shared. */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const policies = await publicPolicies();
  const values = awardEstimateInput(params);
  const page = { policies, values };
  // `?policy=X` alone only preselects a policy; a submitted form always carries the amount fields.
  const asked = ["investmentYuan", "otherSupportYuan", "shares"].some((name) => params.has(name));
  if (!asked) return { ...page, state: "empty" as const };
  const parsed = parseAwardEstimate(params);
  if (!parsed.ok) {
    return data(
      { ...page, state: "invalid" as const, fieldErrors: parsed.fieldErrors satisfies FieldErrorMap },
      { status: 400 },
    );
  }
  const result = await estimateAward(parsed.query);
  if (!result.ok) {
    return data(
      {
        ...page,
        state: "invalid" as const,
        fieldErrors: { policy: [result.message] } satisfies FieldErrorMap,
      },
      { status: 400 },
    );
  }
  const api = new URLSearchParams(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return {
    ...page,
    state: "ok" as const,
    estimate: result.estimate,
    sharesBp: parsed.query.sharesBp,
    apiHref: `/api/v1/award-estimate?${api}`,
  };
}

export default function Calculator() {
  const { t } = useI18n();
  const loaded = useLoaderData<typeof loader>();
  const { policies, values } = loaded;
  const location = useLocation();
  const fieldErrors: FieldErrorMap = loaded.state === "invalid" ? loaded.fieldErrors : {};

  const chosen =
    values.policy?.trim().toUpperCase() ??
    (policies.some((p) => p.code === REAL_POLICY) ? REAL_POLICY : policies[0]?.code) ??
    "";
  const policy = policies.find((p) => p.code === chosen);

  const describedBy = (name: AwardEstimateField, hint: boolean) =>
    [hint ? `${name}-hint` : null, fieldErrors[name] ? `${name}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  const invalid = (name: AwardEstimateField) => (fieldErrors[name] ? true : undefined);

  return (
    <section className="stack">
      <h1>{t("calc.title")}</h1>
      <p className="lead">{t("calc.lead")}</p>
      <Form method="get" action="/calculator" key={location.search} className="card form-wide" noValidate>
        {loaded.state === "invalid" ? (
          <p role="alert" className="alert alert-error">
            {t("common.formErrors")}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="policy">{t("calc.policy")}</label>
          <select
            id="policy"
            name="policy"
            defaultValue={chosen}
            aria-invalid={invalid("policy")}
            aria-describedby={describedBy("policy", true)}
          >
            {policy || !chosen ? null : <option value={chosen}>{chosen}</option>}
            {policies.map((p) => (
              <option key={p.code} value={p.code}>
                {`${p.code} · ${p.title}${p.isDemo ? `（${t("common.demo")}）` : ""}`}
              </option>
            ))}
          </select>
          <p id="policy-hint" className="hint">
            {policy ? (
              <>
                {policy.isDemo ? <DemoBadge /> : null}
                {policy.isDemo ? " " : null}
                {[
                  `${t("calc.rate")} ${formatRateBp(policy.rateBp)}`,
                  `${t("calc.cap")} ${formatFen(policy.capFen)}`,
                  t("calc.window", { from: policy.effectiveFrom, to: policy.effectiveTo }),
                  "",
                ].join(" · ")}
              </>
            ) : null}
            {t("calc.policyHint")}
          </p>
          <FieldErrors id="policy-error" errors={fieldErrors.policy} />
        </div>
        <div className="two-col">
          <AmountField
            name="investmentYuan"
            label={t("calc.investment")}
            hint={t("calc.investmentHint")}
            value={values.investmentYuan}
            errors={fieldErrors.investmentYuan}
            required
          />
          <AmountField
            name="otherSupportYuan"
            label={t("calc.other")}
            hint={t("calc.otherHint")}
            value={values.otherSupportYuan}
            errors={fieldErrors.otherSupportYuan}
          />
        </div>
        <div className="field">
          <label htmlFor="shares">{t("calc.shares")}</label>
          <input
            id="shares"
            name="shares"
            defaultValue={values.shares ?? ""}
            placeholder="6000,4000"
            autoComplete="off"
            aria-invalid={invalid("shares")}
            aria-describedby={describedBy("shares", true)}
          />
          <p id="shares-hint" className="hint">
            {t("calc.sharesHint")}
          </p>
          <FieldErrors id="shares-error" errors={fieldErrors.shares} />
        </div>
        <button type="submit" className="button button-primary">
          {t("calc.submit")}
        </button>
      </Form>
      {loaded.state === "ok" ? (
        <Result estimate={loaded.estimate} sharesBp={loaded.sharesBp} apiHref={loaded.apiHref} />
      ) : null}
      <p className="hint">{t("calc.disclaimer")}</p>
    </section>
  );
}

function AmountField(props: {
  name: "investmentYuan" | "otherSupportYuan";
  label: string;
  hint: string;
  value: string | undefined;
  errors: Message[] | undefined;
  required?: boolean;
}) {
  const { name, errors } = props;
  return (
    <div className="field">
      <label htmlFor={name}>{props.label}</label>
      <input
        id={name}
        name={name}
        defaultValue={props.value ?? ""}
        inputMode="decimal"
        autoComplete="off"
        required={props.required}
        aria-invalid={errors ? true : undefined}
        aria-describedby={`${name}-hint${errors ? ` ${name}-error` : ""}`}
      />
      <p id={`${name}-hint`} className="hint">
        {props.hint}
      </p>
      <FieldErrors id={`${name}-error`} errors={errors} />
    </div>
  );
}

function Result({
  estimate,
  sharesBp,
  apiHref,
}: {
  estimate: AwardEstimate;
  sharesBp: number[] | null;
  apiHref: string;
}) {
  const { t, locale } = useI18n();
  const split = estimate.split;
  return (
    <section className="card stack" aria-labelledby="result-title" aria-live="polite">
      <h2 id="result-title">{t("calc.result")}</h2>
      <AwardFiguresTable figures={estimate} kind="estimate" announce />
      {split ? (
        <>
          <h3>{t("calc.split")}</h3>
          <div className="table-wrap" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("calc.member")}</th>
                  <th scope="col" className="num">
                    {t("calc.share")}
                  </th>
                  <th scope="col" className="num">
                    {t("calc.amount")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {split.map((fen, index) => {
                  const bp = sharesBp?.[index] ?? 0;
                  return (
                    <tr key={index} data-member={index + 1}>
                      <th scope="row">
                        {index === 0 ? t("calc.memberLead") : t("calc.memberN", { n: index + 1 })}
                      </th>
                      <td className="num mono">
                        {bp} bp ({formatRateBp(bp)})
                      </td>
                      <td className="num mono">{formatFen(fen)}</td>
                    </tr>
                  );
                })}
                <tr>
                  <th scope="row">{t("calc.total")}</th>
                  <td className="num mono">10000 bp (100%)</td>
                  <td className="num mono">{formatFen(split.reduce((sum, fen) => sum + fen, 0))}</td>
                </tr>
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <h3>{t("calc.explanation")}</h3>
      <p className="explanation">{estimate.explanation[locale]}</p>
      <p>
        <Link to={apiHref} reloadDocument>
          {t("calc.json")}
        </Link>
      </p>
    </section>
  );
}
