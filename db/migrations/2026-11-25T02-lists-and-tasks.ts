import { sql, type Kysely } from "kysely";

// Frozen once landed: a later change to the schema is a new migration file.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("policies")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("issuer", "text", (c) => c.notNull())
    .addColumn("effective_from", "date", (c) => c.notNull())
    .addColumn("effective_to", "date", (c) => c.notNull())
    .addColumn("rate_bp", "integer", (c) => c.notNull().check(sql`rate_bp > 0 AND rate_bp <= 10000`))
    .addColumn("cap_fen", "bigint", (c) => c.notNull().check(sql`cap_fen > 0`))
    .addColumn("clause", "text", (c) => c.notNull())
    .addColumn("is_demo", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("policies_window", sql`effective_from <= effective_to`)
    .execute();

  // The real policy the platform was built for: 武汉市人民政府, 2022, clause 三(六).
  await db
    .insertInto("policies")
    .values({
      code: "WH-DE-2022",
      title: "武汉市支持数字经济加快发展若干政策",
      issuer: "武汉市人民政府",
      effective_from: "2022-06-01",
      effective_to: "2025-05-31",
      rate_bp: 3000,
      cap_fen: 200_000_000,
      clause: "三(六)",
      is_demo: false,
    })
    .execute();

  await db.schema
    .createTable("lists")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("year", "integer", (c) => c.notNull().check(sql`year BETWEEN 2000 AND 2100`))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind IN ('scenario', 'supply_demand')`))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("policy_id", "bigint", (c) => c.notNull().references("policies.id"))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("draft")
        .check(sql`status IN ('draft', 'published', 'closed')`),
    )
    .addColumn("notice_days", "integer", (c) =>
      c
        .notNull()
        .defaultTo(7)
        .check(sql`notice_days BETWEEN 1 AND 60`),
    )
    .addColumn("max_bids_per_org", "integer", (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`max_bids_per_org BETWEEN 1 AND 50`),
    )
    .addColumn("max_consortium_members", "integer", (c) =>
      c
        .notNull()
        .defaultTo(5)
        .check(sql`max_consortium_members BETWEEN 1 AND 50`),
    )
    .addColumn("published_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("lists_year_idx").on("lists").columns(["year", "kind"]).execute();

  await db.schema
    .createTable("task_code_counters")
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("domain", "text", (c) => c.notNull())
    .addColumn("last_serial", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("task_code_counters_pk", ["year", "domain"])
    .execute();

  await db.schema
    .createTable("tasks")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("list_id", "bigint", (c) => c.notNull().references("lists.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("domain", "text", (c) => c.notNull())
    .addColumn("demand_unit", "text", (c) => c.notNull())
    .addColumn("district", "text", (c) => c.notNull())
    .addColumn("scenario_need", "text", (c) => c.notNull())
    .addColumn("goals", "text", (c) => c.notNull())
    .addColumn("eligibility", "text", (c) => c.notNull())
    .addColumn("indicative_investment_fen", "bigint", (c) =>
      c.notNull().check(sql`indicative_investment_fen >= 0`),
    )
    .addColumn("bid_deadline", "timestamptz", (c) => c.notNull())
    .addColumn("max_winners", "integer", (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`max_winners BETWEEN 1 AND 20`),
    )
    .addColumn("contact_name", "text", (c) => c.notNull())
    .addColumn("contact_phone", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("draft")
        .check(
          sql`status IN ('draft', 'published', 'bidding_closed', 'under_review', 'selected', 'notice', 'in_progress', 'completion_submitted', 'assessing', 'succeeded', 'failed', 'cancelled')`,
        ),
    )
    .addColumn("cancel_reason", "text")
    .addColumn("published_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("tasks_list_idx").on("tasks").column("list_id").execute();
  await db.schema
    .createIndex("tasks_open_deadline_idx")
    .on("tasks")
    .column("bid_deadline")
    .where(sql.ref("status"), "=", "published")
    .execute();

  await db.schema
    .createTable("task_indicators")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("task_id", "bigint", (c) => c.notNull().references("tasks.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("measurement", "text", (c) => c.notNull())
    .addColumn("weight", "integer", (c) => c.notNull().check(sql`weight BETWEEN 0 AND 100`))
    .addColumn("veto", "boolean", (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint("task_indicators_position", ["task_id", "position"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["task_indicators", "tasks", "task_code_counters", "lists", "policies"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
