import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { getSessionUser } from "../../identity/auth.server";
import { idParam } from "../../platform/params.server";
import { isEngineUnavailable } from "../../catalog/task-search.server";
import { eventViewerOf } from "../access.server";
import { visibleEvent } from "./register-page.server";
import { parseParticipantSearch, PARTICIPANTS_PER_PAGE, searchParticipants } from "./participants.server";

/**
 * /events/:id/participants: validated participants and staff only. Anyone else gets a 403 page that says why and
 * what to do (sign in, register, or wait for validation). The list never carries an attendee's phone, e-mail,
 * check-in code or calendar token.
 */
export async function participantsPageLoader({ request, params }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  const {
    registrationOpensAtDate: _o,
    registrationClosesAtDate: _c,
    ...event
  } = await visibleEvent(idParam(params.id), Boolean(user?.roles.includes("staff")));
  const viewer = await eventViewerOf(user, event.id);
  if (viewer.kind === "public" || viewer.kind === "registrant")
    return data(
      {
        state: "forbidden" as const,
        event,
        reason:
          viewer.kind === "registrant"
            ? ("notValidated" as const)
            : !user
              ? ("signIn" as const)
              : user.organization
                ? ("notRegistered" as const)
                : ("noOrganization" as const),
      },
      { status: 403 },
    );
  const search = parseParticipantSearch(new URL(request.url));
  const ownRegistrationId = viewer.kind === "participant" ? viewer.registrationId : null;
  try {
    const result = await searchParticipants(event.id, search);
    return {
      state: "ok" as const,
      event,
      search,
      result,
      pageSize: PARTICIPANTS_PER_PAGE,
      ownRegistrationId,
      mayRequest: viewer.kind === "participant",
    };
  } catch (error) {
    if (isEngineUnavailable(error)) return { state: "unavailable" as const, event };
    throw error;
  }
}
