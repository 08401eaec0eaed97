import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import { Form } from "@remix-run/react";
import { LIST_KINDS, listSchema } from "../forms/catalog";
import { useI18n } from "../i18n/use-i18n";
import { CsrfInput, FormErrors, SelectField, SubmitButton, TextField } from "./forms";

export function ListForm({
  lastResult,
  policies,
  defaultValue,
  submitLabel,
  intent,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  policies: { code: string; title: string; isDemo: boolean }[];
  defaultValue: Partial<z.input<typeof listSchema>>;
  submitLabel: string;
  intent?: string;
}) {
  const { t } = useI18n();
  const [form, fields] = useForm<z.input<typeof listSchema>, z.output<typeof listSchema>>({
    id: "list",
    lastResult,
    defaultValue,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: listSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="card form-wide">
      <CsrfInput />
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField field={fields.title} label={t("list.titleField")} />
      <div className="two-col">
        <TextField field={fields.year} label={t("lists.year")} type="number" />
        <SelectField
          field={fields.kind}
          label={t("lists.kind")}
          options={LIST_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        />
      </div>
      <SelectField
        field={fields.policyCode}
        label={t("lists.policy")}
        options={policies.map((p) => ({
          value: p.code,
          label: `${p.code} ${p.title}${p.isDemo ? `（${t("common.demo")}）` : ""}`,
        }))}
      />
      <div className="two-col">
        <TextField field={fields.noticeDays} label={t("list.noticeDays")} type="number" />
        <TextField field={fields.maxBidsPerOrg} label={t("list.maxBidsPerOrg")} type="number" />
        <TextField field={fields.maxConsortiumMembers} label={t("list.maxConsortiumMembers")} type="number" />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
