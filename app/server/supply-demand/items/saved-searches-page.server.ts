import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { wholeNumber } from "../../../forms/fields";
import { msg } from "../../../i18n/i18n";
import { requireUser } from "../../identity/auth.server";
import { actionReply } from "../../platform/action-reply.server";
import { orgActor } from "../../platform/actor.server";
import { forbidden, notFound } from "../../platform/http.server";
import {
  createSavedSearch,
  removeSavedSearch,
  savedQueryFrom,
  savedSearchesView,
  searchLink,
} from "./saved-searches.server";

/**
 * /my/saved-searches: the organization's saved searches, deleting one, and saving one (intent=create): the public
 * search page posts its query parameters (q, kind, year, category, domain, district, budgetBand, status) and a name.
 */
export async function savedSearchesLoader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!user.organization) return { hasOrganization: false as const, searches: [] };
  return { hasOrganization: true as const, searches: await savedSearchesView(user.organization.id) };
}

const idSchema = wholeNumber(1, Number.MAX_SAFE_INTEGER);

export async function savedSearchesAction({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const actor = orgActor(user, context.clientIp);
  if (!actor) throw forbidden();
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  switch (intent) {
    case "create": {
      const name = String(formData.get("name") ?? "");
      const query = savedQueryFrom(formData);
      const outcome = await createSavedSearch(actor, name, query);
      if (outcome.ok) throw redirect("/my/saved-searches?saved=1");
      // The query comes back with the errors, so the page can offer to name it again.
      return data(
        {
          intent: "create" as const,
          ok: false as const,
          formError: outcome.formError ?? null,
          fieldErrors: outcome.fieldErrors ?? null,
          pending: { name, ...query, link: searchLink(query) },
        },
        { status: 400 },
      );
    }
    case "delete": {
      const id = idSchema.safeParse(formData.get("id"));
      if (!id.success) return actionReply(intent, { ok: false, formError: msg("err.sdSaved.notFound") });
      return actionReply(intent, await removeSavedSearch(actor, id.data));
    }
    default:
      throw notFound();
  }
}
