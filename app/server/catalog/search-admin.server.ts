import { searchEngine } from "../../../search/runtime";
import { reindexTasks } from "../../../search/reindex";

export async function rebuildSearchIndex(): Promise<{ engine: string; count: number; ms: number }> {
  const engine = await searchEngine();
  const started = performance.now();
  const count = await reindexTasks(engine);
  return { engine: engine.name, count, ms: Math.round(performance.now() - started) };
}
