import { searchEngine } from "../../../search/runtime";
import { reindexAll } from "../../../search/reindex";

export async function rebuildSearchIndex(): Promise<{ engine: string; count: number; ms: number }> {
  const engine = await searchEngine();
  const started = performance.now();
  const counts = await reindexAll(engine);
  const count = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return { engine: engine.name, count, ms: Math.round(performance.now() - started) };
}
