import type { DbOrTrx } from "../../../../db/client";
import {
  acceptedCounterpartOf,
  itemContactRow,
  senderContactRow,
} from "../../../../db/repositories/sd-expressions";
import type { SdExpressionStatus } from "../../../domain/supply-demand";

/**
 * THE one place that decides whether contact details (name, phone, email) reach a viewer. Every page, loader,
 * API and export that shows an item's or an expresser's contact goes through `contactsFor` or
 * `itemContactFor`; nothing else selects those columns for display.
 *
 * - The item's contact: the owner organization, staff, and the sender's organization once the owner accepted.
 * - The expresser's contact (their named item's contact person, or else the sending user's name and email with
 *   their organization's phone): the sending organization, staff, and the owner organization once it accepted.
 * Anyone else — another organization, an anonymous visitor, a side before acceptance — gets null.
 */

export interface Contact {
  name: string;
  phone: string;
  email: string;
}

/** Who looks: their organization (null without one) and whether they are staff. */
export interface ContactViewer {
  organizationId: number | null;
  staff: boolean;
}

export function contactViewerOf(
  user: { roles: readonly string[]; organization: { id: number } | null } | null,
): ContactViewer {
  return { organizationId: user?.organization?.id ?? null, staff: user?.roles.includes("staff") ?? false };
}

/** What of an expression the decision needs. */
export interface ExpressionSides {
  status: SdExpressionStatus;
  targetItemId: number;
  targetOrganizationId: number;
  fromOrganizationId: number;
  fromUserId: number;
  fromItemId: number | null;
}

/** Pure: which of the two contacts the viewer may see for this expression. */
export function contactRights(
  viewer: ContactViewer,
  e: ExpressionSides,
): { item: boolean; expresser: boolean } {
  if (viewer.staff) return { item: true, expresser: true };
  const org = viewer.organizationId;
  if (org === null) return { item: false, expresser: false };
  const accepted = e.status === "accepted";
  const isOwner = org === e.targetOrganizationId;
  const isSender = org === e.fromOrganizationId;
  return { item: isOwner || (accepted && isSender), expresser: isSender || (accepted && isOwner) };
}

export async function contactsFor(
  db: DbOrTrx,
  viewer: ContactViewer,
  e: ExpressionSides,
): Promise<{ item: Contact | null; expresser: Contact | null }> {
  const rights = contactRights(viewer, e);
  const [item, expresser] = await Promise.all([
    rights.item ? itemContactRow(db, e.targetItemId) : undefined,
    rights.expresser ? expresserContact(db, e) : undefined,
  ]);
  return { item: item ?? null, expresser: expresser ?? null };
}

async function expresserContact(db: DbOrTrx, e: ExpressionSides): Promise<Contact | undefined> {
  if (e.fromItemId !== null) {
    const named = await itemContactRow(db, e.fromItemId);
    if (named) return named;
  }
  return senderContactRow(db, e.fromUserId, e.fromOrganizationId);
}

/**
 * An item's contact for its public page: the owner organization, staff, or an organization that is a side of an
 * accepted expression involving the item (it expressed interest in it, or the item was named to it). null
 * otherwise — and then the page must not carry the contact at all.
 */
export async function itemContactFor(
  db: DbOrTrx,
  viewer: ContactViewer,
  item: { id: number; organizationId: number },
): Promise<Contact | null> {
  const allowed =
    viewer.staff ||
    (viewer.organizationId !== null &&
      (viewer.organizationId === item.organizationId ||
        (await acceptedCounterpartOf(db, item.id, viewer.organizationId)) !== null));
  return allowed ? ((await itemContactRow(db, item.id)) ?? null) : null;
}
