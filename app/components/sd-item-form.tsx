import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { DISTRICT_EN, DISTRICTS } from "../domain/districts";
import {
  DEMAND_CATEGORIES,
  MATURITY_LEVELS,
  MAX_TAGS,
  SD_DOMAINS,
  SUPPLY_KINDS,
  type SdKind,
} from "../domain/supply-demand";
import { sdItemInputSchema, type SdItemInputStrings } from "../forms/sd-item";
import { useI18n } from "../i18n/use-i18n";
import {
  CsrfInput,
  FieldErrors,
  FormErrors,
  RequiredNote,
  SelectField,
  TextAreaField,
  TextField,
} from "./forms";

/**
 * The owner's form for a demand or a supply; the server parses the same schema with its own clock. `actions`
 * are the submit buttons (each names its intent), so one form saves a draft or saves and submits.
 */
export function SdItemForm({
  kind,
  lastResult,
  defaultValue,
  actions,
}: {
  kind: SdKind;
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue?: SdItemInputStrings;
  actions: { intent: string; label: string; primary?: boolean }[];
}) {
  const { t, locale } = useI18n();
  const [form, fields] = useForm({
    id: `sd-item-${kind}`,
    lastResult,
    defaultValue,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema: sdItemInputSchema(kind, { now: new Date() }) }),
  });
  const districtLabel = (d: (typeof DISTRICTS)[number]) => (locale === "zh" ? d : `${DISTRICT_EN[d]} (${d})`);
  const districtOptions = DISTRICTS.map((d) => ({ value: d, label: districtLabel(d) }));
  const served = [fields.districtsServed.initialValue ?? []].flat().filter((v): v is string => !!v);
  return (
    <Form method="post" {...getFormProps(form)} className="form-wide">
      <CsrfInput />
      <FormErrors id={form.errorId} errors={form.errors} />
      <RequiredNote />
      <fieldset>
        <legend>{t("sdItem.section.basic")}</legend>
        <TextField field={fields.title} label={t("sdItem.title")} required />
        <TextField field={fields.summary} label={t("sdItemForm.summary")} required />
        <TextAreaField field={fields.description} label={t("sdItemForm.description")} rows={8} />
        <div className="two-col">
          <SelectField
            field={fields.domain}
            label={t("sdItemForm.domain")}
            required
            options={SD_DOMAINS.map((d) => ({ value: d, label: t(`sd.domain.${d}`) }))}
          />
          {kind === "demand" ? (
            <SelectField
              field={fields.category}
              label={t("sdItemForm.category")}
              required
              options={DEMAND_CATEGORIES.map((c) => ({ value: c, label: t(`sd.category.${c}`) }))}
            />
          ) : (
            <SelectField
              field={fields.supplyKind}
              label={t("sdItemForm.supplyKind")}
              required
              options={SUPPLY_KINDS.map((k) => ({ value: k, label: t(`sd.supplyKind.${k}`) }))}
            />
          )}
        </div>
        <div className="two-col">
          <TextField
            field={fields.tags}
            label={t("sdItemForm.tags")}
            hint={t("sdItem.tagsHint", { max: MAX_TAGS })}
          />
          <SelectField
            field={fields.district}
            label={t("sdItemForm.district")}
            options={[{ value: "全市", label: t("sd.cityWide") }, ...districtOptions]}
          />
        </div>
      </fieldset>
      {kind === "demand" ? (
        <fieldset>
          <legend>{t("sdItem.section.demand")}</legend>
          <TextAreaField field={fields.expectedOutcome} label={t("sdItemForm.expectedOutcome")} rows={4} />
          <div className="two-col">
            <TextField field={fields.budgetMin} label={t("sdItem.budgetMin")} hint={t("sdItem.yuanHint")} />
            <TextField field={fields.budgetMax} label={t("sdItem.budgetMax")} hint={t("sdItem.yuanHint")} />
          </div>
          <TextField field={fields.wantedBy} label={t("sdItemForm.wantedBy")} type="date" />
        </fieldset>
      ) : (
        <fieldset>
          <legend>{t("sdItem.section.supply")}</legend>
          <div className="two-col">
            <SelectField
              field={fields.maturity}
              label={t("sdItemForm.maturity")}
              required
              options={MATURITY_LEVELS.map((m) => ({ value: m, label: t(`sd.maturity.${m}`) }))}
            />
            <TextField
              field={fields.deployedCustomers}
              label={t("sdItem.deployedCustomers")}
              hint={t("sdItem.deployedCustomersHint")}
              type="number"
            />
          </div>
          <TextAreaField field={fields.referenceCases} label={t("sdItemForm.referenceCases")} rows={4} />
          <fieldset className="sd-districts">
            <legend>{t("sdItemForm.districtsServed")}</legend>
            <p className="hint" id={`${fields.districtsServed.id}-hint`}>
              {t("sdItem.districtsServedHint")}
            </p>
            <div className="sd-checkbox-grid" key={fields.districtsServed.key}>
              {DISTRICTS.map((d) => (
                <label className="checkbox" key={d}>
                  <input
                    type="checkbox"
                    name={fields.districtsServed.name}
                    value={d}
                    defaultChecked={served.includes(d)}
                    form={form.id}
                  />
                  {districtLabel(d)}
                </label>
              ))}
            </div>
            <FieldErrors id={fields.districtsServed.errorId} errors={fields.districtsServed.errors} />
          </fieldset>
          <div className="two-col">
            <TextField field={fields.priceMin} label={t("sdItem.priceMin")} hint={t("sdItem.yuanHint")} />
            <TextField field={fields.priceMax} label={t("sdItem.priceMax")} hint={t("sdItem.yuanHint")} />
          </div>
        </fieldset>
      )}
      <fieldset>
        <legend>{t("sdItem.section.contact")}</legend>
        <p className="hint">{t("sdItem.contactPrivacy")}</p>
        <div className="two-col">
          <TextField field={fields.contactName} label={t("field.contactName")} required autoComplete="name" />
          <TextField
            field={fields.contactPhone}
            label={t("field.contactPhone")}
            type="tel"
            required
            autoComplete="tel"
          />
        </div>
        <TextField
          field={fields.contactEmail}
          label={t("field.email")}
          type="email"
          required
          autoComplete="email"
        />
      </fieldset>
      <div className="toolbar">
        {actions.map((action) => (
          <button
            key={action.intent}
            type="submit"
            name="intent"
            value={action.intent}
            className={action.primary ? "button button-primary" : "button"}
          >
            {action.label}
          </button>
        ))}
      </div>
    </Form>
  );
}
