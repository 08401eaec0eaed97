import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { endSession } from "../server/identity/auth.server";

export async function action({ request }: ActionFunctionArgs) {
  return redirect("/", { headers: { "set-cookie": await endSession(request) } });
}

export function loader() {
  return redirect("/");
}
