import { type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ListTable } from "../components/list-table";
import { ListForm } from "../components/list-form";
import { useI18n } from "../i18n/use-i18n";
import { listsPageLoader, listsPageAction } from "../server/catalog/list-pages.server";

export const meta: MetaFunction = () => [{ title: "榜单管理 · Lists — 揭榜 Jiebang" }];

export const loader = listsPageLoader;
export const action = listsPageAction;

export default function StaffLists() {
  const { t } = useI18n();
  const { lists, policies, year } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>()?.result;
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
