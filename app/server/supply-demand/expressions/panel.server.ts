import { getDb } from "../../../../db/client";
import {
  itemForExpression,
  latestExpressionAbout,
  publishedItemsOf,
} from "../../../../db/repositories/sd-expressions";
import { counterpartKind, type ExpressionPanel } from "../../../domain/sd-expressions";
import { contactViewerOf, itemContactFor } from "./contacts.server";
import { responseTimeOf } from "./response-time.server";

type Viewer = {
  id: number;
  roles: readonly string[];
  organization: { id: number; name: string } | null;
} | null;

export type { ExpressionPanel };

export async function expressionPanelFor(viewer: Viewer, itemId: number): Promise<ExpressionPanel | null> {
  const db = getDb();
  const item = await itemForExpression(db, { id: itemId });
  if (!item) return null;
  const [responseTime, contact] = await Promise.all([
    responseTimeOf(item.organizationId),
    itemContactFor(db, contactViewerOf(viewer), item),
  ]);
  const base = { itemCode: item.code, itemKind: item.kind, responseTime, contact };
  if (!viewer) return { ...base, state: "anonymous" };
  if (viewer.organization?.id === item.organizationId) return { ...base, state: "owner" };
  if (!viewer.organization)
    return { ...base, state: viewer.roles.includes("staff") ? "staff" : "noOrganization" };
  const latest = await latestExpressionAbout(db, item.id, viewer.organization.id);
  const latestView = latest
    ? {
        id: latest.id,
        status: latest.status,
        createdAt: latest.createdAt.toISOString(),
        expiresAt: latest.expiresAt.toISOString(),
      }
    : null;
  if (item.status !== "published") return { ...base, state: "closed" };
  const ownItems = (await publishedItemsOf(db, viewer.organization.id, counterpartKind(item.kind))).map(
    (row) => ({ id: row.id, code: row.code, title: row.title }),
  );
  return { ...base, state: "open", ownItems, latest: latestView };
}
