// Migration 2026-12-08T23-notifications-unread-once on data written before it: duplicate unread notifications
// (user, kind, link), which concurrent writers could leave, are folded into the newest; read ones stay.
import { sql } from "kysely";
import { expect, it } from "vitest";
import { up } from "../../db/migrations/2026-12-08T23-notifications-unread-once";
import { createUser } from "../../app/server/demo/factories.server";
import { getDb } from "../../db/client";
import { jsonb } from "../../db/jsonb";
import { asOwner } from "../support/owner";

it("keeps the newest unread row of each duplicate group and every read row, then enforces one unread row", async () => {
  const user = await createUser(getDb(), {
    email: "dup@example.com",
    name: "重复",
    password: "pw-123456789",
  });
  await asOwner(async (owner) => {
    await sql`DROP INDEX notifications_unread_once`.execute(owner);
    const row = (link: string, orgName: string, readAt: Date | null) => ({
      userId: user.id,
      kind: "bid.submitted",
      params: jsonb({ orgName }),
      link,
      readAt,
    });
    await owner
      .insertInto("notifications")
      .values([
        row("/a", "one", null),
        row("/a", "two", null),
        row("/a", "three", null),
        row("/a", "read", new Date()),
        row("/b", "only", null),
      ])
      .execute();
    await up(owner);
  });
  const rows = await getDb()
    .selectFrom("notifications")
    .select(["link", "params", "readAt"])
    .where("userId", "=", user.id)
    .orderBy("id")
    .execute();
  expect(rows.map((r) => [r.link, (r.params as { orgName: string }).orgName, r.readAt !== null])).toEqual([
    ["/a", "three", false],
    ["/a", "read", true],
    ["/b", "only", false],
  ]);
  await expect(
    getDb()
      .insertInto("notifications")
      .values({ userId: user.id, kind: "bid.submitted", params: jsonb({}), link: "/a" })
      .execute(),
  ).rejects.toThrow(/notifications_unread_once/);
});
