import type { SearchEngine } from "./engine";
import { TASK_INDEX } from "./task-index";

/**
 * The process-wide engine. It lives on globalThis because the server entry and the Remix build each carry their
 * own copy of this module, and the embedded engine's documents must be the ones both see.
 */
const KEY = Symbol.for("jiebang.searchEngine");
type Holder = { [KEY]?: Promise<SearchEngine> };

export async function createConfiguredEngine(env: NodeJS.ProcessEnv = process.env): Promise<SearchEngine> {
  if (env.MEILI_URL) {
    const { MeilisearchEngine } = await import("./meilisearch-engine");
    return new MeilisearchEngine({ url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY });
  }
  const { createEmbeddedEngine } = await import("./embedded-engine");
  return createEmbeddedEngine();
}

/** The engine, created on first use from MEILI_URL (Meilisearch) or the embedded default, settings applied. */
export function searchEngine(): Promise<SearchEngine> {
  const holder = globalThis as Holder;
  holder[KEY] ??= createConfiguredEngine()
    .then(async (engine) => {
      await engine.applySettings(TASK_INDEX);
      return engine;
    })
    .catch((error: unknown) => {
      delete holder[KEY]; // an engine that is down at start-up is tried again on the next call
      throw error;
    });
  return holder[KEY];
}

/** For tests and the server entry: use this engine from now on. */
export function useSearchEngine(engine: SearchEngine): void {
  (globalThis as Holder)[KEY] = Promise.resolve(engine);
}
