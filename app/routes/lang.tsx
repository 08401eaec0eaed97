import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { isLocale } from "../i18n/i18n";
import { safeRedirect } from "../server/platform/redirect.server";
import { localeCookie } from "../server/platform/cookies.server";

/** A plain GET link so the switch works without JavaScript; it only sets a preference cookie. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const to = url.searchParams.get("to");
  const next = safeRedirect(url.searchParams.get("next"));
  if (!isLocale(to)) return redirect(next);
  return redirect(next, { headers: { "set-cookie": await localeCookie().serialize(to) } });
}
