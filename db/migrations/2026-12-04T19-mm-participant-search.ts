import { sql, type Kysely } from "kysely";

/**
 * The conference's participant list is searched on the same engine as the items: one document per registration
 * in the index "mm_participants" (the relay drops a document whose registration is not validated). Triggers
 * record every change that reaches a document in the writing transaction, as for tasks and items: the
 * registration, its attendees and items, the items' own edits and the organization's name and district.
 * Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE FUNCTION search_outbox_mm_registration_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        INSERT INTO search_outbox (index_uid, document_id) VALUES ('mm_participants', OLD.registration_id::text);
        RETURN NULL;
      END IF;
      IF TG_TABLE_NAME = 'mm_registrations' THEN
        INSERT INTO search_outbox (index_uid, document_id) VALUES ('mm_participants', NEW.id::text);
      ELSE
        INSERT INTO search_outbox (index_uid, document_id) VALUES ('mm_participants', NEW.registration_id::text);
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER mm_registrations_search_outbox AFTER INSERT OR UPDATE ON mm_registrations
      FOR EACH ROW EXECUTE FUNCTION search_outbox_mm_registration_changed()`.execute(db);
  await sql`CREATE TRIGGER mm_attendees_search_outbox AFTER INSERT OR UPDATE OR DELETE ON mm_attendees
      FOR EACH ROW EXECUTE FUNCTION search_outbox_mm_registration_changed()`.execute(db);
  await sql`CREATE TRIGGER mm_registration_items_search_outbox AFTER INSERT OR UPDATE OR DELETE ON mm_registration_items
      FOR EACH ROW EXECUTE FUNCTION search_outbox_mm_registration_changed()`.execute(db);

  // An item's new published revision or its closing, and an organization's name or district, reach the
  // documents of the registrations that carry them.
  await sql`
    CREATE FUNCTION search_outbox_mm_item_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO search_outbox (index_uid, document_id)
        SELECT 'mm_participants', registration_id::text FROM mm_registration_items WHERE item_id = NEW.id;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER sd_items_mm_search_outbox AFTER UPDATE ON sd_items
      FOR EACH ROW WHEN (OLD.published_revision_id IS DISTINCT FROM NEW.published_revision_id
        OR OLD.status IS DISTINCT FROM NEW.status)
      EXECUTE FUNCTION search_outbox_mm_item_changed()`.execute(db);
  await sql`
    CREATE FUNCTION search_outbox_mm_organization_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO search_outbox (index_uid, document_id)
        SELECT 'mm_participants', id::text FROM mm_registrations WHERE organization_id = NEW.id;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER organizations_mm_search_outbox AFTER UPDATE ON organizations
      FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.district IS DISTINCT FROM NEW.district)
      EXECUTE FUNCTION search_outbox_mm_organization_changed()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS organizations_mm_search_outbox ON organizations`.execute(db);
  await sql`DROP TRIGGER IF EXISTS sd_items_mm_search_outbox ON sd_items`.execute(db);
  await sql`DROP TRIGGER IF EXISTS mm_registration_items_search_outbox ON mm_registration_items`.execute(db);
  await sql`DROP TRIGGER IF EXISTS mm_attendees_search_outbox ON mm_attendees`.execute(db);
  await sql`DROP TRIGGER IF EXISTS mm_registrations_search_outbox ON mm_registrations`.execute(db);
  await sql`DROP FUNCTION IF EXISTS search_outbox_mm_organization_changed()`.execute(db);
  await sql`DROP FUNCTION IF EXISTS search_outbox_mm_item_changed()`.execute(db);
  await sql`DROP FUNCTION IF EXISTS search_outbox_mm_registration_changed()`.execute(db);
}
