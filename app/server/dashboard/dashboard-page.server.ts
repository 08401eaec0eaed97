import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../db/client";
import { projectsAwaitingReport } from "../../../db/repositories/assessment";
import { domainsBidOnBy } from "../../../db/repositories/bids";
import { openTasksByDeadline } from "../../../db/repositories/catalog";
import { myAssessments } from "../assessment/views.server";
import { myBids } from "../bidding/bid-views.server";
import { requireUser } from "../identity/auth.server";
import { unreadNotificationCount } from "../notifications/notifications.server";
import { sdDashboardSection } from "../supply-demand/items/dashboard.server";
import { mmDashboardSection } from "../matchmaking/registration/dashboard.server";

const OPEN_TASKS = 6;

/** What an organization member has to look at: open tasks, its bids, and what waits for an answer. */
async function organizationSection(user: Awaited<ReturnType<typeof requireUser>>, organizationId: number) {
  const db = getDb();
  const now = new Date();
  const [bids, domains, reports] = await Promise.all([
    myBids(user),
    domainsBidOnBy(db, organizationId),
    projectsAwaitingReport(db, organizationId),
  ]);
  // Tasks in the domains the organization already bids in, or the nearest deadlines when there are none.
  let openTasks = domains.length ? await openTasksByDeadline(db, now, domains, OPEN_TASKS) : [];
  const inOwnDomains = openTasks.length > 0;
  if (!inOwnDomains) openTasks = await openTasksByDeadline(db, now, [], OPEN_TASKS);
  return {
    openTasks,
    inOwnDomains,
    bids: bids.filter((bid) => bid.memberStatus === "accepted"),
    invitations: bids.filter((bid) => bid.memberStatus === "invited"),
    reports,
  };
}

export async function dashboardLoader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [organization, assessments, unread, supplyDemand, conference] = await Promise.all([
    user.organization ? organizationSection(user, user.organization.id) : null,
    user.roles.includes("assessor") ? myAssessments(user) : null,
    unreadNotificationCount(user.id),
    user.organization ? sdDashboardSection(user.organization.id) : null,
    user.organization ? mmDashboardSection(user.organization.id) : null,
  ]);
  return {
    name: user.name,
    organizationName: user.organization?.name ?? null,
    organization,
    assessments: assessments?.filter((a) => a.status === "assigned" || a.status === "declared") ?? null,
    isStaff: user.roles.includes("staff"),
    unread,
    supplyDemand,
    conference,
  };
}
