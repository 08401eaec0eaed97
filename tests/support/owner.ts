import { createDb, type Db } from "../../db/client";

/**
 * This test database as its owner (DATABASE_OWNER_URL, set by setup-file.ts), for what a test does behind the app's
 * back: tampering with the audit log as someone holding the owner's password would.
 */
export async function asOwner<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_OWNER_URL;
  if (!url) throw new Error("DATABASE_OWNER_URL is not set (tests/support/setup-file.ts sets it)");
  const db = createDb(url, { max: 1 });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}
