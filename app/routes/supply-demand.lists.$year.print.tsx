import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { batchName, listTitleZh, rangeText } from "../domain/sd-list";
import { SD_KIND_LABEL } from "../i18n/sd-messages";
import { sdDomainLabel } from "../components/sd-list-table";
import { useI18n } from "../i18n/use-i18n";
import { printPageLoader } from "../server/supply-demand/list/public-pages.server";
import { CITY_WIDE } from "../domain/supply-demand";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? listTitleZh(data.list.year).replace(/[《》]/g, "") : "供需清单" },
];

/** The root layout leaves out the site's header, navigation and footer for this page. */
export const handle = { bare: true };

export const loader = printPageLoader;

/**
 * The official list for printing or saving as PDF (A4, see the "sd list print" section of styles.css): in
 * Chinese as published, whatever the interface language; only the two links above it are in the reader's
 * language and never printed.
 */
export default function SdListPrint() {
  const { t } = useI18n();
  const { list } = useLoaderData<typeof loader>();
  return (
    <article className="sd-print" lang="zh-CN">
      <p className="sd-print-tools no-print">
        <Link to={`/supply-demand/lists/${list.year}`}>{t("sdList.backToList")}</Link>
        <span>{t("sdList.printHint")}</span>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t("sdList.print")}
        </button>
      </p>
      <header className="sd-print-head">
        <h1>{listTitleZh(list.year)}</h1>
        <p>
          {list.batches
            .map((batch) => `${batchName(batch.number, "zh")}（${batch.publishedOn} 发布）`)
            .join("\u3000")}
        </p>
      </header>
      {list.batches.map((batch) => (
        <section key={batch.id} className="sd-print-batch" aria-labelledby={`print-batch-${batch.number}`}>
          <h2 id={`print-batch-${batch.number}`}>
            {batchName(batch.number, "zh")}
            <small>
              {"\u3000"}发布日期：{batch.publishedOn}
            </small>
          </h2>
          <div
            className="sd-print-table"
            tabIndex={0}
            role="region"
            aria-label={batchName(batch.number, "zh")}
          >
            <table>
              <thead>
                <tr>
                  <th scope="col">序号</th>
                  <th scope="col">编号</th>
                  <th scope="col">类型</th>
                  <th scope="col">名称</th>
                  <th scope="col">单位</th>
                  <th scope="col">区域</th>
                  <th scope="col">领域</th>
                  <th scope="col">预算/价格</th>
                </tr>
              </thead>
              <tbody>
                {batch.items.map((item, index) => (
                  <tr key={item.code}>
                    <td>{index + 1}</td>
                    <td className="nowrap">{item.code}</td>
                    <td className="nowrap">{SD_KIND_LABEL[item.kind].zh}</td>
                    <td>
                      {item.title}
                      {item.isDemo ? "（演示）" : ""}
                    </td>
                    <td>{item.organization}</td>
                    <td>{item.district || CITY_WIDE}</td>
                    <td>{sdDomainLabel(item.domain, "zh")}</td>
                    <td>{rangeText(item.rangeMinFen, item.rangeMaxFen) || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </article>
  );
}
