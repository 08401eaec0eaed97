import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors, SelectField, SubmitButton } from "../components/forms";
import { districtLabel } from "../components/labels";
import { DISTRICTS } from "../domain/districts";
import { toTaskSchema } from "../forms/sd-listops";
import { useI18n } from "../i18n/use-i18n";
import { toTaskPageAction, toTaskPageLoader } from "../server/supply-demand/listops/pages.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.demand.code ?? ""} 转为揭榜任务 · To a challenge task — 揭榜 Jiebang` },
];

export const loader = toTaskPageLoader;
export const action = toTaskPageAction;

export default function DemandToTask() {
  const { t, locale } = useI18n();
  const { demand, task, lists } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "to-task",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: toTaskSchema }),
  });
  const published = demand.status === "published";
  return (
    <section className="stack">
      <p className="task-meta">
        <span className="mono">{demand.code}</span> · {t(`sd.status.${demand.status}`)} ·{" "}
        {demand.organizationName}
      </p>
      <h1>
        {t("sdToTask.title")}: {demand.title ?? demand.code}
      </h1>
      {demand.summary ? <p>{demand.summary}</p> : null}
      <FormErrors id={form.errorId} errors={form.errors} />
      {demand.kind !== "demand" ? (
        <p className="alert alert-error">{t("err.sdToTask.notDemand")}</p>
      ) : task ? (
        <p role="status" className="alert alert-ok">
          <Link to={`/staff/tasks/${task.code}`}>{t("sdToTask.converted", { code: task.code })}</Link>
        </p>
      ) : !published ? (
        <p className="alert alert-error">{t("sdToTask.notPublishedNote")}</p>
      ) : lists.length === 0 ? (
        <p className="alert">
          {t("sdToTask.noLists")} <Link to="/staff/lists">{t("list.manage")}</Link>
        </p>
      ) : (
        <Form method="post" {...getFormProps(form)} className="card form-wide">
          <p className="hint">{t("sdToTask.lead")}</p>
          <CsrfInput />
          <SelectField
            field={fields.listId}
            label={t("sdToTask.list")}
            required
            options={lists.map((list) => ({
              value: String(list.id),
              label: `${list.year} · ${list.title} · ${t(`listStatus.${list.status}`)}`,
            }))}
          />
          {demand.district === null ? (
            <SelectField
              field={fields.district}
              label={t("sdToTask.district")}
              required
              options={DISTRICTS.map((d) => ({ value: d, label: districtLabel(d, locale) }))}
            />
          ) : null}
          <SubmitButton>{t("sdToTask.submit")}</SubmitButton>
        </Form>
      )}
    </section>
  );
}
