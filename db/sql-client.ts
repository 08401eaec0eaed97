import postgres from "postgres";

type Types = Record<string, postgres.PostgresType>;

/**
 * A postgres.js client for a connection URL that may name a Unix-socket directory the way libpq does
 * (`postgres://user:password@localhost:5432/db?host=/run/postgresql`). postgres.js takes a socket only from its `host`
 * option, and would send the query parameter to the server as a setting, which the server refuses.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- postgres.js's own default
export function openSql<T extends Types = {}>(url: string, options: postgres.Options<T> = {}) {
  const parsed = new URL(url);
  const socketDirectory = parsed.searchParams.get("host");
  if (!socketDirectory?.startsWith("/")) return postgres<T>(url, options);
  parsed.searchParams.delete("host");
  return postgres<T>(parsed.toString(), { ...options, host: socketDirectory });
}
