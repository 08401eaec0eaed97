import { type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "../components/forms";
import { Pagination } from "../components/pagination";
import { renderNotification } from "../i18n/notification-messages";
import { useI18n } from "../i18n/use-i18n";
import {
  notificationsPageLoader,
  notificationsPageAction,
} from "../server/notifications/notifications-page.server";

export const meta: MetaFunction = () => [{ title: "通知 · Notifications — 揭榜 Jiebang" }];

export const loader = notificationsPageLoader;
export const action = notificationsPageAction;

export default function Notifications() {
  const { t, locale, dateTime } = useI18n();
  const { items, total, unread, page, pageSize } = useLoaderData<typeof loader>();
  return (
    <section className="stack">
      <h1>{t("notifications.title")}</h1>
      <div className="toolbar">
        <p className="notification-summary" role="status">
          {unread > 0 ? t("notifications.unreadSummary", { count: unread }) : t("notifications.allRead")}
        </p>
        {unread > 0 ? (
          <Form method="post" className="inline-form">
            <CsrfInput />
            <input type="hidden" name="intent" value="readAll" />
            <button type="submit" className="button">
              {t("notifications.markAllRead")}
            </button>
          </Form>
        ) : null}
      </div>
      {items.length === 0 ? (
        <p className="empty card">{t("notifications.empty")}</p>
      ) : (
        <ul className="notification-list">
          {items.map((item) => (
            <li key={item.id} className={item.read ? "notification" : "notification notification-unread"}>
              <Form method="post">
                <CsrfInput />
                <input type="hidden" name="intent" value="open" />
                <input type="hidden" name="id" value={item.id} />
                <button type="submit" className="notification-open">
                  {item.read ? null : (
                    <span className="notification-dot">
                      <span className="visually-hidden">{t("notifications.unread")}</span>
                    </span>
                  )}
                  <span className="notification-text">
                    {renderNotification(item.kind, item.params, locale)}
                  </span>
                  <time className="notification-time" dateTime={item.createdAt}>
                    {dateTime(item.createdAt)}
                  </time>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      {total > pageSize ? <Pagination param="page" page={page} pageSize={pageSize} total={total} /> : null}
    </section>
  );
}
