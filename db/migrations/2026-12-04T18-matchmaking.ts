import { sql, type Kysely } from "kysely";

/**
 * The annual supply–demand matchmaking conference (issue 14): events with meeting blocks cut into slots, tables,
 * themed sessions and roadshows; registrations with one or two attendees and the items they bring; one-to-one
 * meeting requests; bookings that make double booking impossible; feedback. Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE mm_events (
      id bigserial PRIMARY KEY,
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      title_zh text NOT NULL,
      title_en text NOT NULL,
      venue_zh text NOT NULL,
      venue_en text NOT NULL,
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      registration_opens_at timestamptz NOT NULL,
      registration_closes_at timestamptz NOT NULL,
      booking_opens_at timestamptz NOT NULL,
      booking_closes_at timestamptz NOT NULL,
      slot_minutes integer NOT NULL DEFAULT 20 CHECK (slot_minutes BETWEEN 5 AND 120),
      break_minutes integer NOT NULL DEFAULT 5 CHECK (break_minutes BETWEEN 0 AND 60),
      max_meetings_per_attendee integer NOT NULL DEFAULT 12 CHECK (max_meetings_per_attendee BETWEEN 1 AND 100),
      request_expiry_hours integer NOT NULL DEFAULT 48 CHECK (request_expiry_hours BETWEEN 1 AND 720),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled', 'closed')),
      cancel_reason text,
      cancelled_at timestamptz,
      created_by bigint NOT NULL REFERENCES users(id),
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT mm_events_dates CHECK (starts_on <= ends_on),
      CONSTRAINT mm_events_registration CHECK (registration_opens_at < registration_closes_at),
      CONSTRAINT mm_events_booking CHECK (booking_opens_at < booking_closes_at),
      CONSTRAINT mm_events_cancelled CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL AND cancelled_at IS NOT NULL))
    )`.execute(db);

  // A meeting block (e.g. 09:30–12:00 Asia/Shanghai) and the slots it is cut into.
  await sql`
    CREATE TABLE mm_blocks (
      id bigserial PRIMARY KEY,
      event_id bigint NOT NULL REFERENCES mm_events(id),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      CONSTRAINT mm_blocks_order CHECK (starts_at < ends_at)
    )`.execute(db);
  await sql`CREATE INDEX mm_blocks_event ON mm_blocks (event_id, starts_at)`.execute(db);
  await sql`
    CREATE TABLE mm_slots (
      id bigserial PRIMARY KEY,
      event_id bigint NOT NULL REFERENCES mm_events(id),
      block_id bigint NOT NULL REFERENCES mm_blocks(id),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      UNIQUE (event_id, starts_at),
      CONSTRAINT mm_slots_order CHECK (starts_at < ends_at)
    )`.execute(db);
  await sql`
    CREATE TABLE mm_tables (
      id bigserial PRIMARY KEY,
      event_id bigint NOT NULL REFERENCES mm_events(id),
      name text NOT NULL,
      position integer NOT NULL,
      UNIQUE (event_id, name),
      UNIQUE (event_id, position)
    )`.execute(db);

  // Themed sessions on stage (by domain) and the supplier roadshows in them.
  await sql`
    CREATE TABLE mm_sessions (
      id bigserial PRIMARY KEY,
      event_id bigint NOT NULL REFERENCES mm_events(id),
      domain text,
      title_zh text NOT NULL,
      title_en text NOT NULL,
      stage_zh text NOT NULL,
      stage_en text NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      CONSTRAINT mm_sessions_order CHECK (starts_at < ends_at)
    )`.execute(db);
  await sql`CREATE INDEX mm_sessions_event ON mm_sessions (event_id, starts_at)`.execute(db);

  await sql`
    CREATE TABLE mm_registrations (
      id bigserial PRIMARY KEY,
      event_id bigint NOT NULL REFERENCES mm_events(id),
      organization_id bigint NOT NULL REFERENCES organizations(id),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'validated', 'refused', 'withdrawn')),
      note text,
      refuse_reason text,
      reviewed_by bigint REFERENCES users(id),
      reviewed_at timestamptz,
      created_by bigint NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (event_id, organization_id),
      UNIQUE (id, event_id),
      CONSTRAINT mm_registrations_refused CHECK ((status = 'refused') = (refuse_reason IS NOT NULL))
    )`.execute(db);
  // The people who come: one or two per registration. Contacts are private to the organization and staff.
  await sql`
    CREATE TABLE mm_attendees (
      id bigserial PRIMARY KEY,
      registration_id bigint NOT NULL,
      event_id bigint NOT NULL,
      position smallint NOT NULL CHECK (position IN (1, 2)),
      name text NOT NULL,
      job_title text NOT NULL,
      phone text NOT NULL,
      email text NOT NULL,
      check_in_code text NOT NULL,
      calendar_token text NOT NULL UNIQUE,
      checked_in_at timestamptz,
      checked_in_by bigint REFERENCES users(id),
      agenda_reminded_at timestamptz,
      UNIQUE (registration_id, position),
      UNIQUE (event_id, check_in_code),
      UNIQUE (id, event_id),
      FOREIGN KEY (registration_id, event_id) REFERENCES mm_registrations(id, event_id)
    )`.execute(db);
  await sql`
    CREATE TABLE mm_registration_items (
      registration_id bigint NOT NULL REFERENCES mm_registrations(id),
      item_id bigint NOT NULL REFERENCES sd_items(id),
      PRIMARY KEY (registration_id, item_id)
    )`.execute(db);

  await sql`
    CREATE TABLE mm_roadshows (
      id bigserial PRIMARY KEY,
      session_id bigint NOT NULL REFERENCES mm_sessions(id),
      registration_id bigint NOT NULL REFERENCES mm_registrations(id),
      item_id bigint NOT NULL REFERENCES sd_items(id),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      UNIQUE (session_id, starts_at),
      CONSTRAINT mm_roadshows_order CHECK (starts_at < ends_at)
    )`.execute(db);

  // A one-to-one meeting request between two attendees; once scheduled it holds a slot and a table.
  await sql`
    CREATE TABLE mm_requests (
      id bigserial PRIMARY KEY,
      event_id bigint NOT NULL REFERENCES mm_events(id),
      from_registration_id bigint NOT NULL,
      from_attendee_id bigint NOT NULL,
      to_registration_id bigint NOT NULL,
      to_attendee_id bigint NOT NULL,
      about_item_id bigint REFERENCES sd_items(id),
      from_item_id bigint REFERENCES sd_items(id),
      message text NOT NULL,
      status text NOT NULL DEFAULT 'requested'
        CHECK (status IN ('requested', 'accepted', 'scheduled', 'held', 'no_show', 'cancelled', 'declined', 'expired')),
      slot_id bigint REFERENCES mm_slots(id),
      table_id bigint REFERENCES mm_tables(id),
      expires_at timestamptz NOT NULL,
      reason text,
      created_by bigint NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      answered_by bigint REFERENCES users(id),
      answered_at timestamptz,
      closed_by bigint REFERENCES users(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (from_registration_id, event_id) REFERENCES mm_registrations(id, event_id),
      FOREIGN KEY (to_registration_id, event_id) REFERENCES mm_registrations(id, event_id),
      FOREIGN KEY (from_attendee_id, event_id) REFERENCES mm_attendees(id, event_id),
      FOREIGN KEY (to_attendee_id, event_id) REFERENCES mm_attendees(id, event_id),
      CONSTRAINT mm_requests_not_self CHECK (from_registration_id <> to_registration_id),
      CONSTRAINT mm_requests_placed CHECK ((status IN ('scheduled', 'held', 'no_show')) = (slot_id IS NOT NULL AND table_id IS NOT NULL))
    )`.execute(db);
  // One open request between two organizations at a time, whichever asked.
  await sql`CREATE UNIQUE INDEX mm_requests_one_open ON mm_requests
      (event_id, LEAST(from_registration_id, to_registration_id), GREATEST(from_registration_id, to_registration_id))
      WHERE status IN ('requested', 'accepted')`.execute(db);
  await sql`CREATE INDEX mm_requests_due ON mm_requests (expires_at) WHERE status = 'requested'`.execute(db);
  await sql`CREATE INDEX mm_requests_from ON mm_requests (from_registration_id)`.execute(db);
  await sql`CREATE INDEX mm_requests_to ON mm_requests (to_registration_id)`.execute(db);

  // No double booking, by construction: an attendee and a table each hold a slot at most once.
  await sql`
    CREATE TABLE mm_bookings (
      slot_id bigint NOT NULL REFERENCES mm_slots(id),
      attendee_id bigint NOT NULL REFERENCES mm_attendees(id),
      request_id bigint NOT NULL REFERENCES mm_requests(id),
      PRIMARY KEY (slot_id, attendee_id)
    )`.execute(db);
  await sql`CREATE INDEX mm_bookings_request ON mm_bookings (request_id)`.execute(db);
  await sql`
    CREATE TABLE mm_table_bookings (
      slot_id bigint NOT NULL REFERENCES mm_slots(id),
      table_id bigint NOT NULL REFERENCES mm_tables(id),
      request_id bigint NOT NULL UNIQUE REFERENCES mm_requests(id),
      PRIMARY KEY (slot_id, table_id)
    )`.execute(db);

  // After the event each side says whether the meeting was useful and what came of it.
  await sql`
    CREATE TABLE mm_feedback (
      id bigserial PRIMARY KEY,
      request_id bigint NOT NULL REFERENCES mm_requests(id),
      organization_id bigint NOT NULL REFERENCES organizations(id),
      useful boolean NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('intent', 'contract', 'none')),
      amount_fen bigint CHECK (amount_fen > 0),
      signed_on date,
      comment text,
      created_by bigint NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (request_id, organization_id),
      CONSTRAINT mm_feedback_contract CHECK ((outcome = 'contract') = (amount_fen IS NOT NULL AND signed_on IS NOT NULL))
    )`.execute(db);

  // A meeting's outcome is counted with the online ones: an outcome comes from an expression or from a meeting.
  await sql`ALTER TABLE sd_outcomes ALTER COLUMN expression_id DROP NOT NULL,
      ADD COLUMN mm_request_id bigint REFERENCES mm_requests(id),
      ADD CONSTRAINT sd_outcomes_one_source CHECK (num_nonnulls(expression_id, mm_request_id) = 1)`.execute(
    db,
  );

  for (const [table, machine] of [
    ["mm_events", "mm_event"],
    ["mm_registrations", "mm_registration"],
    ["mm_requests", "mm_request"],
  ] as const)
    await sql`CREATE TRIGGER ${sql.raw(`${table}_lifecycle`)} BEFORE UPDATE OF status ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION enforce_lifecycle(${sql.lit(machine)})`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM sd_outcomes WHERE mm_request_id IS NOT NULL`.execute(db);
  await sql`ALTER TABLE sd_outcomes DROP CONSTRAINT sd_outcomes_one_source, DROP COLUMN mm_request_id,
      ALTER COLUMN expression_id SET NOT NULL`.execute(db);
  await sql`DROP TABLE mm_feedback, mm_table_bookings, mm_bookings, mm_requests, mm_roadshows,
      mm_registration_items, mm_attendees, mm_registrations, mm_sessions, mm_tables, mm_slots, mm_blocks,
      mm_events CASCADE`.execute(db);
}
