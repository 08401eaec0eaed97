import type { DemandCategory, SdItemStatus, SdKind, SdRevisionStatus } from "./supply-demand";
import { mayRenew } from "./supply-demand";

/**
 * Who may file what on the supply–demand list (issue 13): a demand comes from an enterprise or a government
 * department, and a digital-government demand (数字政府) only from a department (政府部门, organization type
 * government_unit); a supply (供给/能力) from an enterprise, a university or a research institute.
 */

/** The organization types of the platform (as db/schema.ts and the sign-up form name them). */
export type OrganizationType = "enterprise" | "university" | "research_institute" | "government_unit";

const DEMAND_FILERS: readonly OrganizationType[] = ["enterprise", "government_unit"];
const SUPPLY_FILERS: readonly OrganizationType[] = ["enterprise", "university", "research_institute"];

export type FilingRefusal =
  "err.sd.demandOrgType" | "err.sd.digitalGovernmentOrgType" | "err.sd.supplyOrgType";

/** Why an organization of this type may not file this item, or null when it may. */
export function filingRefusal(
  organizationType: OrganizationType,
  kind: SdKind,
  category: DemandCategory | null,
): FilingRefusal | null {
  if (kind === "supply") return SUPPLY_FILERS.includes(organizationType) ? null : "err.sd.supplyOrgType";
  if (!DEMAND_FILERS.includes(organizationType)) return "err.sd.demandOrgType";
  if (category === "digital_government" && organizationType !== "government_unit")
    return "err.sd.digitalGovernmentOrgType";
  return null;
}

/** The kinds an organization of this type may file at all (the "new demand" / "new supply" buttons). */
export function kindsFiledBy(organizationType: OrganizationType): SdKind[] {
  return (["demand", "supply"] as const).filter(
    (kind) => filingRefusal(organizationType, kind, null) === null,
  );
}

/** What the owner can do next with an item, for the list of my items. */
export type SdNextAction =
  | "complete" // a draft: finish and submit
  | "revise" // returned: edit and resubmit
  | "wait" // under review (first submission or an edit)
  | "renew" // expiring soon
  | "none";

export function sdNextAction(
  item: { status: SdItemStatus; expiresAt: Date | null },
  latestRevisionStatus: SdRevisionStatus | null,
  now: Date,
): SdNextAction {
  if (item.status === "draft") return "complete";
  if (item.status === "returned") return "revise";
  if (item.status === "submitted") return "wait";
  if (item.status === "published") {
    if (latestRevisionStatus === "submitted") return "wait";
    if (latestRevisionStatus === "draft" || latestRevisionStatus === "returned") return "revise";
    if (mayRenew(item.status, item.expiresAt, now)) return "renew";
  }
  return "none";
}
