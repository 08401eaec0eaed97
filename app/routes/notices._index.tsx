import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "../components/pagination";
import { pageFromUrl } from "../forms/pagination";
import { NoticePhaseBadge } from "../components/labels";
import { useI18n } from "../i18n/use-i18n";
import { publicNotices } from "../server/bidding/notices.server";

export const meta: MetaFunction = () => [{ title: "结果公示 · Notices — 揭榜 Jiebang" }];

const PAGE_SIZE = 20;

export async function loader({ request }: LoaderFunctionArgs) {
  const page = pageFromUrl(new URL(request.url), "page");
  const { notices, total } = await publicNotices({ page, pageSize: PAGE_SIZE }, new Date());
  return {
    page,
    pageSize: PAGE_SIZE,
    total,
    // Only what the public page shows: the rows also carry staff ids and internal counters.
    notices: notices.map((notice) => ({
      id: notice.id,
      taskCode: notice.taskCode,
      taskTitle: notice.taskTitle,
      startsAt: notice.startsAt.toISOString(),
      endsAt: notice.endsAt.toISOString(),
      phase: notice.phase,
      winners: notice.winners.map((w) => ({
        bidId: w.bidId,
        leadOrgName: w.leadOrgName,
        memberOrgNames: w.memberOrgNames ?? [],
      })),
    })),
  };
}

export default function Notices() {
  const { t, dateTime } = useI18n();
  const { notices, page, pageSize, total } = useLoaderData<typeof loader>();
  return (
    <section className="stack">
      <h1>{t("notice.title")}</h1>
      <p className="lead">{t("notice.indexLead")}</p>
      {notices.length === 0 ? (
        <p className="card empty">{t("notice.none")}</p>
      ) : (
        <ul className="result-list">
          {notices.map((notice) => (
            <li key={notice.id} className="card">
              <p className="task-meta">
                <span className="mono">{notice.taskCode}</span> · <NoticePhaseBadge phase={notice.phase} />
              </p>
              <h2>
                <Link to={`/tasks/${notice.taskCode}`}>{notice.taskTitle}</Link>
              </h2>
              <p>
                {t("notice.period")}: <time dateTime={notice.startsAt}>{dateTime(notice.startsAt)}</time> –{" "}
                <time dateTime={notice.endsAt}>{dateTime(notice.endsAt)}</time>
              </p>
              {notice.winners.length === 0 ? (
                <p className="hint">{t("notice.noWinners")}</p>
              ) : (
                <dl>
                  <dt>{t("notice.winners")}</dt>
                  {notice.winners.map((winner) => (
                    <dd key={winner.bidId}>
                      <strong>{winner.leadOrgName}</strong>
                      {winner.memberOrgNames.length > 0 ? (
                        <>
                          {" "}
                          ({t("notice.members")}: {winner.memberOrgNames.join("、")})
                        </>
                      ) : null}
                    </dd>
                  ))}
                </dl>
              )}
              <p>
                <Link to={`/notices/${notice.id}`}>{t("notice.detail")}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      {total > pageSize ? <Pagination param="page" page={page} pageSize={pageSize} total={total} /> : null}
    </section>
  );
}
