import { AsyncLocalStorage } from "node:async_hooks";
import { CamelCasePlugin, Kysely, sql, type Transaction } from "kysely";
import { PostgresJSDialect } from "kysely-postgres-js";
import type postgres from "postgres";
import { openSql } from "./sql-client";
import type { Database } from "./schema";

export type Db = Kysely<Database>;
export type DbOrTrx = Kysely<Database> | Transaction<Database>;

/** int8 as a JS number: ids and fen amounts stay far below 2^53, and anything larger is refused loudly. */
const safeInt8 = {
  to: 20,
  from: [20],
  serialize: (value: number | bigint) => String(value),
  parse: (text: string) => {
    const value = Number(text);
    if (!Number.isSafeInteger(value))
      throw new RangeError(`int8 value ${text} exceeds the safe integer range`);
    return value;
  },
};

/** SQL `date` stays a "YYYY-MM-DD" string: a calendar day has no time zone to get wrong. */
const calendarDate = {
  to: 1082,
  from: [1082],
  serialize: (value: string) => value,
  parse: (text: string) => text,
};

/** More parameters than this (bulk inserts, long IN lists): a one-off statement, not worth keeping prepared. */
const MAX_PREPARED_PARAMETERS = 64;

/**
 * kysely-postgres-js sends every query through postgres.js's `unsafe`, which does not prepare it: a query with
 * parameters then took two round trips (Parse and Describe, then Bind and Execute once the parameter types were
 * known) and a fresh parse and plan in PostgreSQL, every time. Prepared, a statement is parsed once per connection
 * (postgres.js keeps it by its text for the connection's life, 30–60 min) and each run is one round trip, with a
 * plan PostgreSQL may keep. A prepared statement whose table changed shape is re-prepared by postgres.js.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any client, whatever its custom types
function preparingStatements<T extends postgres.Sql<any>>(client: T): T {
  const reserve = client.reserve;
  client.reserve = async () => {
    const reserved = await reserve();
    const unsafe = reserved.unsafe;
    reserved.unsafe = ((query: string, parameters: unknown[] = [], options = {}) =>
      unsafe(query, parameters as Parameters<typeof unsafe>[1], {
        prepare: parameters.length <= MAX_PREPARED_PARAMETERS,
        ...options,
      })) as typeof unsafe;
    return reserved;
  };
  return client;
}

export function createDb(url: string, options: { max?: number; synchronousCommit?: boolean } = {}): Db {
  const client = openSql(url, {
    max: options.max ?? 10,
    types: { safeInt8, calendarDate },
    onnotice: () => {},
    connect_timeout: 10,
    ...(options.synchronousCommit === false ? { connection: { synchronous_commit: "off" } } : {}),
  });
  return new Kysely<Database>({
    dialect: new PostgresJSDialect({ postgres: preparingStatements(client) }),
    plugins: [new CamelCasePlugin()],
  });
}

let shared: Db | undefined;
const scoped = new AsyncLocalStorage<Db>();

/** The process-wide pool, opened on first use from DATABASE_URL (set by the server before anything runs). */
export function getDb(): Db {
  const inScope = scoped.getStore();
  if (inScope) return inScope;
  if (!shared) {
    const url = process.env.DATABASE_URL;
    if (!url)
      throw new Error("DATABASE_URL is not set: start the app through `npm start` or set it yourself");
    shared = createDb(url);
  }
  return shared;
}

/** Makes this transaction's commit wait for the disk even on a pool that does not, and so every commit before it. */
export async function commitDurably(trx: Transaction<Database>): Promise<void> {
  await sql`SET LOCAL synchronous_commit = on`.execute(trx);
}

/** Runs `work` with getDb() answering `db` instead of the shared pool (the demo seed's own pool). */
export function withDb<T>(db: Db, work: () => Promise<T>): Promise<T> {
  return scoped.run(db, work);
}

export async function closeDb(): Promise<void> {
  const db = shared;
  shared = undefined;
  await db?.destroy();
}
