import type { Migration } from "kysely";
import * as foundation from "./2026-11-25T01-foundation";
import * as listsAndTasks from "./2026-11-25T02-lists-and-tasks";
import * as searchOutbox from "./2026-11-25T03-search-outbox";
import * as bidding from "./2026-11-25T04-bidding";
import * as assessment from "./2026-11-25T05-assessment";
import * as lifecycleGuards from "./2026-11-29T06-lifecycle-guards";
import * as mailDueInMilliseconds from "./2026-11-29T07-mail-due-in-milliseconds";
import * as rateLimits from "./2026-12-04T08-rate-limits";
import * as identityHardening from "./2026-12-04T09-identity-hardening";
import * as consortiumConsent from "./2026-12-04T10-consortium-consent";
import * as awardVersions from "./2026-12-04T11-award-versions";
import * as uploadLimits from "./2026-12-04T12-upload-limits";
import * as auditAnchoring from "./2026-12-04T13-audit-anchoring";
import * as dropSignInAttempts from "./2026-12-04T15-drop-sign-in-attempts";
import * as supplyDemand from "./2026-12-04T16-supply-demand";
import * as sdItems from "./2026-12-04T17-sd-items";
import * as matchmaking from "./2026-12-04T18-matchmaking";
import * as mmParticipantSearch from "./2026-12-04T19-mm-participant-search";
import * as payouts from "./2026-12-05T20-payouts";
import * as statsViews from "./2026-12-06T21-stats-views";
import * as searchOutboxXact from "./2026-12-07T22-search-outbox-xact";
import * as notificationsUnreadOnce from "./2026-12-08T23-notifications-unread-once";

/** Every migration, by its ISO-dated name. A static map works the same under tsx, vitest and the Vite build. */
export const migrations: Record<string, Migration> = {
  "2026-11-25T01-foundation": foundation,
  "2026-11-25T02-lists-and-tasks": listsAndTasks,
  "2026-11-25T03-search-outbox": searchOutbox,
  "2026-11-25T04-bidding": bidding,
  "2026-11-25T05-assessment": assessment,
  "2026-11-29T06-lifecycle-guards": lifecycleGuards,
  "2026-11-29T07-mail-due-in-milliseconds": mailDueInMilliseconds,
  "2026-12-04T08-rate-limits": rateLimits,
  "2026-12-04T09-identity-hardening": identityHardening,
  "2026-12-04T10-consortium-consent": consortiumConsent,
  "2026-12-04T11-award-versions": awardVersions,
  "2026-12-04T12-upload-limits": uploadLimits,
  "2026-12-04T13-audit-anchoring": auditAnchoring,
  "2026-12-04T15-drop-sign-in-attempts": dropSignInAttempts,
  "2026-12-04T16-supply-demand": supplyDemand,
  "2026-12-04T17-sd-items": sdItems,
  "2026-12-04T18-matchmaking": matchmaking,
  "2026-12-04T19-mm-participant-search": mmParticipantSearch,
  "2026-12-05T20-payouts": payouts,
  "2026-12-06T21-stats-views": statsViews,
  "2026-12-07T22-search-outbox-xact": searchOutboxXact,
  "2026-12-08T23-notifications-unread-once": notificationsUnreadOnce,
};
