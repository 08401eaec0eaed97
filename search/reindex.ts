import { getDb, type Db } from "../db/client";
import { allPublicTasks } from "../db/repositories/search";
import type { SearchEngine } from "./engine";
import { TASK_INDEX } from "./task-index";
import { documentOf } from "./task-documents";

/** Builds a fresh index from PostgreSQL and swaps it in atomically. */
export async function reindexTasks(engine: SearchEngine, db: Db = getDb()) {
  let count = 0;
  async function* batches() {
    for await (const page of allPublicTasks(db)) {
      count += page.length;
      yield page.map(documentOf);
    }
  }
  await engine.replaceAll(TASK_INDEX, batches());
  return count;
}
