import { sql, type Kysely } from "kysely";

/**
 * Status changes of tasks, bids and awards must be edges of their lifecycle. The edges are data
 * (lifecycle_transitions, written from the domain's tables after every migration by db/lifecycles.ts); the
 * trigger refuses any other change of status, whoever makes it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("lifecycle_transitions")
    .addColumn("machine", "text", (c) => c.notNull())
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("from_status", "text", (c) => c.notNull())
    .addColumn("to_status", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("lifecycle_transitions_pk", ["machine", "event", "from_status"])
    .execute();
  await sql`
    CREATE FUNCTION enforce_lifecycle() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.status IS DISTINCT FROM OLD.status AND NOT EXISTS (
        SELECT 1 FROM lifecycle_transitions
        WHERE machine = TG_ARGV[0] AND from_status = OLD.status AND to_status = NEW.status
      ) THEN
        RAISE EXCEPTION '% %: % → % is not a transition of its lifecycle', TG_ARGV[0], OLD.id, OLD.status, NEW.status
          USING ERRCODE = 'check_violation', CONSTRAINT = TG_ARGV[0] || '_lifecycle';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  for (const [table, machine] of [
    ["tasks", "task"],
    ["bids", "bid"],
    ["awards", "award"],
  ] as const)
    await sql`CREATE TRIGGER ${sql.raw(`${table}_lifecycle`)} BEFORE UPDATE OF status ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION enforce_lifecycle(${sql.lit(machine)})`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["tasks", "bids", "awards"])
    await sql`DROP TRIGGER ${sql.raw(`${table}_lifecycle`)} ON ${sql.table(table)}`.execute(db);
  await sql`DROP FUNCTION enforce_lifecycle()`.execute(db);
  await db.schema.dropTable("lifecycle_transitions").execute();
}
