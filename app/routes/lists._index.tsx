import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ListTable } from "../components/list-table";
import { useI18n } from "../i18n/use-i18n";
import { publicLists } from "../server/catalog/public-catalog.server";

export const meta: MetaFunction = () => [{ title: "榜单 · Lists — 揭榜 Jiebang" }];

export async function loader() {
  return { lists: await publicLists() };
}

export default function Lists() {
  const { t } = useI18n();
  const { lists } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t("lists.title")}</h1>
      <ListTable lists={lists} hrefFor={(id) => `/lists/${id}`} />
    </section>
  );
}
