import { sql, type Kysely } from "kysely";

/**
 * The supply–demand list (issue 13): items and their revisions, reviewers' scopes, batches of the annual list,
 * the showcase, expressions of interest and their outcomes, saved searches. Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Staff gain an agency (reviews every item) or a district (reviews the items of that district only).
  await sql`
    CREATE TABLE staff_scopes (
      user_id bigint PRIMARY KEY REFERENCES users(id),
      agency text CHECK (agency IN ('data_bureau', 'economy_bureau')),
      district text,
      CONSTRAINT staff_scopes_one CHECK ((agency IS NULL) <> (district IS NULL))
    )`.execute(db);

  await sql`
    CREATE TABLE sd_code_counters (
      kind text NOT NULL CHECK (kind IN ('demand', 'supply')),
      year integer NOT NULL,
      last_serial integer NOT NULL CHECK (last_serial BETWEEN 0 AND 9999),
      PRIMARY KEY (kind, year)
    )`.execute(db);

  await sql`
    CREATE TABLE sd_items (
      id bigserial PRIMARY KEY,
      code text NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN ('demand', 'supply')),
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      organization_id bigint NOT NULL REFERENCES organizations(id),
      created_by bigint NOT NULL REFERENCES users(id),
      status text NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'published', 'returned', 'rejected', 'closed')),
      close_reason text CHECK (close_reason IN ('fulfilled', 'withdrawn', 'expired', 'duplicate')),
      closed_at timestamptz,
      duplicate_of_id bigint REFERENCES sd_items(id),
      published_revision_id bigint,
      latest_revision_id bigint,
      published_at timestamptz,
      expires_at timestamptz,
      expiry_reminded_at timestamptz,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT sd_items_closed CHECK ((status = 'closed') = (close_reason IS NOT NULL)),
      CONSTRAINT sd_items_duplicate CHECK ((close_reason = 'duplicate') = (duplicate_of_id IS NOT NULL)),
      CONSTRAINT sd_items_not_own_duplicate CHECK (duplicate_of_id <> id)
    )`.execute(db);
  await sql`CREATE INDEX sd_items_organization ON sd_items (organization_id)`.execute(db);
  await sql`CREATE INDEX sd_items_expiry ON sd_items (expires_at) WHERE status = 'published'`.execute(db);

  await sql`
    CREATE TABLE sd_revisions (
      id bigserial PRIMARY KEY,
      item_id bigint NOT NULL REFERENCES sd_items(id),
      number integer NOT NULL CHECK (number >= 1),
      status text NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'approved', 'returned', 'rejected', 'superseded')),
      title text NOT NULL,
      summary text NOT NULL,
      description text NOT NULL,
      domain text NOT NULL,
      tags jsonb NOT NULL DEFAULT '[]',
      district text,
      category text CHECK (category IN ('digital_economy', 'digital_government')),
      expected_outcome text,
      budget_min_fen bigint CHECK (budget_min_fen >= 0),
      budget_max_fen bigint CHECK (budget_max_fen >= 0),
      wanted_by date,
      supply_kind text CHECK (supply_kind IN ('product', 'solution', 'service', 'technology')),
      maturity text CHECK (maturity IN ('concept', 'prototype', 'pilot', 'product', 'deployed')),
      deployed_customers integer CHECK (deployed_customers >= 1),
      reference_cases text,
      districts_served jsonb NOT NULL DEFAULT '[]',
      price_min_fen bigint CHECK (price_min_fen >= 0),
      price_max_fen bigint CHECK (price_max_fen >= 0),
      contact_name text NOT NULL,
      contact_phone text NOT NULL,
      contact_email text NOT NULL,
      review_reason text,
      reviewed_by bigint REFERENCES users(id),
      reviewed_at timestamptz,
      submitted_at timestamptz,
      created_by bigint NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (item_id, number),
      CONSTRAINT sd_revisions_budget CHECK (budget_min_fen IS NULL OR budget_max_fen IS NULL OR budget_min_fen <= budget_max_fen),
      CONSTRAINT sd_revisions_price CHECK (price_min_fen IS NULL OR price_max_fen IS NULL OR price_min_fen <= price_max_fen),
      CONSTRAINT sd_revisions_reason CHECK (status NOT IN ('returned', 'rejected') OR review_reason IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX sd_revisions_queue ON sd_revisions (submitted_at) WHERE status = 'submitted'`.execute(
    db,
  );
  await sql`ALTER TABLE sd_items
      ADD CONSTRAINT sd_items_published_revision FOREIGN KEY (published_revision_id) REFERENCES sd_revisions(id),
      ADD CONSTRAINT sd_items_latest_revision FOREIGN KEY (latest_revision_id) REFERENCES sd_revisions(id)`.execute(
    db,
  );

  // Attachments (PDF) of an item, and a contract's scan.
  await sql`ALTER TABLE attachments ADD COLUMN sd_item_id bigint REFERENCES sd_items(id)`.execute(db);

  // A challenge task made from a published demand carries its provenance.
  await sql`ALTER TABLE tasks ADD COLUMN source_sd_item_id bigint REFERENCES sd_items(id)`.execute(db);
  await sql`CREATE UNIQUE INDEX tasks_source_sd_item ON tasks (source_sd_item_id) WHERE source_sd_item_id IS NOT NULL`.execute(
    db,
  );

  await sql`
    CREATE TABLE sd_batches (
      id bigserial PRIMARY KEY,
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      number integer NOT NULL CHECK (number >= 1),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
      composed_by bigint NOT NULL REFERENCES users(id),
      published_by bigint REFERENCES users(id),
      published_on date,
      published_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (year, number),
      CONSTRAINT sd_batches_two_signatures CHECK (status = 'draft' OR (published_by IS NOT NULL AND published_by <> composed_by AND published_at IS NOT NULL AND published_on IS NOT NULL))
    )`.execute(db);
  await sql`
    CREATE TABLE sd_batch_items (
      batch_id bigint NOT NULL REFERENCES sd_batches(id),
      item_id bigint NOT NULL UNIQUE REFERENCES sd_items(id),
      revision_id bigint NOT NULL REFERENCES sd_revisions(id),
      position integer NOT NULL,
      PRIMARY KEY (batch_id, item_id)
    )`.execute(db);
  // A published batch is frozen: its rows and its membership never change again, whoever tries.
  await sql`
    CREATE FUNCTION sd_batch_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE batch bigint;
    BEGIN
      IF TG_TABLE_NAME = 'sd_batches' THEN
        IF OLD.status = 'published' THEN
          RAISE EXCEPTION 'sd batch %: a published batch is frozen', OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'sd_batch_frozen';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END IF;
      FOR batch IN SELECT DISTINCT b FROM (VALUES (CASE WHEN TG_OP <> 'INSERT' THEN OLD.batch_id END),
                                                  (CASE WHEN TG_OP <> 'DELETE' THEN NEW.batch_id END)) v(b)
                    WHERE b IS NOT NULL LOOP
        IF EXISTS (SELECT 1 FROM sd_batches WHERE id = batch AND status = 'published') THEN
          RAISE EXCEPTION 'sd batch %: a published batch is frozen', batch
            USING ERRCODE = 'check_violation', CONSTRAINT = 'sd_batch_frozen';
        END IF;
      END LOOP;
      RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END $$`.execute(db);
  await sql`CREATE TRIGGER sd_batches_frozen BEFORE UPDATE OR DELETE ON sd_batches
      FOR EACH ROW EXECUTE FUNCTION sd_batch_frozen()`.execute(db);
  await sql`CREATE TRIGGER sd_batch_items_frozen BEFORE INSERT OR UPDATE OR DELETE ON sd_batch_items
      FOR EACH ROW EXECUTE FUNCTION sd_batch_frozen()`.execute(db);

  await sql`
    CREATE TABLE sd_showcase (
      id bigserial PRIMARY KEY,
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      theme text NOT NULL CHECK (theme IN ('scenario', 'product', 'application')),
      item_id bigint REFERENCES sd_items(id),
      task_id bigint REFERENCES tasks(id),
      citation_zh text NOT NULL,
      citation_en text NOT NULL,
      featured_by bigint NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT sd_showcase_one_subject CHECK ((item_id IS NULL) <> (task_id IS NULL))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX sd_showcase_item ON sd_showcase (year, item_id) WHERE item_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE UNIQUE INDEX sd_showcase_task ON sd_showcase (year, task_id) WHERE task_id IS NOT NULL`.execute(
    db,
  );

  await sql`
    CREATE TABLE sd_expressions (
      id bigserial PRIMARY KEY,
      target_item_id bigint NOT NULL REFERENCES sd_items(id),
      from_organization_id bigint NOT NULL REFERENCES organizations(id),
      from_user_id bigint NOT NULL REFERENCES users(id),
      from_item_id bigint REFERENCES sd_items(id),
      message text NOT NULL,
      status text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn', 'expired')),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      answered_at timestamptz,
      answered_by bigint REFERENCES users(id),
      answer_note text,
      CONSTRAINT sd_expressions_not_own CHECK (from_item_id IS NULL OR from_item_id <> target_item_id)
    )`.execute(db);
  // One pending expression per pair: an organization and the item it is interested in.
  await sql`CREATE UNIQUE INDEX sd_expressions_one_pending ON sd_expressions (target_item_id, from_organization_id)
      WHERE status = 'pending'`.execute(db);
  await sql`CREATE INDEX sd_expressions_from ON sd_expressions (from_organization_id, created_at)`.execute(
    db,
  );
  await sql`CREATE INDEX sd_expressions_due ON sd_expressions (expires_at) WHERE status = 'pending'`.execute(
    db,
  );

  await sql`
    CREATE TABLE sd_outcomes (
      id bigserial PRIMARY KEY,
      expression_id bigint NOT NULL REFERENCES sd_expressions(id),
      kind text NOT NULL CHECK (kind IN ('intent', 'contract', 'failed')),
      amount_fen bigint CHECK (amount_fen > 0),
      signed_on date,
      reason text,
      recorded_by bigint NOT NULL REFERENCES users(id),
      recorded_by_organization_id bigint NOT NULL REFERENCES organizations(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT sd_outcomes_contract CHECK (kind <> 'contract' OR (amount_fen IS NOT NULL AND signed_on IS NOT NULL)),
      CONSTRAINT sd_outcomes_failed CHECK (kind <> 'failed' OR reason IS NOT NULL)
    )`.execute(db);
  await sql`ALTER TABLE attachments ADD COLUMN sd_outcome_id bigint REFERENCES sd_outcomes(id)`.execute(db);
  // A file belongs to exactly one thing, now including items and outcomes.
  await sql`ALTER TABLE attachments DROP CONSTRAINT attachments_one_owner,
      ADD CONSTRAINT attachments_one_owner CHECK (num_nonnulls(bid_id, objection_id, project_id, sd_item_id, sd_outcome_id) = 1)`.execute(
    db,
  );

  await sql`
    CREATE TABLE sd_saved_searches (
      id bigserial PRIMARY KEY,
      organization_id bigint NOT NULL REFERENCES organizations(id),
      user_id bigint NOT NULL REFERENCES users(id),
      name text NOT NULL,
      query text NOT NULL DEFAULT '',
      filters jsonb NOT NULL DEFAULT '{}',
      last_digest_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  // The search index follows the items through the outbox, in the writing transaction (as tasks do).
  await sql`
    CREATE FUNCTION search_outbox_sd_item_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO search_outbox (index_uid, document_id) VALUES ('sd_items', NEW.code);
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER sd_items_search_outbox AFTER INSERT OR UPDATE ON sd_items
      FOR EACH ROW EXECUTE FUNCTION search_outbox_sd_item_changed()`.execute(db);

  for (const [table, machine] of [
    ["sd_items", "sd_item"],
    ["sd_revisions", "sd_revision"],
    ["sd_expressions", "sd_expression"],
    ["sd_batches", "sd_batch"],
  ] as const)
    await sql`CREATE TRIGGER ${sql.raw(`${table}_lifecycle`)} BEFORE UPDATE OF status ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION enforce_lifecycle(${sql.lit(machine)})`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM attachments WHERE sd_item_id IS NOT NULL OR sd_outcome_id IS NOT NULL`.execute(db);
  await sql`ALTER TABLE attachments DROP CONSTRAINT attachments_one_owner, DROP COLUMN sd_outcome_id, DROP COLUMN sd_item_id,
      ADD CONSTRAINT attachments_one_owner CHECK (num_nonnulls(bid_id, objection_id, project_id) = 1)`.execute(
    db,
  );
  await sql`ALTER TABLE tasks DROP COLUMN source_sd_item_id`.execute(db);
  await sql`DROP TABLE sd_saved_searches, sd_outcomes, sd_expressions, sd_showcase, sd_batch_items, sd_batches,
      sd_revisions, sd_items, sd_code_counters, staff_scopes CASCADE`.execute(db);
  await sql`DROP FUNCTION sd_batch_frozen()`.execute(db);
  await sql`DROP FUNCTION search_outbox_sd_item_changed()`.execute(db);
}
