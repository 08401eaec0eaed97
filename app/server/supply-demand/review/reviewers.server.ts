import { getDb } from "../../../../db/client";
import { appendAudit } from "../../../../db/repositories/audit";
import { clearStaffScope, isStaffUser, staffWithScopes } from "../../../../db/repositories/sd-review";
import { setStaffScope, staffScopeOf } from "../../../../db/repositories/supply-demand";
import type { SCOPE_CHOICES } from "../../../forms/sd-review";
import type { SdAgency } from "../../../domain/supply-demand";
import type { Actor } from "../../platform/actor.server";
import { fail, type Outcome } from "../../platform/outcome.server";

export type ScopeChoice = (typeof SCOPE_CHOICES)[number];

export function scopeChoiceOf(
  scope: { agency: SdAgency | null; district: string | null } | null | undefined,
): ScopeChoice {
  if (scope?.agency) return `agency:${scope.agency}`;
  if (scope?.district) return `district:${scope.district}` as ScopeChoice;
  return "none";
}

/** Every staff member with their reviewer scope, for the scopes page. */
export async function reviewerList() {
  const rows = await staffWithScopes(getDb());
  return rows.map((row) => ({ ...row, choice: scopeChoiceOf(row) }));
}

/** Gives a staff member an agency or a district to review (or takes it away), audited. */
export async function setReviewerScope(
  actor: Actor,
  userId: number,
  choice: ScopeChoice,
): Promise<Outcome<null>> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      if (!(await isStaffUser(trx, userId))) return fail("err.sdReview.notStaff");
      const before = await staffScopeOf(trx, userId);
      if (choice === "none") await clearStaffScope(trx, userId);
      else if (choice.startsWith("agency:"))
        await setStaffScope(trx, userId, {
          agency: choice.slice("agency:".length) as SdAgency,
          district: null,
        });
      else await setStaffScope(trx, userId, { agency: null, district: choice.slice("district:".length) });
      await appendAudit(trx, {
        actorUserId: actor.id,
        action: "sd.scope.set",
        entityType: "user",
        entityId: userId,
        before: before ? { agency: before.agency, district: before.district } : null,
        after: { scope: choice },
        ip: actor.ip,
      });
      return { ok: true as const, value: null };
    });
}
