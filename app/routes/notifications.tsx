import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "../components/forms";
import { Pagination, pageFromUrl } from "../components/pagination";
import { renderNotification } from "../i18n/notification-messages";
import { useI18n } from "../i18n/use-i18n";
import { requireUser, safeRedirect } from "../server/identity/auth.server";
import { notFound } from "../server/platform/http.server";
import {
  markAllNotificationsReadFor,
  notificationPage,
  openNotification,
} from "../server/notifications/notifications.server";

export const meta: MetaFunction = () => [{ title: "通知 · Notifications — 揭榜 Jiebang" }];

const PAGE_SIZE = 20;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const page = pageFromUrl(new URL(request.url), "page");
  const result = await notificationPage(user.id, { page, pageSize: PAGE_SIZE });
  return { ...result, page, pageSize: PAGE_SIZE };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "readAll") {
    await markAllNotificationsReadFor(user.id);
    return redirect("/notifications");
  }
  if (intent === "open") {
    const id = String(formData.get("id") ?? "");
    if (!/^\d{1,15}$/.test(id)) throw notFound();
    const link = await openNotification(user.id, Number(id));
    // Someone else's id (or a made-up one) looks exactly like a missing one.
    if (link === null) throw notFound();
    return redirect(safeRedirect(link, "/notifications"));
  }
  return new Response("Bad Request", {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

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
