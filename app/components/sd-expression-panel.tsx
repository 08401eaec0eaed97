import {
  getFormProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, useLocation } from "@remix-run/react";
import { EXPRESSION_MESSAGE_MAX, type ExpressionPanel } from "../domain/sd-expressions";
import { sdExpressionSchema } from "../forms/sd-expression";
import { useI18n } from "../i18n/use-i18n";
import { CsrfInput, FieldErrors, FormErrors, SubmitButton } from "./forms";
import { SdContactCard } from "./sd-contact";
import { SdResponseTime } from "./sd-response-time";

type Jsonified<T> = T extends Date ? string : T extends object ? { [K in keyof T]: Jsonified<T[K]> } : T;

/**
 * The expression panel of a public item page: the owner's response time, the form to express interest (posting
 * to /supply-demand/:code/interest), the organization's latest expression, and the item's contact only when the
 * loader (`expressionPanelFor`) put it there. `lastResult`: the interest action's conform result, when this panel
 * is on the interest page itself.
 */
export function SdExpressionPanel({
  panel,
  lastResult,
}: {
  panel: Jsonified<ExpressionPanel>;
  lastResult?: SubmissionResult<string[]> | null;
}) {
  const { t, dateTime } = useI18n();
  const location = useLocation();
  const [form, fields] = useForm({
    id: `express-${panel.itemCode}`,
    lastResult,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: sdExpressionSchema }),
  });
  return (
    <section className="card sd-expression-panel" aria-labelledby={`sdx-panel-${panel.itemCode}`}>
      <h2 id={`sdx-panel-${panel.itemCode}`}>{t("sdx.panel.title")}</h2>
      <SdResponseTime days={panel.responseTime.days} />
      <SdContactCard title={t("sdx.panel.contact")} contact={panel.contact} />
      {panel.state === "anonymous" ? (
        <p>
          {t("sdx.panel.signIn")}{" "}
          <Link to={`/login?${new URLSearchParams({ redirectTo: location.pathname })}`}>
            {t("nav.login")}
          </Link>
        </p>
      ) : null}
      {panel.state === "noOrganization" ? <p className="hint">{t("sdx.panel.noOrg")}</p> : null}
      {panel.state === "staff" ? <p className="hint">{t("sdx.panel.staff")}</p> : null}
      {panel.state === "closed" ? <p className="hint">{t("sdx.panel.closed")}</p> : null}
      {panel.state === "owner" ? (
        <p>
          {t("sdx.panel.owner")} <Link to="/my/expressions">{t("sdx.panel.myExpressions")}</Link>
        </p>
      ) : null}
      {panel.state === "open" && panel.latest ? (
        <p>
          <Link to={`/my/expressions/${panel.latest.id}`}>
            {t("sdx.panel.latest", {
              status: t(`sd.expressionStatus.${panel.latest.status}`),
              at: dateTime(panel.latest.createdAt),
            })}
          </Link>
        </p>
      ) : null}
      {panel.state === "open" && panel.latest?.status === "pending" ? (
        <p className="hint">{t("sdx.panel.pending")}</p>
      ) : null}
      {panel.state === "open" && panel.latest?.status !== "pending" ? (
        <Form
          method="post"
          action={`/supply-demand/${panel.itemCode}/interest`}
          {...getFormProps(form)}
          className="stack"
        >
          <CsrfInput />
          <FormErrors id={form.errorId} errors={form.errors} />
          <div className="field">
            <label htmlFor={fields.message.id}>
              {t("sdx.panel.message", { max: EXPRESSION_MESSAGE_MAX })}
              <span className="required-mark" aria-hidden="true">
                {" *"}
              </span>
            </label>
            <textarea
              {...getTextareaProps(fields.message, { ariaDescribedBy: `${fields.message.id}-hint` })}
              key={fields.message.key}
              rows={5}
              maxLength={EXPRESSION_MESSAGE_MAX}
              aria-required
            />
            <p id={`${fields.message.id}-hint`} className="hint">
              {t("sdx.panel.messageHint")}
            </p>
            <FieldErrors id={fields.message.errorId} errors={fields.message.errors} />
          </div>
          {panel.ownItems.length ? (
            <div className="field">
              <label htmlFor={fields.fromItemId.id}>{t("sdx.panel.fromItem")}</label>
              <select {...getSelectProps(fields.fromItemId)} key={fields.fromItemId.key}>
                <option value="">{t("sdx.panel.noItem")}</option>
                {panel.ownItems.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.code} {item.title}
                  </option>
                ))}
              </select>
              <FieldErrors id={fields.fromItemId.errorId} errors={fields.fromItemId.errors} />
            </div>
          ) : null}
          <p className="hint">{t("sdx.panel.privacy")}</p>
          <div>
            <SubmitButton>{t("sdx.panel.submit")}</SubmitButton>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
