import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../db/client";
import { feedEvents, type FeedEvent } from "../../../db/repositories/open-data";
import { formatFen } from "../../domain/money";
import { atomXml, tagUri, type AtomEntry } from "../../domain/open-data-xml";
import { batchOrdinalZh } from "../../domain/supply-demand";
import { htmlLang, isLocale, translator, type Locale, type Translate } from "../../i18n/i18n";
import { publicOrigin } from "../platform/http.server";

/** How many entries the feed carries: readers poll it, so the newest are what matter. */
export const FEED_LIMIT = 50;

/** The date part of every entry's tag: URI — fixed, so an entry keeps its id forever. */
const TAG_DATE = "2026";

function entryOf(
  event: FeedEvent,
  origin: string,
  authority: string,
  t: Translate,
  locale: Locale,
): AtomEntry {
  const id = tagUri(authority, TAG_DATE, `${event.kind}-${event.id}`);
  switch (event.kind) {
    case "list":
      return {
        id,
        updated: event.at,
        title: t("feed.list", { title: event.title }),
        url: `${origin}/lists/${event.id}`,
        summary: t("feed.listSummary", { year: event.year }),
      };
    case "sdBatch": {
      const batch = locale === "zh" ? batchOrdinalZh(event.number) : `batch ${event.number}`;
      return {
        id,
        updated: event.at,
        title: t("feed.sdBatch", { year: event.year, batch }),
        url: `${origin}/supply-demand/lists/${event.year}`,
        summary: t("feed.sdBatchSummary", { year: event.year, batch }),
      };
    }
    case "notice":
    case "result":
      return {
        id,
        updated: event.at,
        title: t(event.kind === "notice" ? "feed.notice" : "feed.result", {
          code: event.taskCode,
          title: event.taskTitle,
        }),
        url: `${origin}/notices/${event.id}`,
        summary: t(event.kind === "notice" ? "feed.noticeSummary" : "feed.resultSummary", {
          code: event.taskCode,
        }),
      };
    case "award":
      return {
        id,
        updated: event.at,
        title: t("feed.award", { code: event.taskCode, title: event.taskTitle }),
        url: `${origin}/results`,
        summary: t("feed.awardSummary", { code: event.taskCode, amount: formatFen(event.payableFen) }),
      };
  }
}

/**
 * GET /feed.atom (Chinese) and /feed.atom?lang=en: an Atom 1.0 feed of new lists, supply–demand batches, notices,
 * notice results and approved awards. Feed readers send no cookie, so the language is a query parameter.
 */
export async function feedLoader({ request }: LoaderFunctionArgs): Promise<Response> {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  const locale: Locale = isLocale(lang) ? lang : "zh";
  const t = translator(locale);
  const origin = publicOrigin(request);
  const authority = new URL(origin).hostname;
  const events = await feedEvents(getDb(), FEED_LIMIT);
  const selfUrl = `${origin}/feed.atom${locale === "en" ? "?lang=en" : ""}`;
  const xml = atomXml({
    id: tagUri(authority, TAG_DATE, `feed-${locale}`),
    title: t("feed.title"),
    subtitle: t("feed.subtitle"),
    lang: htmlLang[locale] as "zh-CN" | "en",
    selfUrl,
    alternateUrl: `${origin}/open-data`,
    authorName: t("feed.author"),
    emptyUpdated: new Date(Date.UTC(2026, 0, 1)),
    entries: events.map((event) => entryOf(event, origin, authority, t, locale)),
  });
  return new Response(xml, {
    headers: {
      "content-type": "application/atom+xml; charset=utf-8",
      "cache-control": "public, max-age=300",
      "access-control-allow-origin": "*",
    },
  });
}
