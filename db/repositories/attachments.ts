import { sql } from "kysely";
import type { DbOrTrx } from "../client";

/** How many files a bid, a project's evidence or a supply–demand item holds, and their bytes together. */
export async function attachmentUsage(
  db: DbOrTrx,
  owner: { bidId: number } | { projectId: number } | { sdItemId: number },
): Promise<{ files: number; bytes: number }> {
  const row = await db
    .selectFrom("attachments")
    .select([sql<string>`count(*)`.as("files"), sql<string>`coalesce(sum(size_bytes), 0)`.as("bytes")])
    .$call((query) =>
      "bidId" in owner
        ? query.where("bidId", "=", owner.bidId)
        : "projectId" in owner
          ? query.where("projectId", "=", owner.projectId)
          : query.where("sdItemId", "=", owner.sdItemId),
    )
    .executeTakeFirstOrThrow();
  return { files: Number(row.files), bytes: Number(row.bytes) };
}
