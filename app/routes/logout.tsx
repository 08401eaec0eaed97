import { redirect } from "@remix-run/node";
import { logoutAction } from "../server/identity/login-page.server";

export const action = logoutAction;

export function loader() {
  return redirect("/");
}
