import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useI18n } from "../i18n/use-i18n";
import { auditPageLoader } from "../server/audit/audit-page.server";

export const meta: MetaFunction = () => [{ title: "审计链公示 · Audit chain — 揭榜 Jiebang" }];

export const loader = auditPageLoader;

export default function AuditHeads() {
  const { t, dateTime } = useI18n();
  const { heads } = useLoaderData<typeof loader>();
  const example = heads[0]?.head ?? "<seq>:<hash>";
  return (
    <section className="stack">
      <h1>{t("audit.title")}</h1>
      <p className="lead">{t("audit.lead")}</p>

      <h2>{t("audit.howTitle")}</h2>
      <ol className="stack">
        <li>{t("audit.how.save")}</li>
        <li>
          {t("audit.how.run")}
          <pre className="copy-box">
            <code>npm run audit:verify -- --head {example}</code>
          </pre>
        </li>
        <li>{t("audit.how.fail")}</li>
      </ol>
      <p>
        <Link to="/api/v1/audit/heads" reloadDocument>
          {t("audit.json")}
        </Link>
      </p>

      <h2>{t("audit.heads")}</h2>
      {heads.length === 0 ? (
        <p className="card empty">{t("audit.none")}</p>
      ) : (
        <ul className="stack audit-heads">
          {heads.map((head) => (
            <li key={head.day} className="card stack" data-day={head.day}>
              <h3>{t("audit.day", { day: head.day })}</h3>
              <dl className="facts">
                <div>
                  <dt>{t("audit.seq")}</dt>
                  <dd className="mono">{head.seq}</dd>
                </div>
                <div>
                  <dt>{t("audit.publishedAt")}</dt>
                  <dd>
                    <time dateTime={head.publishedAt}>{dateTime(head.publishedAt)}</time>
                  </dd>
                </div>
              </dl>
              <p>{t("audit.head")}</p>
              <p className="copy-box" data-head>
                {head.head}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
