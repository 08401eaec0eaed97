import { sql, type RawBuilder } from "kysely";

/**
 * A value for a jsonb column, sent as text and cast by the server: postgres.js would otherwise JSON-encode an
 * already encoded string (storing a jsonb string scalar) or turn a JS array into a PostgreSQL array.
 */
export function jsonb<T>(value: T): RawBuilder<T> {
  return sql<T>`cast(cast(${JSON.stringify(value)} as text) as jsonb)`;
}
