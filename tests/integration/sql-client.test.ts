import { describe, expect, inject, it } from "vitest";
import { openSql } from "../../db/sql-client";

/** Over a Unix socket PostgreSQL has no server address: inet_server_addr() is NULL; over TCP it is the address. */
async function serverAddress(url: string): Promise<string | null> {
  const sql = openSql(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ address: string | null }[]>`SELECT host(inet_server_addr()) AS address`;
    return row!.address;
  } finally {
    await sql.end();
  }
}

describe("openSql", () => {
  const embeddedUrl = inject("postgresAdminUrl");

  it("connects through the Unix socket a URL names with libpq's ?host=/directory (the embedded server's URLs do)", async () => {
    expect(new URL(embeddedUrl).searchParams.get("host")).toMatch(/^\//);
    expect(await serverAddress(embeddedUrl)).toBeNull();
  });

  it("connects over TCP to the URL's host and port without it", async () => {
    const tcp = new URL(embeddedUrl);
    tcp.searchParams.delete("host");
    expect(await serverAddress(tcp.toString())).toBe("127.0.0.1");
  });

  it("passes other query parameters on as server settings", async () => {
    const url = new URL(embeddedUrl);
    url.searchParams.set("application_name", "sql-client-test");
    const sql = openSql(url.toString(), { max: 1, onnotice: () => {} });
    try {
      const [row] = await sql<{ name: string }[]>`SELECT current_setting('application_name') AS name`;
      expect(row!.name).toBe("sql-client-test");
    } finally {
      await sql.end();
    }
  });
});
