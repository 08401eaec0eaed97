import type { LoaderFunctionArgs } from "@remix-run/node";
import { getSessionUser } from "./auth.server";
import { verifyEmail } from "./email-verification.server";

/**
 * Opening the mailed link verifies the address (a GET, as a link is; the token is single-use and only proves the
 * mailbox). Nobody is signed in by it: the page offers sign-in, or the organization page to whoever already is.
 */
export async function verifyEmailLoader({ request, params, context }: LoaderFunctionArgs) {
  const outcome = await verifyEmail(params.token ?? "", context.clientIp);
  const user = await getSessionUser(request);
  return {
    verified: outcome.ok ? { email: outcome.value.email } : null,
    signedIn: user !== null,
  };
}
