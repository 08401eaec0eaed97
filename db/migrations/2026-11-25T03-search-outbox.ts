import { sql, type Kysely } from "kysely";

// Frozen once landed: a later change to the schema is a new migration file.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("search_outbox")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("index_uid", "text", (c) => c.notNull())
    .addColumn("document_id", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_error", "text")
    .addColumn("done_at", "timestamptz")
    .execute();
  await sql`CREATE INDEX search_outbox_pending_idx ON search_outbox (next_attempt_at, id) WHERE done_at IS NULL`.execute(
    db,
  );

  // A trigger, so that every write path (forms, imports, the deadline sweeper, seeds, SQL by hand) records the
  // change in the same transaction as the change itself.
  await sql`
    CREATE FUNCTION search_outbox_task_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        INSERT INTO search_outbox (index_uid, document_id) VALUES ('tasks', OLD.code);
        RETURN OLD;
      END IF;
      IF TG_OP = 'UPDATE' AND OLD.code <> NEW.code THEN
        INSERT INTO search_outbox (index_uid, document_id) VALUES ('tasks', OLD.code);
      END IF;
      INSERT INTO search_outbox (index_uid, document_id) VALUES ('tasks', NEW.code);
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER tasks_search_outbox AFTER INSERT OR UPDATE OR DELETE ON tasks
    FOR EACH ROW EXECUTE FUNCTION search_outbox_task_changed()`.execute(db);

  // A list's year and title reach its tasks' documents.
  await sql`
    CREATE FUNCTION search_outbox_list_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO search_outbox (index_uid, document_id) SELECT 'tasks', code FROM tasks WHERE list_id = NEW.id;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER lists_search_outbox AFTER UPDATE ON lists
    FOR EACH ROW WHEN (OLD.year IS DISTINCT FROM NEW.year OR OLD.title IS DISTINCT FROM NEW.title)
    EXECUTE FUNCTION search_outbox_list_changed()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS lists_search_outbox ON lists`.execute(db);
  await sql`DROP TRIGGER IF EXISTS tasks_search_outbox ON tasks`.execute(db);
  await sql`DROP FUNCTION IF EXISTS search_outbox_list_changed()`.execute(db);
  await sql`DROP FUNCTION IF EXISTS search_outbox_task_changed()`.execute(db);
  await db.schema.dropTable("search_outbox").ifExists().execute();
}
