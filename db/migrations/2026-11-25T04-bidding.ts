import { sql, type Kysely } from "kysely";

// Frozen once landed: a later change to the schema is a new migration file.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("bids")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("task_id", "bigint", (c) => c.notNull().references("tasks.id"))
    .addColumn("lead_org_id", "bigint", (c) => c.notNull().references("organizations.id"))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("draft")
        .check(sql`status IN ('draft', 'submitted', 'withdrawn', 'selected', 'not_selected')`),
    )
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("proposal", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("planned_investment_fen", "bigint", (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`planned_investment_fen >= 0`),
    )
    .addColumn("investment_breakdown", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("milestones", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("team", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("indicator_responses", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("created_by", "bigint", (c) => c.notNull().references("users.id"))
    .addColumn("submitted_at", "timestamptz")
    .addColumn("withdrawn_at", "timestamptz")
    .addColumn("decided_at", "timestamptz")
    .addColumn("decided_by", "bigint", (c) => c.references("users.id"))
    .addColumn("decision_reason", "text")
    .addColumn("staff_note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("shortlisted", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    // One bid per lead organization and task: a double-clicked "bid" button cannot make two.
    .addUniqueConstraint("bids_task_lead_unique", ["task_id", "lead_org_id"])
    .execute();
  await db.schema.createIndex("bids_task_idx").on("bids").columns(["task_id", "status"]).execute();

  await db.schema
    .createTable("consortium_members")
    .addColumn("bid_id", "bigint", (c) => c.notNull().references("bids.id").onDelete("cascade"))
    .addColumn("organization_id", "bigint", (c) => c.notNull().references("organizations.id"))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role IN ('lead', 'member')`))
    .addColumn("share_bp", "integer", (c) => c.notNull().check(sql`share_bp BETWEEN 0 AND 10000`))
    .addColumn("work_division", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status IN ('invited', 'accepted', 'declined')`))
    .addColumn("invited_by", "bigint", (c) => c.notNull().references("users.id"))
    .addColumn("invited_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("responded_by", "bigint", (c) => c.references("users.id"))
    .addColumn("responded_at", "timestamptz")
    .addPrimaryKeyConstraint("consortium_members_pk", ["bid_id", "organization_id"])
    .addCheckConstraint("consortium_lead_accepted", sql`role <> 'lead' OR status = 'accepted'`)
    .execute();
  await sql`CREATE UNIQUE INDEX consortium_one_lead ON consortium_members (bid_id) WHERE role = 'lead'`.execute(
    db,
  );
  await db.schema
    .createIndex("consortium_members_org_idx")
    .on("consortium_members")
    .column("organization_id")
    .execute();

  // Uploaded files: the bytes live in the storage backend, the facts here. Each belongs to a bid or an objection.
  await db.schema
    .createTable("attachments")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("storage_key", "text", (c) => c.notNull().unique())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull().check(sql`size_bytes > 0`))
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("bid_id", "bigint", (c) => c.references("bids.id").onDelete("cascade"))
    .addColumn("objection_id", "bigint")
    .addColumn("uploaded_by", "bigint", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("attachments_one_owner", sql`num_nonnulls(bid_id, objection_id) = 1`)
    .execute();
  await db.schema.createIndex("attachments_bid_idx").on("attachments").column("bid_id").execute();

  await db.schema
    .createTable("notices")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("task_id", "bigint", (c) => c.notNull().references("tasks.id"))
    .addColumn("starts_at", "timestamptz", (c) => c.notNull())
    .addColumn("ends_at", "timestamptz", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("open")
        .check(sql`status IN ('open', 'final', 'revoked')`),
    )
    .addColumn("finalized_at", "timestamptz")
    .addColumn("created_by", "bigint", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("notices_window", sql`starts_at < ends_at`)
    .execute();
  await sql`CREATE UNIQUE INDEX notices_one_live_per_task ON notices (task_id) WHERE status <> 'revoked'`.execute(
    db,
  );

  await db.schema
    .createTable("objections")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("notice_id", "bigint", (c) => c.notNull().references("notices.id"))
    .addColumn("bid_id", "bigint", (c) => c.notNull().references("bids.id"))
    .addColumn("filed_by", "bigint", (c) => c.notNull().references("users.id"))
    .addColumn("reasons", "text", (c) => c.notNull())
    .addColumn("evidence", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("pending")
        .check(sql`status IN ('pending', 'upheld', 'dismissed')`),
    )
    .addColumn("resolution", "text")
    .addColumn("resolved_by", "bigint", (c) => c.references("users.id"))
    .addColumn("resolved_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      "objections_resolution",
      sql`(status = 'pending') = (resolved_at IS NULL) AND (status = 'pending' OR resolution IS NOT NULL)`,
    )
    .execute();
  await db.schema.createIndex("objections_notice_idx").on("objections").column("notice_id").execute();
  // One pending objection per person and winner: filing the same again would only notify everyone again.
  await sql`CREATE UNIQUE INDEX objections_one_pending ON objections (notice_id, bid_id, filed_by)
    WHERE status = 'pending'`.execute(db);
  await sql`ALTER TABLE attachments ADD CONSTRAINT attachments_objection_fk
    FOREIGN KEY (objection_id) REFERENCES objections (id) ON DELETE CASCADE`.execute(db);

  await db.schema
    .createTable("projects")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("task_id", "bigint", (c) => c.notNull().references("tasks.id"))
    .addColumn("bid_id", "bigint", (c) => c.notNull().unique().references("bids.id"))
    .addColumn("lead_org_id", "bigint", (c) => c.notNull().references("organizations.id"))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("in_progress"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // In-app notification centre; the mail columns make each row its own outbox entry for e-mail delivery.
  await db.schema
    .createTable("notifications")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("user_id", "bigint", (c) => c.notNull().references("users.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("params", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("link", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("read_at", "timestamptz")
    .addColumn("mail_sent_at", "timestamptz")
    .addColumn("mail_attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("mail_next_attempt_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("mail_error", "text")
    .execute();
  await sql`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`.execute(
    db,
  );
  await sql`CREATE INDEX notifications_mail_pending_idx ON notifications (mail_next_attempt_at, id)
    WHERE mail_sent_at IS NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "notifications",
    "projects",
    "attachments",
    "objections",
    "notices",
    "consortium_members",
    "bids",
  ]) {
    await db.schema.dropTable(table).ifExists().cascade().execute();
  }
}
