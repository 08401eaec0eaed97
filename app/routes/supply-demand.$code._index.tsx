import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SdItemDetail } from "../components/sd-item-detail";
import { SdExpressionPanel } from "../components/sd-expression-panel";
import { SdKindBadge } from "../components/sd-labels";
import { useI18n } from "../i18n/use-i18n";
import { sdItemPageLoader } from "../server/supply-demand/search/sd-search-pages.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.item.code} ${data.item.title} — 揭榜 Jiebang` : "揭榜 Jiebang" },
];

export const loader = sdItemPageLoader;

export default function SupplyDemandItemPage() {
  const { item, similar, relatedTasks, expressionPanel, mayConvertToTask, meetingLink } =
    useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <article className="task-detail sd-item">
      <p className="no-print">
        <Link to="/supply-demand">{t("sdItem.backToSearch")}</Link>
      </p>
      <SdItemDetail item={item} />
      {mayConvertToTask ? (
        <p className="no-print">
          <Link className="button" to={`/staff/supply-demand/${item.code}/to-task`}>
            {t("sdToTask.title")}
          </Link>
        </p>
      ) : null}
      <p className="hint">{t("sdItem.contactPrivate")}</p>
      {expressionPanel ? <SdExpressionPanel panel={expressionPanel} /> : null}
      {meetingLink ? (
        <p className="no-print">
          {t("mmMeetings.itemLinkLead", {
            event: locale === "zh" ? meetingLink.titleZh : meetingLink.titleEn,
          })}{" "}
          <Link to={meetingLink.href}>{t("mmMeetings.itemLink")}</Link>
        </p>
      ) : null}
      <section aria-labelledby="sd-similar">
        <h2 id="sd-similar">{t("sdItem.similar")}</h2>
        {similar.length > 0 ? (
          <ul className="sd-related">
            {similar.map((s) => (
              <li key={s.code}>
                <SdKindBadge kind={s.kind} /> <span className="mono">{s.code}</span>{" "}
                <Link to={`/supply-demand/${s.code}`}>{s.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="hint">{t("sdItem.similarEmpty")}</p>
        )}
      </section>
      {item.kind === "demand" ? (
        <section aria-labelledby="sd-related-tasks">
          <h2 id="sd-related-tasks">{t("sdItem.relatedTasks")}</h2>
          {relatedTasks.length > 0 ? (
            <ul className="sd-related">
              {relatedTasks.map((task) => (
                <li key={task.code}>
                  <span className="mono">{task.code}</span>{" "}
                  <Link to={`/tasks/${task.code}`}>{task.title}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint">{t("sdItem.relatedTasksEmpty")}</p>
          )}
        </section>
      ) : null}
    </article>
  );
}
