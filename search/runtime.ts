import type { SearchEngine } from "./engine";
import { SEARCH_COLLECTIONS } from "./collections";

export async function createConfiguredEngine(env: NodeJS.ProcessEnv = process.env): Promise<SearchEngine> {
  if (env.MEILI_URL) {
    const { MeilisearchEngine } = await import("./meilisearch-engine");
    // The admin (or master) key writes; queries use MEILI_SEARCH_KEY, or a search-only key the admin key finds.
    return new MeilisearchEngine({
      url: env.MEILI_URL,
      apiKey: env.MEILI_API_KEY ?? env.MEILI_MASTER_KEY,
      searchKey: env.MEILI_SEARCH_KEY,
    });
  }
  const { createEmbeddedEngine } = await import("./embedded-engine");
  return createEmbeddedEngine();
}

let current: Promise<SearchEngine> | undefined;

/** The engine, created on first use from MEILI_URL (Meilisearch) or the embedded default, settings applied. */
export function searchEngine(): Promise<SearchEngine> {
  current ??= createConfiguredEngine()
    .then(async (engine) => {
      for (const collection of SEARCH_COLLECTIONS) await engine.applySettings(collection.index);
      return engine;
    })
    .catch((error: unknown) => {
      current = undefined; // an engine that is down at start-up is tried again on the next call
      throw error;
    });
  return current;
}
