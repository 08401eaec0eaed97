import { getDb } from "../../../../db/client";
import { countItemsOfOrganization, publishedItemsOfOrganization } from "../../../../db/repositories/sd-items";
import { SD_ITEM_STATUSES, type SdItemStatus } from "../../../domain/supply-demand";
import { counterpartSuggestions } from "../matching/matching.server";

/** Published items whose suggestions the dashboard shows (newest first). */
const ITEMS_WITH_SUGGESTIONS = 5;
const SUGGESTIONS_PER_ITEM = 3;

/** The dashboard's "我的供需": the organization's items counted by status, and the top suggestions per published item. */
export async function sdDashboardSection(organizationId: number) {
  const db = getDb();
  const [counts, published] = await Promise.all([
    countItemsOfOrganization(db, organizationId),
    publishedItemsOfOrganization(db, organizationId, ITEMS_WITH_SUGGESTIONS),
  ]);
  const byStatus = SD_ITEM_STATUSES.map((status: SdItemStatus) => ({
    status,
    demand: counts.find((c) => c.kind === "demand" && c.status === status)?.count ?? 0,
    supply: counts.find((c) => c.kind === "supply" && c.status === status)?.count ?? 0,
  })).filter((row) => row.demand + row.supply > 0);
  const items = await Promise.all(
    published.map(async (item) => ({
      code: item.code,
      kind: item.kind,
      title: item.title,
      suggestions: (await counterpartSuggestions(item.id, { limit: SUGGESTIONS_PER_ITEM }))
        .slice(0, SUGGESTIONS_PER_ITEM)
        .map((s) => ({
          code: s.code,
          kind: s.kind,
          title: s.title,
          highlightedTitle: s.highlightedTitle,
          organizationName: s.organizationName,
          score: s.score,
          reasons: s.reasons,
        })),
    })),
  );
  return { byStatus, items };
}

export type SdDashboardSection = Awaited<ReturnType<typeof sdDashboardSection>>;
