import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createDb } from "../../db/client";

describe("queries through the app's database pool", () => {
  it("prepare a statement with parameters once per connection and run it again by name", async () => {
    const db = createDb(process.env.DATABASE_URL!, { max: 1 });
    try {
      const byId = (id: number) => db.selectFrom("users").select("email").where("id", "=", id);
      await byId(1).execute();
      await byId(2).execute();
      const { sql: text } = byId(3).compile();
      const prepared = await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(
        db,
      );
      expect(prepared.rows.filter((row) => row.statement === text)).toHaveLength(1);
    } finally {
      await db.destroy();
    }
  });

  it("leave a one-off statement with many parameters (a bulk insert, a long IN list) unprepared", async () => {
    const db = createDb(process.env.DATABASE_URL!, { max: 1 });
    try {
      const ids = Array.from({ length: 65 }, (_, i) => i + 1);
      const many = db.selectFrom("users").select("email").where("id", "in", ids);
      await many.execute();
      const prepared = await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(
        db,
      );
      expect(prepared.rows.map((row) => row.statement)).not.toContain(many.compile().sql);
    } finally {
      await db.destroy();
    }
  });
});
