import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { SdItemForm } from "../components/sd-item-form";
import { useI18n } from "../i18n/use-i18n";
import { newItemAction, newItemLoader } from "../server/supply-demand/items/item-pages.server";

export const loader = newItemLoader;
export const action = newItemAction;

export const meta: MetaFunction = () => [{ title: "新建供需 New item — 揭榜 Jiebang" }];

export default function NewSdItem() {
  const { kind, mayFile } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <div className="stack">
      <p className="task-meta">
        <Link to={`/my/supply-demand?kind=${kind}`}>{t("sdMy.title")}</Link>
      </p>
      <h1>{t(`sdMy.new.${kind}`)}</h1>
      <p className="lead">{t("sdMy.newLead")}</p>
      {mayFile ? (
        <section className="card">
          <SdItemForm
            kind={kind}
            lastResult={actionData?.result}
            actions={[{ intent: "save", label: t("sdMy.saveDraft"), primary: true }]}
          />
        </section>
      ) : (
        <p className="alert alert-error" role="alert">
          {t(kind === "demand" ? "err.sd.demandOrgType" : "err.sd.supplyOrgType")}
        </p>
      )}
    </div>
  );
}
