import { getDb } from "../../../../db/client";
import {
  attachmentsOfSdItem,
  countItemsOfOrganization,
  hasContractOutcome,
  itemsOfOrganization,
  organizationTypeOf,
  revisionContent,
} from "../../../../db/repositories/sd-items";
import { findSdItemByCode, revisionsOfSdItem } from "../../../../db/repositories/supply-demand";
import { kindsFiledBy, sdNextAction } from "../../../domain/sd-items";
import { mayClose, mayRenew, SD_ITEM_STATUSES, type SdKind } from "../../../domain/supply-demand";
import { sdContentToStrings } from "../../../forms/sd-item";
import type { SessionUser } from "../../identity/auth.server";
import { workingRevision } from "./items.server";

/** What the owner's pages show: my organization's items, and one item with its revisions. */

export const MY_ITEMS_PAGE_SIZE = 20;

export async function myItemsView(
  organizationId: number,
  { kind, page, now }: { kind: SdKind; page: number; now: Date },
) {
  const db = getDb();
  const [rows, counts, organization] = await Promise.all([
    itemsOfOrganization(db, {
      organizationId,
      kind,
      limit: MY_ITEMS_PAGE_SIZE,
      offset: (page - 1) * MY_ITEMS_PAGE_SIZE,
    }),
    countItemsOfOrganization(db, organizationId),
    organizationTypeOf(db, organizationId),
  ]);
  const totals = { demand: 0, supply: 0 };
  for (const row of counts) totals[row.kind] += row.count;
  const byStatus = Object.fromEntries(
    SD_ITEM_STATUSES.map((status) => [
      status,
      counts.filter((c) => c.kind === kind && c.status === status).reduce((sum, c) => sum + c.count, 0),
    ]),
  );
  return {
    kind,
    page,
    pageSize: MY_ITEMS_PAGE_SIZE,
    total: totals[kind],
    totals,
    byStatus,
    mayFile: organization ? kindsFiledBy(organization.type) : [],
    items: rows.map((row) => ({
      code: row.code,
      title: row.publishedTitle ?? row.latestTitle,
      status: row.status,
      closeReason: row.closeReason,
      isDemo: row.isDemo,
      expiresAt: row.expiresAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      // A published item with a newer revision in the works: its status is the revision's.
      pendingRevision:
        row.status === "published" && row.publishedTitle !== null && row.latestStatus !== "approved"
          ? { number: row.latestNumber, status: row.latestStatus }
          : null,
      next: sdNextAction(row, row.latestStatus, now),
    })),
  };
}

export type MyItemsView = Awaited<ReturnType<typeof myItemsView>>;

/** The owner's view of one item; undefined (404) for anyone but a member of its organization. */
export async function ownerItemView(user: SessionUser, code: string, now: Date) {
  if (!user.organization) return undefined;
  const db = getDb();
  const item = await findSdItemByCode(db, code.toUpperCase());
  if (!item || item.organizationId !== user.organization.id) return undefined;
  const [revisions, attachments, contract] = await Promise.all([
    revisionsOfSdItem(db, item.id),
    attachmentsOfSdItem(db, item.id),
    item.status === "published" ? hasContractOutcome(db, item.id) : Promise.resolve(false),
  ]);
  const latest = revisions.find((r) => r.id === item.latestRevisionId) ?? revisions[0];
  const published = revisions.find((r) => r.id === item.publishedRevisionId) ?? null;
  const open = item.status !== "closed" && item.status !== "rejected";
  const working = open && latest ? workingRevision(latest) : null;
  return {
    item: {
      code: item.code,
      kind: item.kind,
      year: item.year,
      status: item.status,
      closeReason: item.closeReason,
      publishedAt: item.publishedAt?.toISOString() ?? null,
      expiresAt: item.expiresAt?.toISOString() ?? null,
      closedAt: item.closedAt?.toISOString() ?? null,
      isDemo: item.isDemo,
    },
    // The owner sees its own contacts: this page is for members of the owning organization only.
    published: published ? { number: published.number, content: revisionContent(published) } : null,
    working: working
      ? {
          number: working.number,
          status: working.status,
          reviewReason: working.reviewReason,
          strings: sdContentToStrings(revisionContent(working)),
        }
      : null,
    underReview: latest?.status === "submitted" ? { number: latest.number } : null,
    revisions: revisions.map((r) => ({
      number: r.number,
      status: r.status,
      title: r.title,
      createdAt: r.createdAt.toISOString(),
      submittedAt: r.submittedAt?.toISOString() ?? null,
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      reviewReason: r.reviewReason,
      isPublished: r.id === item.publishedRevisionId,
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      sizeBytes: a.sizeBytes,
      createdAt: a.createdAt.toISOString(),
    })),
    may: {
      edit: working !== null,
      startEdit: item.status === "published" && working === null && latest?.status !== "submitted",
      submit: working !== null,
      withdraw: mayClose(item.status, "withdrawn"),
      fulfil: mayClose(item.status, "fulfilled") && contract,
      renew: mayRenew(item.status, item.expiresAt, now),
      attach: open,
    },
    fulfilNeedsContract: mayClose(item.status, "fulfilled") && !contract,
  };
}

export type OwnerItemView = NonNullable<Awaited<ReturnType<typeof ownerItemView>>>;
