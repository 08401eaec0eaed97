import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { pageFromUrl } from "../../forms/pagination";
import { requireUser } from "../identity/auth.server";
import { safeRedirect } from "../platform/redirect.server";
import { notFound } from "../platform/http.server";
import { markAllNotificationsReadFor, notificationPage, openNotification } from "./notifications.server";

const NOTIFICATIONS_PAGE_SIZE = 20;

export async function notificationsPageLoader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const page = pageFromUrl(new URL(request.url), "page");
  const result = await notificationPage(user.id, { page, pageSize: NOTIFICATIONS_PAGE_SIZE });
  return { ...result, page, pageSize: NOTIFICATIONS_PAGE_SIZE };
}

/** Both intents answer with a redirect: "mark all read" back to the list, "open" to what the notification is about. */
export async function notificationsPageAction({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "readAll") {
    await markAllNotificationsReadFor(user.id);
    return redirect("/notifications");
  }
  if (intent !== "open") throw notFound();
  const id = String(formData.get("id") ?? "");
  if (!/^\d{1,15}$/.test(id)) throw notFound();
  const link = await openNotification(user.id, Number(id));
  // Someone else's id (or a made-up one) looks exactly like a missing one.
  if (link === null) throw notFound();
  return redirect(safeRedirect(link, "/notifications"));
}
