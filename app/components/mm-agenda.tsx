import { Link } from "@remix-run/react";
import type { Locale } from "../i18n/i18n";
import { useI18n } from "../i18n/use-i18n";

/** Pieces of the conference agenda and check-in pages. Times are shown in Asia/Shanghai. */

const TIME = {
  zh: new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Shanghai",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }),
};
const DAY = {
  zh: new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai",
    month: "long",
    day: "numeric",
    weekday: "short",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Shanghai",
    weekday: "short",
    day: "numeric",
    month: "short",
  }),
};

/** "09:12" in Shanghai. */
export function shanghaiClock(locale: Locale, iso: string): string {
  return TIME[locale].format(new Date(iso));
}

/** "12月5日 周六 09:30–09:50" / "Sat 5 Dec 09:30–09:50". */
export function SlotTime({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const { locale } = useI18n();
  return (
    <span className="nowrap">
      <time dateTime={startsAt}>
        {DAY[locale].format(new Date(startsAt))} {shanghaiClock(locale, startsAt)}
      </time>
      –<time dateTime={endsAt}>{shanghaiClock(locale, endsAt)}</time>
    </span>
  );
}

export function MeetingStatus({ status }: { status: string }) {
  const { t } = useI18n();
  const key = `mm.requestStatus.${status}` as "mm.requestStatus.scheduled";
  return <span className={`status mm-agenda-status-${status}`}>{t(key)}</span>;
}

export function ItemLinks({ items }: { items: { code: string; title: string; linked: boolean }[] }) {
  if (items.length === 0) return <span aria-hidden="true">—</span>;
  return (
    <ul className="mm-agenda-items">
      {items.map((item) => (
        <li key={item.code}>
          {item.linked ? (
            <Link to={`/supply-demand/${item.code}`}>
              <span className="mono nowrap">{item.code}</span> {item.title}
            </Link>
          ) : (
            <>
              <span className="mono nowrap">{item.code}</span> {item.title}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
