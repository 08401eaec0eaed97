import { sql, type Kysely } from "kysely";

// Frozen once landed: a later change to the schema is a new migration file.
export async function up(db: Kysely<any>): Promise<void> {
  // The expert pool: an assessor's domains and affiliation (the organization, when registered here).
  await db.schema
    .createTable("assessor_profiles")
    .addColumn("user_id", "bigint", (c) => c.primaryKey().references("users.id"))
    .addColumn("affiliation", "text", (c) => c.notNull())
    .addColumn("affiliation_org_id", "bigint", (c) => c.references("organizations.id"))
    .addColumn("domains", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .execute();

  // Declared conflicts of interest: with an organization (standing) or with one project.
  await db.schema
    .createTable("conflicts")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("user_id", "bigint", (c) => c.notNull().references("users.id"))
    .addColumn("organization_id", "bigint", (c) => c.references("organizations.id"))
    .addColumn("project_id", "bigint", (c) => c.references("projects.id"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("declared_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("conflicts_one_subject", sql`num_nonnulls(organization_id, project_id) = 1`)
    .execute();
  await db.schema.createIndex("conflicts_user_idx").on("conflicts").column("user_id").execute();

  await sql`ALTER TABLE projects ADD CONSTRAINT projects_status CHECK
    (status IN ('in_progress', 'completion_submitted', 'assessing', 'succeeded', 'failed'))`.execute(db);

  await db.schema
    .createTable("completion_reports")
    .addColumn("project_id", "bigint", (c) => c.primaryKey().references("projects.id"))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("draft")
        .check(sql`status IN ('draft', 'submitted', 'returned', 'accepted')`),
    )
    .addColumn("actual_investment_fen", "bigint", (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`actual_investment_fen >= 0`),
    )
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("indicator_results", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("submitted_at", "timestamptz")
    .addColumn("checked_by", "bigint", (c) => c.references("users.id"))
    .addColumn("checked_at", "timestamptz")
    .addColumn("return_reason", "text")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("investment_evidence")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("project_id", "bigint", (c) =>
      c.notNull().references("completion_reports.project_id").onDelete("cascade"),
    )
    .addColumn("spent_on", "date", (c) => c.notNull())
    .addColumn("counterparty", "text", (c) => c.notNull())
    .addColumn("reference", "text", (c) => c.notNull())
    .addColumn("amount_fen", "bigint", (c) => c.notNull().check(sql`amount_fen > 0`))
    .addColumn("attachment_id", "bigint", (c) => c.references("attachments.id"))
    .execute();
  await db.schema
    .createIndex("investment_evidence_project_idx")
    .on("investment_evidence")
    .column("project_id")
    .execute();

  // Evidence files belong to a completion report.
  await sql`ALTER TABLE attachments ADD COLUMN project_id bigint REFERENCES projects (id)`.execute(db);
  await sql`ALTER TABLE attachments DROP CONSTRAINT attachments_one_owner`.execute(db);
  await sql`ALTER TABLE attachments ADD CONSTRAINT attachments_one_owner
    CHECK (num_nonnulls(bid_id, objection_id, project_id) = 1)`.execute(db);

  await db.schema
    .createTable("assessments")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("project_id", "bigint", (c) => c.notNull().references("projects.id"))
    .addColumn("assessor_id", "bigint", (c) => c.notNull().references("users.id"))
    .addColumn("method", "text", (c) => c.notNull().check(sql`method IN ('manual', 'draw')`))
    .addColumn("assigned_by", "bigint", (c) => c.notNull().references("users.id"))
    .addColumn("assigned_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("assigned")
        .check(sql`status IN ('assigned', 'declared', 'conflicted', 'submitted')`),
    )
    .addColumn("declared_at", "timestamptz")
    .addColumn("submitted_at", "timestamptz")
    // Weighted score in hundredths of a point (0–10000), so 87.35 is stored exactly.
    .addColumn("score_centi", "integer", (c) => c.check(sql`score_centi BETWEEN 0 AND 10000`))
    .addColumn("veto_raised", "boolean", (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint("assessments_once", ["project_id", "assessor_id"])
    .execute();
  await db.schema.createIndex("assessments_assessor_idx").on("assessments").column("assessor_id").execute();

  await db.schema
    .createTable("assessment_scores")
    .addColumn("assessment_id", "bigint", (c) => c.notNull().references("assessments.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("score", "integer", (c) => c.notNull().check(sql`score BETWEEN 0 AND 100`))
    .addColumn("veto", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("comment", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("assessment_scores_pk", ["assessment_id", "position"])
    .execute();

  // The project's result as staff finalized it; an override keeps the computed figures beside it.
  await db.schema
    .createTable("project_results")
    .addColumn("project_id", "bigint", (c) => c.primaryKey().references("projects.id"))
    .addColumn("computed_score_centi", "integer", (c) => c.notNull())
    .addColumn("computed_passed", "boolean", (c) => c.notNull())
    .addColumn("method", "text", (c) => c.notNull().check(sql`method IN ('mean', 'trimmed_mean')`))
    .addColumn("assessor_count", "integer", (c) => c.notNull())
    .addColumn("score_centi", "integer", (c) => c.notNull())
    .addColumn("passed", "boolean", (c) => c.notNull())
    .addColumn("override_reason", "text")
    .addColumn("finalized_by", "bigint", (c) => c.notNull().references("users.id"))
    .addColumn("finalized_at", "timestamptz", (c) => c.notNull())
    .execute();

  // 就高不重复: support already granted by other city policies to the same enterprise for the same project.
  await db.schema
    .createTable("other_support")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("project_id", "bigint", (c) => c.notNull().references("projects.id"))
    .addColumn("policy_name", "text", (c) => c.notNull())
    .addColumn("amount_fen", "bigint", (c) => c.notNull().check(sql`amount_fen > 0`))
    .addColumn("granted_on", "date", (c) => c.notNull())
    .addColumn("reference", "text", (c) => c.notNull())
    .addColumn("recorded_by", "bigint", (c) => c.notNull().references("users.id"))
    .addColumn("recorded_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    // The same grant recorded twice would be deducted twice.
    .addUniqueConstraint("other_support_once", ["project_id", "reference"])
    .execute();

  await db.schema
    .createTable("awards")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("project_id", "bigint", (c) => c.notNull().unique().references("projects.id"))
    .addColumn("policy_id", "bigint", (c) => c.notNull().references("policies.id"))
    .addColumn("basis_fen", "bigint", (c) => c.notNull().check(sql`basis_fen > 0`))
    .addColumn("rate_bp", "integer", (c) => c.notNull())
    .addColumn("raw_fen", "bigint", (c) => c.notNull())
    .addColumn("cap_fen", "bigint", (c) => c.notNull())
    .addColumn("capped_fen", "bigint", (c) => c.notNull())
    .addColumn("other_support_fen", "bigint", (c) => c.notNull())
    .addColumn("payable_fen", "bigint", (c) => c.notNull().check(sql`payable_fen >= 0`))
    .addColumn("bound_by", "text", (c) => c.notNull().check(sql`bound_by IN ('rate', 'cap', 'other')`))
    .addColumn("explanation_zh", "text", (c) => c.notNull())
    .addColumn("explanation_en", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("computed")
        .check(sql`status IN ('computed', 'approved', 'disbursing', 'disbursed')`),
    )
    .addColumn("computed_by", "bigint", (c) => c.notNull().references("users.id"))
    .addColumn("computed_at", "timestamptz", (c) => c.notNull())
    .addColumn("approved_by", "bigint", (c) => c.references("users.id"))
    .addColumn("approved_at", "timestamptz")
    .addCheckConstraint("awards_payable_within_cap", sql`payable_fen <= capped_fen AND capped_fen <= cap_fen`)
    // The two-person rule, in the database as well as in the service.
    .addCheckConstraint("awards_two_person", sql`approved_by IS NULL OR approved_by <> computed_by`)
    .execute();

  await db.schema
    .createTable("award_splits")
    .addColumn("award_id", "bigint", (c) => c.notNull().references("awards.id").onDelete("cascade"))
    .addColumn("organization_id", "bigint", (c) => c.notNull().references("organizations.id"))
    .addColumn("share_bp", "integer", (c) => c.notNull())
    .addColumn("amount_fen", "bigint", (c) => c.notNull().check(sql`amount_fen >= 0`))
    .addPrimaryKeyConstraint("award_splits_pk", ["award_id", "organization_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "award_splits",
    "awards",
    "other_support",
    "project_results",
    "assessment_scores",
    "assessments",
    "investment_evidence",
    "completion_reports",
    "conflicts",
    "assessor_profiles",
  ]) {
    await db.schema.dropTable(table).ifExists().cascade().execute();
  }
  await sql`ALTER TABLE attachments DROP CONSTRAINT IF EXISTS attachments_one_owner`.execute(db);
  await sql`ALTER TABLE attachments DROP COLUMN IF EXISTS project_id`.execute(db);
  await sql`ALTER TABLE attachments ADD CONSTRAINT attachments_one_owner CHECK (num_nonnulls(bid_id, objection_id) = 1)`.execute(
    db,
  );
  await sql`ALTER TABLE projects DROP CONSTRAINT IF EXISTS projects_status`.execute(db);
}
