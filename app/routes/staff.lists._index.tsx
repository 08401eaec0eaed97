import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ListTable } from "../components/list-table";
import { ListForm } from "../components/list-form";
import { shanghaiDate } from "../domain/time";
import { listSchema } from "../forms/catalog";
import { useI18n } from "../i18n/use-i18n";
import { requireStaff, requireStaffActor } from "../server/identity/auth.server";
import { createList } from "../server/catalog/lists.server";
import { staffLists, staffPolicies } from "../server/catalog/staff-catalog.server";

export const meta: MetaFunction = () => [{ title: "榜单管理 · Lists — 揭榜 Jiebang" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const [lists, policies] = await Promise.all([staffLists(), staffPolicies()]);
  return { lists, policies, year: shanghaiDate(new Date()).slice(0, 4) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireStaffActor(request, context.clientIp);
  const submission = parseWithZod(await request.formData(), { schema: listSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const outcome = await createList(actor, submission.value);
  if (!outcome.ok) {
    return data(
      submission.reply({
        fieldErrors: outcome.fieldErrors,
        formErrors: outcome.formError ? [outcome.formError] : undefined,
      }),
      { status: 400 },
    );
  }
  return redirect(`/staff/lists/${outcome.value.id}`);
}

export default function StaffLists() {
  const { t } = useI18n();
  const { lists, policies, year } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section className="stack">
      <h1>{t("list.manage")}</h1>
      <ListTable lists={lists} hrefFor={(id) => `/staff/lists/${id}`} />
      <h2>{t("list.new")}</h2>
      <ListForm
        lastResult={lastResult}
        policies={policies}
        defaultValue={{
          year,
          kind: "scenario",
          noticeDays: "7",
          maxBidsPerOrg: "1",
          maxConsortiumMembers: "5",
        }}
        submitLabel={t("list.create")}
      />
    </section>
  );
}
