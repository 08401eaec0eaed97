import { getDb } from "../../db/client";
import { insertSdRevision, setStaffScope } from "../../db/repositories/supply-demand";
import { createSdItem, sdContent } from "../../app/server/demo/sd-factories.server";
import type { SdContent, SdKind } from "../../app/domain/supply-demand";
import { orgWithOwner, staffActor } from "./bidding";

/** Staff with a reviewer scope (agency, district, or none). */
export async function reviewer(
  scope: { agency: "data_bureau" | "economy_bureau" } | { district: string } | null,
) {
  const staff = await staffActor();
  if (scope && "agency" in scope)
    await setStaffScope(getDb(), staff.id, { agency: scope.agency, district: null });
  else if (scope) await setStaffScope(getDb(), staff.id, { agency: null, district: scope.district });
  return staff;
}

export async function joinOrganization(userId: number, organizationId: number) {
  await getDb().insertInto("memberships").values({ userId, organizationId, role: "member" }).execute();
}

/** A first submission awaiting review. */
export async function submittedItem(
  organization: { id: number },
  ownerId: number,
  content: Partial<SdContent> = {},
  kind: SdKind = "demand",
) {
  return createSdItem(getDb(), {
    kind,
    organizationId: organization.id,
    createdBy: ownerId,
    status: "submitted",
    content,
  });
}

/** A published item with an edit (revision 2) awaiting review. */
export async function publishedWithEdit(
  organization: { id: number },
  ownerId: number,
  edit: Partial<SdContent>,
  kind: SdKind = "demand",
) {
  const item = await createSdItem(getDb(), { kind, organizationId: organization.id, createdBy: ownerId });
  const revision = await insertSdRevision(getDb(), item.id, 2, ownerId, sdContent(kind, edit));
  await getDb()
    .updateTable("sdRevisions")
    .set({ status: "submitted", submittedAt: new Date() })
    .where("id", "=", revision.id)
    .execute();
  await getDb()
    .updateTable("sdItems")
    .set({ latestRevisionId: revision.id })
    .where("id", "=", item.id)
    .execute();
  return { ...item, editRevisionId: revision.id };
}

export { orgWithOwner, staffActor };
