/**
 * TEST DOUBLE — a tiny Meilisearch-compatible HTTP server (node:http on 127.0.0.1, port 0) for testing the
 * Meilisearch adapter at the HTTP boundary. It is not Meilisearch: it records every request and answers just
 * enough of the API (shapes as read by the official client 0.62) for `MeilisearchEngine`. The real server is
 * exercised only when MEILI_URL is set, in the shared contract suite.
 *
 * Writes are enqueued tasks (202 + summarized task). A task's outcome is decided when it is enqueued and
 * applied to the in-memory indexes if it succeeds; `GET /tasks/:uid` reports "processing" on the first poll
 * and the final status afterwards, so callers really have to poll.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Without the query string, e.g. "/indexes/tasks/documents". */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body; undefined when there is none. */
  body: unknown;
  /** The API key it was sent with (the Bearer of its Authorization header), null without one. */
  apiKey: string | null;
  /** What the fake answered (e.g. `{ taskUid }` for a write), once it has. */
  response?: { status: number; body: unknown };
}

export interface ApiError {
  code: string;
  message: string;
}

export interface FakeMeilisearch {
  url: string;
  requests: RecordedRequest[];
  /** The next enqueued task ends "failed" with this error (and changes nothing). */
  failNextTask(error: ApiError): void;
  /** The next enqueued task stays "processing" forever (to exercise task-wait timeouts). */
  stallNextTask(): void;
  /** The next request, whatever it is, gets this response instead. */
  respondWith(status: number, body: unknown): void;
  /** The body `POST /indexes/:uid/search` answers with (default: no hits). */
  setSearchResponse(body: unknown): void;
  /** API keys as GET /keys lists them (the fake does not enforce them; tests read `apiKey` of each request). */
  keys: FakeKey[];
  /** Document counts per index, as the fake holds them. */
  documentCount(uid: string): number | undefined;
  close(): Promise<void>;
}

type Document = Record<string, unknown> & { id: string | number };

export interface FakeKey {
  uid: string;
  key: string;
  name: string | null;
  description: string | null;
  actions: string[];
  indexes: string[];
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface FakeIndex {
  uid: string;
  primaryKey: string | null;
  createdAt: string;
  updatedAt: string;
  settings: Record<string, unknown>;
  documents: Map<string, Document>;
}

interface FakeTask {
  uid: number;
  batchUid: number | null;
  indexUid: string | null;
  status: "enqueued" | "processing" | "succeeded" | "failed" | "canceled";
  type: string;
  canceledBy: null;
  details: Record<string, unknown>;
  error: { code: string; message: string; type: string; link: string } | null;
  duration: string | null;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Internal: polls so far (not serialized). */
  polls: number;
  /** Internal: never finishes (not serialized). */
  stalled: boolean;
}

const EMPTY_SEARCH = {
  hits: [],
  query: "",
  processingTimeMs: 0,
  hitsPerPage: 20,
  page: 1,
  totalPages: 0,
  totalHits: 0,
  facetDistribution: {},
};

function apiError(code: string, message: string) {
  return { message, code, type: "invalid_request", link: `https://docs.meilisearch.com/errors#${code}` };
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text === "" ? undefined : (JSON.parse(text) as unknown);
}

/** The recorded request each response belongs to, so `send` can record the answer beside it. */
const recordOf = new WeakMap<ServerResponse, RecordedRequest>();

function send(response: ServerResponse, status: number, body: unknown): void {
  const record = recordOf.get(response);
  if (record) record.response = { status, body };
  const text = body === undefined ? "" : JSON.stringify(body);
  response.writeHead(status, { "Content-Type": "application/json" });
  response.end(text);
}

export async function startFakeMeilisearch(): Promise<FakeMeilisearch> {
  const requests: RecordedRequest[] = [];
  const keys: FakeKey[] = [];
  const indexes = new Map<string, FakeIndex>();
  const tasks = new Map<number, FakeTask>();
  let nextTaskUid = 0;
  let nextFailure: ApiError | null = null;
  let stallNext = false;
  let nextResponse: { status: number; body: unknown } | null = null;
  let searchResponse: unknown = EMPTY_SEARCH;

  /** Enqueues a task; `apply` runs only if it succeeds and may return an error code/message to fail it. */
  function enqueue(
    response: ServerResponse,
    indexUid: string | null,
    type: string,
    apply: () => ApiError | void,
  ): void {
    const now = new Date().toISOString();
    const stalled = stallNext;
    const failure = stalled ? null : (nextFailure ?? apply() ?? null);
    if (!stalled) nextFailure = null;
    stallNext = false;
    const task: FakeTask = {
      uid: nextTaskUid++,
      batchUid: null,
      indexUid,
      status: failure ? "failed" : "succeeded",
      type,
      canceledBy: null,
      details: {},
      error: failure
        ? { code: failure.code, message: failure.message, type: "invalid_request", link: "" }
        : null,
      duration: "PT0.001S",
      enqueuedAt: now,
      startedAt: now,
      finishedAt: now,
      polls: 0,
      stalled,
    };
    tasks.set(task.uid, task);
    send(response, 202, { taskUid: task.uid, indexUid, status: "enqueued", type, enqueuedAt: now });
  }

  function indexNotFound(uid: string): ApiError {
    return { code: "index_not_found", message: `Index \`${uid}\` not found.` };
  }

  function createIndex(uid: string, primaryKey: string | null): FakeIndex {
    const now = new Date().toISOString();
    const index = { uid, primaryKey, createdAt: now, updatedAt: now, settings: {}, documents: new Map() };
    indexes.set(uid, index);
    return index;
  }

  function handle(
    method: string,
    path: string,
    query: Record<string, string>,
    body: unknown,
    res: ServerResponse,
  ) {
    const segments = path.split("/").filter(Boolean).map(decodeURIComponent);
    const [first, uid, sub, subSub] = segments;

    if (method === "GET" && path === "/health") return send(res, 200, { status: "available" });

    if (path === "/keys" && method === "GET")
      return send(res, 200, { results: keys, offset: 0, limit: 20, total: keys.length });
    if (path === "/keys" && method === "POST") {
      const input = body as Partial<FakeKey>;
      const now = new Date().toISOString();
      const key: FakeKey = {
        uid: `uid-${keys.length + 1}`,
        key: `created-key-${keys.length + 1}`,
        name: input.name ?? null,
        description: input.description ?? null,
        actions: input.actions ?? [],
        indexes: input.indexes ?? [],
        expiresAt: input.expiresAt ?? null,
        createdAt: now,
        updatedAt: now,
      };
      keys.push(key);
      return send(res, 201, key);
    }

    if (first === "tasks" && uid !== undefined && method === "GET" && sub === undefined) {
      const task = tasks.get(Number(uid));
      if (!task) return send(res, 404, apiError("task_not_found", `Task \`${uid}\` not found.`));
      const { polls, stalled, ...view } = task;
      task.polls = polls + 1;
      const running = stalled || polls === 0;
      return send(res, 200, running ? { ...view, status: "processing", finishedAt: null } : view);
    }

    if (method === "POST" && path === "/swap-indexes") {
      const swaps = body as { indexes: [string, string] }[];
      return enqueue(res, null, "indexSwap", () => {
        for (const { indexes: pair } of swaps) {
          for (const name of pair) if (!indexes.has(name)) return indexNotFound(name);
        }
        for (const { indexes: pair } of swaps) {
          const [a, b] = pair.map((name) => indexes.get(name)!) as [FakeIndex, FakeIndex];
          indexes.set(a.uid, { ...b, uid: a.uid });
          indexes.set(b.uid, { ...a, uid: b.uid });
        }
      });
    }

    if (first !== "indexes") return send(res, 404, apiError("not_found", `No route for ${method} ${path}`));

    if (uid === undefined) {
      if (method !== "POST") return send(res, 405, apiError("method_not_allowed", "Method not allowed"));
      const { uid: newUid, primaryKey } = body as { uid: string; primaryKey?: string };
      return enqueue(res, newUid, "indexCreation", () => {
        if (indexes.has(newUid))
          return { code: "index_already_exists", message: `Index \`${newUid}\` already exists.` };
        createIndex(newUid, primaryKey ?? null);
      });
    }

    const index = indexes.get(uid);
    const missing = () => send(res, 404, apiError("index_not_found", `Index \`${uid}\` not found.`));

    if (sub === undefined) {
      if (method === "GET") {
        if (!index) return missing();
        const { settings: _settings, documents: _documents, ...view } = index;
        return send(res, 200, view);
      }
      if (method === "DELETE") {
        return enqueue(res, uid, "indexDeletion", () => {
          if (!indexes.delete(uid)) return indexNotFound(uid);
        });
      }
    }

    if (sub === "stats" && method === "GET") {
      if (!index) return missing();
      return send(res, 200, {
        numberOfDocuments: index.documents.size,
        rawDocumentDbSize: 0,
        avgDocumentSize: 0,
        isIndexing: false,
        numberOfEmbeddings: 0,
        numberOfEmbeddedDocuments: 0,
        fieldDistribution: {},
      });
    }

    if (sub === "settings" && subSub === undefined && method === "PATCH") {
      return enqueue(res, uid, "settingsUpdate", () => {
        const target = indexes.get(uid) ?? createIndex(uid, null);
        target.settings = { ...target.settings, ...(body as Record<string, unknown>) };
      });
    }

    if (sub === "documents" && subSub === undefined && method === "POST") {
      return enqueue(res, uid, "documentAdditionOrUpdate", () => {
        const primaryKey = query.primaryKey ?? indexes.get(uid)?.primaryKey ?? "id";
        const target = indexes.get(uid) ?? createIndex(uid, primaryKey);
        target.primaryKey ??= primaryKey;
        for (const document of body as Document[])
          target.documents.set(String(document[primaryKey]), document);
      });
    }

    if (sub === "documents" && subSub === "delete-batch" && method === "POST") {
      return enqueue(res, uid, "documentDeletion", () => {
        const target = indexes.get(uid);
        if (!target) return indexNotFound(uid);
        for (const id of body as (string | number)[]) target.documents.delete(String(id));
      });
    }

    if (sub === "search" && method === "POST") {
      if (!index) return missing();
      return send(res, 200, searchResponse);
    }

    return send(res, 404, apiError("not_found", `No route for ${method} ${path}`));
  }

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const method = request.method ?? "GET";
      let body: unknown;
      try {
        body = await readBody(request);
      } catch {
        return send(response, 400, apiError("malformed_payload", "The body is not valid JSON."));
      }
      const record: RecordedRequest = {
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body,
        apiKey: /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1] ?? null,
      };
      requests.push(record);
      recordOf.set(response, record);
      if (nextResponse) {
        const { status, body: canned } = nextResponse;
        nextResponse = null;
        return send(response, status, canned);
      }
      try {
        handle(method, url.pathname, Object.fromEntries(url.searchParams), body, response);
      } catch (error) {
        send(response, 500, apiError("internal", error instanceof Error ? error.message : String(error)));
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNextTask(error) {
      nextFailure = error;
    },
    stallNextTask() {
      stallNext = true;
    },
    respondWith(status, body) {
      nextResponse = { status, body };
    },
    keys,
    setSearchResponse(body) {
      searchResponse = body;
    },
    documentCount(uid) {
      return indexes.get(uid)?.documents.size;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
    },
  };
}
