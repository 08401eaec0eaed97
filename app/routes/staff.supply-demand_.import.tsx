import { type MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { ImportPanel } from "../components/import-panel";
import { useI18n } from "../i18n/use-i18n";
import { sdImportPageAction, sdImportPageLoader } from "../server/supply-demand/listops/pages.server";

export const meta: MetaFunction = () => [{ title: "导入供需条目 · Import items — 揭榜 Jiebang" }];

export const loader = sdImportPageLoader;
export const action = sdImportPageAction;

export default function SdImport() {
  const { t } = useI18n();
  const actionData = useActionData<typeof action>();
  return (
    <section className="stack">
      <h1>{t("sdImport.title")}</h1>
      <p>{t("sdImport.lead")}</p>
      <ImportPanel
        target={{
          path: "/staff/supply-demand/import/upload",
          template: "/staff/supply-demand/import/template.xlsx",
          heading: "sdImport.panel",
          lead: "sdImport.panelLead",
          done: "sdImport.done",
        }}
        initialResult={actionData?.intent === "import" ? actionData.value : null}
      />
    </section>
  );
}
