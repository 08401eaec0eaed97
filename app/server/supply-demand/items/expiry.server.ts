import { getDb } from "../../../../db/client";
import { appendAudits } from "../../../../db/repositories/audit";
import {
  itemsToExpire,
  itemsToRemind,
  markReminded,
  setSdItemStatus,
} from "../../../../db/repositories/sd-items";
import { EXPIRY_REMINDER_DAYS } from "../../../domain/supply-demand";
import { shanghaiDate } from "../../../domain/time";
import { notifyOrganizations } from "../../notifications/notifications.server";

/**
 * The minute sweep of published items: once an item's expiry is at most 30 days ahead (`reminderDue`), its
 * organization is reminded once (in-app and mail; `expiry_reminded_at` records it, renewal clears it); at
 * `expires_at` the item closes as expired. Rows are locked with SKIP LOCKED: two sweeps never act twice.
 */
export async function sweepSdExpiry(now = new Date()): Promise<{ reminded: string[]; expired: string[] }> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const expiring = await itemsToRemind(
        trx,
        now,
        new Date(now.getTime() + EXPIRY_REMINDER_DAYS * 86_400_000),
      );
      for (const item of expiring) {
        await notifyOrganizations(trx, [item.organizationId], {
          kind: "sd.expiring",
          params: { code: item.code, title: item.title, date: shanghaiDate(item.expiresAt!) },
          link: `/my/supply-demand/${item.code}`,
        });
      }
      await markReminded(
        trx,
        expiring.map((item) => item.id),
        now,
      );
      const expired = await itemsToExpire(trx, now);
      for (const item of expired) {
        const closed = await setSdItemStatus(trx, item.id, "close", {
          closeReason: "expired",
          closedAt: now,
          updatedAt: now,
        });
        if (!closed) continue;
        await notifyOrganizations(trx, [item.organizationId], {
          kind: "sd.expired",
          params: { code: item.code, title: item.title },
          link: `/my/supply-demand/${item.code}`,
        });
      }
      const audits = [
        ...expiring.map((item) => ({
          actorUserId: null,
          action: "sd.item.expiryReminded",
          entityType: "sd_item",
          entityId: item.id,
          after: { code: item.code, expiresAt: item.expiresAt!.toISOString() },
        })),
        ...expired.map((item) => ({
          actorUserId: null,
          action: "sd.item.expired",
          entityType: "sd_item",
          entityId: item.id,
          after: { code: item.code, status: "closed", closeReason: "expired" },
        })),
      ];
      await appendAudits(trx, audits);
      return { reminded: expiring.map((item) => item.code), expired: expired.map((item) => item.code) };
    });
}
