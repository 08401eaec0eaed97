import { schemaMessage } from "../i18n/i18n";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { toShanghaiIso } from "../domain/time";
import { wholeNumber } from "../forms/fields";
import { apiError, apiJson } from "../server/platform/api.server";
import { publicNotices } from "../server/bidding/notices.server";

const PAGE_SIZE = 20;
const pageParam = wholeNumber(1, 1_000_000);

/** The 公示 results, newest first, 20 a page (`?page=`): each task's winners, the period and its phase. */
export async function loader({ request }: LoaderFunctionArgs) {
  const raw = new URL(request.url).searchParams.get("page");
  let page = 1;
  if (raw !== null) {
    const parsed = pageParam.safeParse(raw);
    if (!parsed.success)
      return apiError(400, schemaMessage(parsed.error.issues[0]?.message ?? "", "err.integer"), "page");
    page = parsed.data;
  }
  const { notices } = await publicNotices({ page, pageSize: PAGE_SIZE }, new Date());
  return apiJson({
    notices: notices.map((notice) => ({
      taskCode: notice.taskCode,
      winners: notice.winners.map(({ leadOrgName, memberOrgNames }) => ({
        leadOrgName,
        memberOrgNames: memberOrgNames ?? [],
      })),
      startsAt: toShanghaiIso(notice.startsAt),
      endsAt: toShanghaiIso(notice.endsAt),
      status: notice.phase,
    })),
  });
}
