import { sql, type Kysely } from "kysely";

/**
 * The programme dashboard (/stats, issue 16): one view per kind of fact, each row a public thing with the
 * dimensions the dashboard filters on (year, domain, district, reviewing agency). The repository
 * (db/repositories/stats.ts) aggregates them in SQL (count, sum, percentile_cont) — no counting in TypeScript.
 *
 * Plain views, not materialised: every view is a join on primary / foreign keys over tables of a few thousand
 * rows a year, the whole dashboard costs a few milliseconds of SQL, and a plain view is never stale — a
 * materialised one would show yesterday's figures beside today's task pages until the sweeper ran. The page
 * caches the costly part (rendering SVG charts) by the figures' hash instead.
 *
 * "Public" is decided here, once: tasks of non-draft lists that are not drafts themselves; bids only once the
 * task's bidding closed (counts of an open competition are not published), only submitted ones (no drafts, no
 * withdrawn); supply–demand items only once published (never drafts, submissions or rejected items).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE VIEW stats_tasks AS
    SELECT t.id AS task_id, l.year, t.domain, t.district, t.status,
      t.status NOT IN ('draft', 'published') AS bidding_over,
      (SELECT count(*) FROM bids b
        WHERE b.task_id = t.id AND b.status IN ('submitted', 'selected', 'not_selected'))::int AS bids
    FROM tasks t
    JOIN lists l ON l.id = t.list_id
    WHERE l.status <> 'draft' AND t.status <> 'draft'`.execute(db);

  // A consortium's size counts its lead and the members who accepted (invited or declined ones never took part).
  await sql`CREATE VIEW stats_consortia AS
    SELECT b.id AS bid_id, st.year, st.domain, st.district,
      (SELECT count(*) FROM consortium_members m WHERE m.bid_id = b.id AND m.status = 'accepted')::int AS size
    FROM bids b
    JOIN stats_tasks st ON st.task_id = b.task_id
    WHERE st.bidding_over AND b.status IN ('submitted', 'selected', 'not_selected')`.execute(db);

  // Assessed: staff finalised the result; successful: it passed.
  await sql`CREATE VIEW stats_projects AS
    SELECT p.id AS project_id, st.year, st.domain, st.district, r.passed
    FROM projects p
    JOIN stats_tasks st ON st.task_id = p.task_id
    JOIN project_results r ON r.project_id = p.id`.execute(db);

  // Approved awards (computed or stale ones are not decided yet): the audited total investment (basis) and what
  // the ledger says was paid for them (its paid:<org> entries, so a returned payment no longer counts).
  await sql`CREATE VIEW stats_awards AS
    SELECT a.id AS award_id, st.year, st.domain, st.district, a.basis_fen, a.payable_fen,
      (SELECT coalesce(sum(e.amount_fen), 0) FROM ledger_entries e
        WHERE e.award_id = a.id AND e.account LIKE 'paid:%')::bigint AS paid_fen
    FROM awards a
    JOIN projects p ON p.id = a.project_id
    JOIN stats_tasks st ON st.task_id = p.task_id
    WHERE a.status IN ('approved', 'disbursing', 'disbursed')`.execute(db);

  // The budget per year, from the ledger as the staff budget page reads it: reserved = appropriated − what the
  // budget:<year> account still holds; paid = paid entries of the awards approved against the year.
  await sql`CREATE VIEW stats_budget AS
    SELECT b.year, x.appropriated AS appropriated_fen, (x.appropriated - x.remaining)::bigint AS reserved_fen,
      (SELECT coalesce(sum(e.amount_fen), 0) FROM ledger_entries e
        JOIN ledger_postings p ON p.award_id = e.award_id AND p.kind = 'approve' AND p.year = b.year
        WHERE e.account LIKE 'paid:%')::bigint AS paid_fen
    FROM budgets b
    CROSS JOIN LATERAL (SELECT
      (SELECT coalesce(sum(amount_fen), 0) FROM budget_appropriations a WHERE a.year = b.year)::bigint AS appropriated,
      (SELECT coalesce(sum(amount_fen), 0) FROM ledger_entries e WHERE e.account = 'budget:' || b.year)::bigint
        AS remaining) x`.execute(db);

  // Items ever published, with the published revision's district (null: city-wide) and the agency of the staff
  // member who published it (null when a district reviewer did). state: published, or the reason it closed.
  await sql`CREATE VIEW stats_sd_items AS
    SELECT i.id AS item_id, i.year, i.kind,
      CASE WHEN i.status = 'closed' THEN coalesce(i.close_reason, 'closed') ELSE i.status END AS state,
      r.district, s.agency
    FROM sd_items i
    JOIN sd_revisions r ON r.id = i.published_revision_id
    LEFT JOIN staff_scopes s ON s.user_id = r.reviewed_by
    WHERE i.published_at IS NOT NULL AND i.status IN ('published', 'closed')`.execute(db);

  // Expressions of interest in public items; answer_days only for answered ones (accepted or declined).
  await sql`CREATE VIEW stats_sd_expressions AS
    SELECT e.id AS expression_id, it.year, it.kind, it.district, it.agency, e.status,
      CASE WHEN e.status IN ('accepted', 'declined') AND e.answered_at IS NOT NULL
        THEN extract(epoch FROM e.answered_at - e.created_at) / 86400 END AS answer_days
    FROM sd_expressions e
    JOIN stats_sd_items it ON it.item_id = e.target_item_id`.execute(db);

  // Outcomes: each one recorded on an accepted expression; a conference meeting counts once (both sides may
  // report it): a contract (the larger amount) if either side reported one, else an intent, else none — the rule
  // of app/domain/mm-feedback.ts and db/repositories/sd-review-stats.ts. A meeting's year is that of the item it
  // was about, else the event's. Draft events are not public.
  await sql`CREATE VIEW stats_sd_outcomes AS
    SELECT 'online'::text AS source, NULL::bigint AS event_id, o.kind, o.amount_fen, it.year, it.district, it.agency
    FROM sd_outcomes o
    JOIN sd_expressions e ON e.id = o.expression_id
    JOIN stats_sd_items it ON it.item_id = e.target_item_id
    UNION ALL
    SELECT 'conference', r.event_id,
      CASE WHEN bool_or(o.kind = 'contract') THEN 'contract' WHEN bool_or(o.kind = 'intent') THEN 'intent'
        ELSE 'failed' END,
      max(o.amount_fen) FILTER (WHERE o.kind = 'contract'),
      coalesce(min(i.year), min(ev.year)), min(it.district), min(it.agency)
    FROM sd_outcomes o
    JOIN mm_requests r ON r.id = o.mm_request_id
    JOIN mm_events ev ON ev.id = r.event_id
    LEFT JOIN sd_items i ON i.id = r.about_item_id
    LEFT JOIN stats_sd_items it ON it.item_id = r.about_item_id
    WHERE ev.status <> 'draft'
    GROUP BY r.id, r.event_id`.execute(db);

  // Review decisions: submission → approve / return / reject, in days (the median is public; no item is named).
  await sql`CREATE VIEW stats_sd_reviews AS
    SELECT v.id AS revision_id, i.year, i.kind, v.district, s.agency, v.status AS decision,
      extract(epoch FROM v.reviewed_at - v.submitted_at) / 86400 AS review_days
    FROM sd_revisions v
    JOIN sd_items i ON i.id = v.item_id
    LEFT JOIN staff_scopes s ON s.user_id = v.reviewed_by
    WHERE v.submitted_at IS NOT NULL AND v.reviewed_at IS NOT NULL
      AND v.status IN ('approved', 'superseded', 'returned', 'rejected')`.execute(db);

  // Conferences (published, closed or cancelled ones that were held in part): meetings held, and the outcomes.
  await sql`CREATE VIEW stats_events AS
    SELECT ev.id AS event_id, ev.year, ev.title_zh, ev.title_en, ev.starts_on,
      (SELECT count(*) FROM mm_requests r WHERE r.event_id = ev.id AND r.status = 'held')::int AS meetings_held,
      (SELECT count(*) FROM stats_sd_outcomes o WHERE o.event_id = ev.id AND o.kind = 'intent')::int AS intents,
      (SELECT count(*) FROM stats_sd_outcomes o WHERE o.event_id = ev.id AND o.kind = 'contract')::int AS contracts,
      (SELECT coalesce(sum(o.amount_fen), 0) FROM stats_sd_outcomes o
        WHERE o.event_id = ev.id AND o.kind = 'contract')::bigint AS contract_fen
    FROM mm_events ev
    WHERE ev.status <> 'draft'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const view of [
    "stats_events",
    "stats_sd_reviews",
    "stats_sd_outcomes",
    "stats_sd_expressions",
    "stats_sd_items",
    "stats_budget",
    "stats_awards",
    "stats_projects",
    "stats_consortia",
    "stats_tasks",
  ])
    await sql`DROP VIEW IF EXISTS ${sql.id(view)}`.execute(db);
}
