import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { closeDb, getDb } from "../db/client";
import { EMBEDDED_APP_ROLE, ensureLoginRole, urlAs } from "../db/app-role";
import { ensureDatabase, startEmbeddedPostgres } from "../db/embedded";
import { migrateToLatest } from "../db/migrate";
import { createOrganizationWithOwner, createUser } from "../app/server/demo/factories.server";
import { createMmEvent, registerForEvent } from "../app/server/demo/mm-factories.server";
import { acceptMeetingRequest } from "../app/server/matchmaking/meetings/schedule.server";
import { hashPassword } from "../app/server/identity/password.server";
import { requestExpiresAt } from "../app/domain/matchmaking";
import type { OrgActor } from "../app/server/platform/actor.server";

/**
 * The conference's scheduling run (issue 14) for `npm run bench`: 300 validated participants, 2,000 meeting
 * requests between distinct pairs, all accepted at once with "first free" through the real service
 * (acceptMeetingRequest → placeMeeting, one transaction each) over 16 tables × 20 slots = 320 cells. Reports
 * throughput (accepts/s), how many were placed, accepted without a place (no common free slot left) or refused,
 * and counts double bookings by query (must be 0). `tsx scripts/bench.ts --only scheduling` runs just this.
 */
const PARTICIPANTS = Number(process.env.BENCH_MM_PARTICIPANTS ?? 300);
const REQUESTS = Number(process.env.BENCH_MM_REQUESTS ?? 2000);
const TABLES = 16;

/** A deterministic generator, so two runs race over the same requests. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function scheduling() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "jiebang-bench-mm-"));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(path.join(dir, "postgres"));
  try {
    await ensureDatabase(pg, "bench_mm");
    const ownerUrl = pg.url("bench_mm");
    await ensureLoginRole(ownerUrl, EMBEDDED_APP_ROLE, "bench-app-password");
    await migrateToLatest(ownerUrl, { appRole: EMBEDDED_APP_ROLE });
    process.env.DATABASE_URL = urlAs(ownerUrl, EMBEDDED_APP_ROLE, "bench-app-password");
    const db = getDb();

    const seedStart = performance.now();
    const passwordHash = await hashPassword("bench-password-mm");
    const staff = await createUser(db, {
      email: "mm-staff@bench.test",
      name: "会务",
      roles: ["staff"],
      passwordHash,
    });
    // One block of 20 slots (20 min + 5 min break) on one day, 16 tables: 320 cells.
    const { event, slots } = await createMmEvent(db, {
      createdBy: staff.id,
      blocks: [["08:00", "16:20"]],
      tableCount: TABLES,
      maxMeetingsPerAttendee: 20,
    });
    const actors: OrgActor[] = [];
    const parties: { registrationId: number; attendeeId: number }[] = [];
    for (let i = 0; i < PARTICIPANTS; i++) {
      const { organization, owner } = await createOrganizationWithOwner(db, {
        name: `压测参会单位${i + 1}`,
        owner: { email: `mm${i}@bench.test`, name: `代表${i}`, passwordHash },
      });
      const reg = await registerForEvent(db, {
        eventId: event.id,
        organizationId: organization.id,
        createdBy: owner.id,
        attendeeNames: [`代表${i}`],
        reviewerId: staff.id,
      });
      actors.push({
        id: owner.id,
        ip: "192.0.2.1",
        organization: { id: organization.id, name: organization.name, role: "owner" },
      });
      parties.push({ registrationId: reg.registration.id, attendeeId: reg.attendees[0]!.id });
    }
    const next = random(14);
    const pairs = new Set<string>();
    const rows: { from: number; to: number }[] = [];
    const now = new Date();
    while (rows.length < REQUESTS) {
      const a = Math.floor(next() * PARTICIPANTS);
      const b = Math.floor(next() * PARTICIPANTS);
      const key = a < b ? `${a}-${b}` : `${b}-${a}`;
      if (a === b || pairs.has(key)) continue;
      pairs.add(key);
      rows.push({ from: a, to: b });
    }
    const inserted = [];
    for (let i = 0; i < rows.length; i += 500)
      inserted.push(
        ...(await db
          .insertInto("mmRequests")
          .values(
            rows.slice(i, i + 500).map(({ from, to }) => ({
              eventId: event.id,
              fromRegistrationId: parties[from]!.registrationId,
              fromAttendeeId: parties[from]!.attendeeId,
              toRegistrationId: parties[to]!.registrationId,
              toAttendeeId: parties[to]!.attendeeId,
              message: "压测洽谈请求",
              expiresAt: requestExpiresAt(now, 48),
              createdBy: actors[from]!.id,
            })),
          )
          .returning("id")
          .execute()),
      );
    console.log(
      `\nScheduling: ${PARTICIPANTS} participants, ${inserted.length} requests, ${TABLES} tables × ${slots.length} slots ` +
        `(${TABLES * slots.length} cells), seeded in ${Math.round(performance.now() - seedStart)} ms`,
    );

    // Every request accepted at once, first free, through the service (the pool holds 10 connections).
    const start = performance.now();
    const outcomes = await Promise.all(
      inserted.map((r, i) => acceptMeetingRequest(actors[rows[i]!.to]!, r.id, { firstFree: true })),
    );
    const seconds = (performance.now() - start) / 1000;
    const placed = outcomes.filter((o) => o.ok && o.value !== null).length;
    const unplaced = outcomes.filter((o) => o.ok && o.value === null).length;
    const refused = new Map<string, number>();
    for (const o of outcomes)
      if (!o.ok) refused.set(o.formError?.key ?? "?", (refused.get(o.formError?.key ?? "?") ?? 0) + 1);
    const doubles = await sql<{ attendee: string; table: string; cells: string }>`
      SELECT
        (SELECT count(*) FROM (SELECT slot_id, attendee_id FROM mm_bookings GROUP BY 1, 2 HAVING count(*) > 1) a) AS attendee,
        (SELECT count(*) FROM (SELECT slot_id, table_id FROM mm_table_bookings GROUP BY 1, 2 HAVING count(*) > 1) t) AS table,
        (SELECT count(*) FROM mm_table_bookings) AS cells`.execute(db);
    const d = doubles.rows[0]!;
    console.log(
      "| accepts | seconds | accepts/s | placed | accepted, no free slot | refused | cells booked | double bookings (attendee, table) |",
    );
    console.log("|---|---|---|---|---|---|---|---|");
    console.log(
      `| ${outcomes.length} | ${seconds.toFixed(1)} | ${(outcomes.length / seconds).toFixed(0)} | ${placed} | ${unplaced} | ` +
        `${[...refused].map(([k, n]) => `${n} ${k}`).join(", ") || 0} | ${d.cells} | ${d.attendee}, ${d.table} |`,
    );
    if (Number(d.attendee) + Number(d.table) > 0) throw new Error("double booking found");
    if (placed !== Number(d.cells)) throw new Error(`placed ${placed} but ${d.cells} cells booked`);
  } finally {
    await closeDb();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
