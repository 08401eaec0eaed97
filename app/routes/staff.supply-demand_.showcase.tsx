import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import {
  CsrfInput,
  FormErrors,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from "../components/forms";
import { ShowcaseGroups, ShowcaseYears } from "../components/sd-showcase";
import { SHOWCASE_THEMES } from "../domain/supply-demand";
import { showcaseSchema } from "../forms/sd-listops";
import { useI18n } from "../i18n/use-i18n";
import {
  staffShowcasePageAction,
  staffShowcasePageLoader,
} from "../server/supply-demand/listops/pages.server";

export const meta: MetaFunction = () => [{ title: "新场景新产品新应用 · Showcase — 揭榜 Jiebang" }];

export const loader = staffShowcasePageLoader;
export const action = staffShowcasePageAction;

export default function StaffShowcase() {
  const { t, tError } = useI18n();
  const { year, groups, years } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "feature",
    lastResult: actionData?.intent === "feature" ? actionData.result : undefined,
    defaultValue: { year: String(year) },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: showcaseSchema }),
  });
  return (
    <section className="stack">
      <h1>{t("sdShowcase.manage")}</h1>
      <p className="hint">{t("sdShowcase.manageLead")}</p>
      <ShowcaseYears years={years} current={year} href={(y) => `/staff/supply-demand/showcase?year=${y}`} />
      <p>
        <Link to={`/supply-demand/showcase/${year}`}>{t("sdShowcase.publicPage")}</Link>
      </p>
      {actionData?.intent === "remove" ? (
        actionData.ok ? (
          <p role="status" className="alert alert-ok">
            {t("sdShowcase.removed")}
          </p>
        ) : actionData.formError ? (
          <p role="alert" className="alert alert-error">
            {tError(actionData.formError)}
          </p>
        ) : null
      ) : null}
      <ShowcaseGroups
        groups={groups}
        action={(card) => (
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="id" value={card.id} />
            <button
              type="submit"
              className="button"
              aria-label={t("sdShowcase.removeLabel", { code: card.code })}
            >
              {t("sdShowcase.remove")}
            </button>
          </Form>
        )}
      />
      <Form method="post" {...getFormProps(form)} className="card form-wide">
        <h2>{t("sdShowcase.featureTitle")}</h2>
        {actionData?.intent === "feature" && actionData.ok ? (
          <p role="status" className="alert alert-ok">
            {t("sdShowcase.featured")}
          </p>
        ) : null}
        <CsrfInput />
        <FormErrors id={form.errorId} errors={form.errors} />
        <div className="two-col">
          <TextField field={fields.year} label={t("sdShowcase.year")} required />
          <TextField
            field={fields.code}
            label={t("sdShowcase.code")}
            hint={t("sdShowcase.codeHint")}
            required
          />
        </div>
        <SelectField
          field={fields.theme}
          label={t("sdShowcase.theme")}
          required
          options={SHOWCASE_THEMES.map((theme) => ({ value: theme, label: t(`sd.showcaseTheme.${theme}`) }))}
        />
        <TextAreaField field={fields.citationZh} label={t("sdShowcase.citationZh")} rows={3} />
        <TextAreaField field={fields.citationEn} label={t("sdShowcase.citationEn")} rows={3} />
        <SubmitButton>{t("sdShowcase.feature")}</SubmitButton>
      </Form>
    </section>
  );
}
