import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { appendAudit } from "../../db/repositories/audit";

describe("the audit chain under concurrent appends outside a transaction", () => {
  it("gives every entry its own seq (the chain lock needs a transaction; appendAudit makes one)", async () => {
    const before = await getDb()
      .selectFrom("auditLog")
      .select("seq")
      .orderBy("seq", "desc")
      .executeTakeFirst();
    await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        appendAudit(getDb(), {
          actorUserId: null,
          action: "test.concurrent",
          entityType: "test",
          entityId: n,
        }),
      ),
    );
    const rows = await getDb()
      .selectFrom("auditLog")
      .select("seq")
      .where("seq", ">", before?.seq ?? 0)
      .orderBy("seq")
      .execute();
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, n) => (before?.seq ?? 0) + n + 1));
  });
});
