import { getDb, type Db } from "../db/client";
import { SD_COLLECTION, SEARCH_COLLECTIONS, TASK_COLLECTION, type SearchCollection } from "./collections";
import type { SearchEngine } from "./engine";

/** Builds a fresh index of one collection from PostgreSQL and swaps it in atomically; returns its size. */
export async function reindexCollection(
  engine: SearchEngine,
  collection: SearchCollection,
  db: Db = getDb(),
) {
  let count = 0;
  async function* batches() {
    for await (const page of collection.allDocuments(db)) {
      count += page.length;
      yield page;
    }
  }
  await engine.replaceAll(collection.index, batches());
  return count;
}

export function reindexTasks(engine: SearchEngine, db: Db = getDb()) {
  return reindexCollection(engine, TASK_COLLECTION, db);
}

export function reindexSdItems(engine: SearchEngine, db: Db = getDb()) {
  return reindexCollection(engine, SD_COLLECTION, db);
}

/** Every index, one after the other: index uid → documents. */
export async function reindexAll(engine: SearchEngine, db: Db = getDb()) {
  const counts: Record<string, number> = {};
  for (const collection of SEARCH_COLLECTIONS)
    counts[collection.index.uid] = await reindexCollection(engine, collection, db);
  return counts;
}
