import { sql, type Kysely } from "kysely";

/**
 * Paying awards (issue 15): the programme budget per year, a double-entry ledger, payouts (one per consortium
 * member of an approved award) on a rail (bank or Stripe), their timeline, bank accounts, payment batches, Stripe
 * connected accounts and webhook events, reconciliation runs.
 *
 * The ledger is append-only like the audit trail (same trigger function), and every posting balances: a DEFERRED
 * constraint trigger checks at commit that each posting's entries sum to zero (debits positive, credits negative),
 * so no code path can leave a one-sided posting behind.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Finance staff: a capability of staff (the user holds both roles).
  await sql`ALTER TABLE platform_roles DROP CONSTRAINT platform_roles_role_check`.execute(db);
  await sql`ALTER TABLE platform_roles ADD CONSTRAINT platform_roles_role_check
    CHECK (role IN ('staff', 'assessor', 'finance'))`.execute(db);

  await sql`CREATE TABLE budgets (
    year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE TABLE budget_appropriations (
    id bigserial PRIMARY KEY,
    year integer NOT NULL REFERENCES budgets(year),
    amount_fen bigint NOT NULL CHECK (amount_fen > 0),
    document_ref text NOT NULL CHECK (length(btrim(document_ref)) BETWEEN 1 AND 200),
    recorded_by bigint NOT NULL REFERENCES users(id),
    recorded_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);

  await sql`CREATE TABLE bank_accounts (
    organization_id bigint PRIMARY KEY REFERENCES organizations(id),
    account_name text NOT NULL CHECK (length(account_name) BETWEEN 1 AND 200),
    bank_name text NOT NULL CHECK (length(bank_name) BETWEEN 1 AND 200),
    account_number text NOT NULL CHECK (account_number ~ '^[0-9]{8,30}$'),
    updated_by bigint NOT NULL REFERENCES users(id),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);

  await sql`CREATE TABLE payment_batches (
    id bigserial PRIMARY KEY,
    rail text NOT NULL DEFAULT 'bank' CHECK (rail = 'bank'),
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'exported', 'closed')),
    created_by bigint NOT NULL REFERENCES users(id),
    created_at timestamptz NOT NULL DEFAULT now(),
    exported_by bigint REFERENCES users(id),
    exported_at timestamptz,
    closed_at timestamptz
  )`.execute(db);

  await sql`CREATE TABLE stripe_accounts (
    organization_id bigint PRIMARY KEY REFERENCES organizations(id),
    account_id text NOT NULL UNIQUE CHECK (account_id ~ '^acct_[A-Za-z0-9]+$'),
    details_submitted boolean NOT NULL DEFAULT false,
    payouts_enabled boolean NOT NULL DEFAULT false,
    transfers_active boolean NOT NULL DEFAULT false,
    created_by bigint NOT NULL REFERENCES users(id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);

  await sql`CREATE TABLE payouts (
    id bigserial PRIMARY KEY,
    award_id bigint NOT NULL REFERENCES awards(id),
    organization_id bigint NOT NULL REFERENCES organizations(id),
    amount_fen bigint NOT NULL CHECK (amount_fen > 0),
    status text NOT NULL DEFAULT 'pending'
      CHECK (status IN ('pending', 'scheduled', 'processing', 'paid', 'failed', 'returned')),
    rail text CHECK (rail IN ('bank', 'stripe')),
    batch_id bigint REFERENCES payment_batches(id),
    -- The account the money was sent to, as it was when the payout was scheduled (the bank account may change later).
    bank_account_name text,
    bank_name text,
    bank_account_number text,
    bank_reference text,
    recorded_by bigint REFERENCES users(id),
    recorded_at timestamptz,
    confirmed_by bigint REFERENCES users(id),
    confirmed_at timestamptz,
    stripe_transfer_id text UNIQUE,
    idempotency_key text UNIQUE,
    idempotency_key_at timestamptz,
    attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    failure_reason text,
    paid_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT payouts_once_per_member UNIQUE (award_id, organization_id),
    -- The two-person rule, in the database as well as in the service.
    CONSTRAINT payouts_two_person CHECK (confirmed_by IS NULL OR confirmed_by <> recorded_by)
  )`.execute(db);
  await sql`CREATE INDEX payouts_organization_idx ON payouts (organization_id)`.execute(db);
  await sql`CREATE INDEX payouts_batch_idx ON payouts (batch_id)`.execute(db);
  await sql`CREATE INDEX payouts_status_idx ON payouts (status)`.execute(db);
  await sql`CREATE TRIGGER payouts_lifecycle BEFORE UPDATE OF status ON payouts
    FOR EACH ROW EXECUTE FUNCTION enforce_lifecycle('payout')`.execute(db);

  await sql`CREATE TABLE payout_steps (
    id bigserial PRIMARY KEY,
    payout_id bigint NOT NULL REFERENCES payouts(id),
    from_status text,
    to_status text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    actor_user_id bigint REFERENCES users(id),
    detail jsonb NOT NULL DEFAULT '{}'
  )`.execute(db);
  await sql`CREATE INDEX payout_steps_payout_idx ON payout_steps (payout_id, id)`.execute(db);

  await sql`ALTER TABLE attachments ADD COLUMN payout_id bigint REFERENCES payouts(id)`.execute(db);
  await sql`ALTER TABLE attachments DROP CONSTRAINT attachments_one_owner,
      ADD CONSTRAINT attachments_one_owner
      CHECK (num_nonnulls(bid_id, objection_id, project_id, sd_item_id, sd_outcome_id, payout_id) = 1)`.execute(
    db,
  );

  await sql`CREATE TABLE stripe_events (
    id text PRIMARY KEY CHECK (id ~ '^evt_[A-Za-z0-9]+$'),
    type text NOT NULL,
    account text,
    created_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    payout_id bigint REFERENCES payouts(id)
  )`.execute(db);

  await sql`CREATE TABLE ledger_postings (
    id bigserial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('appropriate', 'approve', 'send', 'settle', 'fail', 'return')),
    year integer REFERENCES budgets(year),
    award_id bigint REFERENCES awards(id),
    payout_id bigint REFERENCES payouts(id),
    memo text NOT NULL DEFAULT '',
    posted_by bigint REFERENCES users(id),
    stripe_event_id text REFERENCES stripe_events(id),
    posted_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE TABLE ledger_entries (
    id bigserial PRIMARY KEY,
    posting_id bigint NOT NULL REFERENCES ledger_postings(id),
    account text NOT NULL
      CHECK (account ~ '^(budget:[0-9]{4}|appropriation:[0-9]{4}|award_payable:[0-9]+|paid:[0-9]+|clearing:(bank|stripe))$'),
    amount_fen bigint NOT NULL CHECK (amount_fen <> 0),
    award_id bigint REFERENCES awards(id),
    payout_id bigint REFERENCES payouts(id)
  )`.execute(db);
  await sql`CREATE INDEX ledger_entries_posting_idx ON ledger_entries (posting_id)`.execute(db);
  await sql`CREATE INDEX ledger_entries_account_idx ON ledger_entries (account)`.execute(db);
  await sql`CREATE INDEX ledger_entries_award_idx ON ledger_entries (award_id)`.execute(db);
  await sql`CREATE INDEX ledger_postings_payout_idx ON ledger_postings (payout_id)`.execute(db);

  await sql`CREATE FUNCTION ledger_posting_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      -- The column naming the posting: 'id' on ledger_postings, 'posting_id' on ledger_entries.
      posting bigint := (to_jsonb(NEW) ->> TG_ARGV[0])::bigint;
      entries integer;
      total numeric;
    BEGIN
      SELECT count(*), coalesce(sum(amount_fen), 0) INTO entries, total FROM ledger_entries WHERE posting_id = posting;
      IF entries < 2 OR total <> 0 THEN
        RAISE EXCEPTION 'ledger posting % is not balanced: % entries summing to % fen', posting, entries, total
          USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_posting_balanced';
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE CONSTRAINT TRIGGER ledger_postings_balanced AFTER INSERT ON ledger_postings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_posting_balanced('id')`.execute(db);
  await sql`CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_posting_balanced('posting_id')`.execute(
    db,
  );

  for (const table of ["budget_appropriations", "ledger_postings", "ledger_entries", "payout_steps"]) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_append_only`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_truncate`)} BEFORE TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`.execute(db);
  }

  await sql`CREATE TABLE reconciliation_runs (
    id bigserial PRIMARY KEY,
    started_at timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    rails text[] NOT NULL,
    checked integer NOT NULL,
    differences jsonb NOT NULL,
    run_by bigint REFERENCES users(id)
  )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE attachments DROP CONSTRAINT attachments_one_owner`.execute(db);
  await sql`DELETE FROM attachments WHERE payout_id IS NOT NULL`.execute(db);
  await sql`ALTER TABLE attachments DROP COLUMN payout_id, ADD CONSTRAINT attachments_one_owner
      CHECK (num_nonnulls(bid_id, objection_id, project_id, sd_item_id, sd_outcome_id) = 1)`.execute(db);
  await sql`DROP TABLE reconciliation_runs, ledger_entries, ledger_postings, stripe_events, payout_steps, payouts,
      stripe_accounts, payment_batches, bank_accounts, budget_appropriations, budgets CASCADE`.execute(db);
  await sql`DROP FUNCTION ledger_posting_balanced()`.execute(db);
  await sql`DELETE FROM platform_roles WHERE role = 'finance'`.execute(db);
  await sql`ALTER TABLE platform_roles DROP CONSTRAINT platform_roles_role_check`.execute(db);
  await sql`ALTER TABLE platform_roles ADD CONSTRAINT platform_roles_role_check
    CHECK (role IN ('staff', 'assessor'))`.execute(db);
}
