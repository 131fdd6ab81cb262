import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure reaches everything derived from a person.
 *
 * - Frozen minutes stay frozen, with one exception: while a person is being erased (the erasing
 *   transaction sets `casehuddle.erasing_person`), an item's copy of the actions may lose the
 *   actions for that person, and nothing else may change. Items about the person are deleted
 *   with them, as before.
 * - A notification now names the person it is about, so it is deleted with them; a missed
 *   appointment's alert (which has no action to hang from) had outlived the record.
 */
export class ErasableMinutesAndNotifications1764460800000 implements MigrationInterface {
  name = 'ErasableMinutesAndNotifications1764460800000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION meeting_minutes_item_frozen_but_erasable() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        erasing uuid := nullif(current_setting('casehuddle.erasing_person', true), '')::uuid;
      BEGIN
        IF erasing IS NOT NULL
           AND (NEW.meeting_id, NEW.item_id, NEW.position, NEW.kind, NEW.person_id, NEW.title, NEW.reason, NEW.notes, NEW.decisions,
                NEW.system_barrier, NEW.discussed, NEW.disclosure_section)
               IS NOT DISTINCT FROM
               (OLD.meeting_id, OLD.item_id, OLD.position, OLD.kind, OLD.person_id, OLD.title, OLD.reason, OLD.notes, OLD.decisions,
                OLD.system_barrier, OLD.discussed, OLD.disclosure_section)
           AND NEW.actions = (SELECT coalesce(jsonb_agg(e ORDER BY n), '[]'::jsonb)
                                FROM jsonb_array_elements(OLD.actions) WITH ORDINALITY AS t(e, n)
                               WHERE NOT EXISTS (SELECT 1 FROM action a WHERE a.id::text = e->>'id' AND a.person_id = erasing))
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'minutes of a closed meeting cannot be changed' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`DROP TRIGGER meeting_minutes_item_no_update ON meeting_minutes_item`);
    await q.query(
      `CREATE TRIGGER meeting_minutes_item_no_update BEFORE UPDATE ON meeting_minutes_item FOR EACH ROW EXECUTE FUNCTION meeting_minutes_item_frozen_but_erasable()`,
    );

    await q.query(`ALTER TABLE notification ADD COLUMN person_id uuid REFERENCES person(id) ON DELETE CASCADE`);
    await q.query(`UPDATE notification n SET person_id = a.person_id FROM action a WHERE a.id = n.action_id AND a.person_id IS NOT NULL`);
    // A missed appointment's key is APPOINTMENT_MISSED:<appointment id>:<user id>:<version>.
    await q.query(
      `UPDATE notification n SET person_id = ap.person_id FROM appointment ap
        WHERE n.kind = 'APPOINTMENT_MISSED' AND ap.id::text = split_part(n.dedupe_key, ':', 2)`,
    );
    // Alerts about appointments whose person has already been erased.
    await q.query(`DELETE FROM notification WHERE kind = 'APPOINTMENT_MISSED' AND person_id IS NULL`);
    await q.query(`CREATE INDEX notification_person_idx ON notification (person_id) WHERE person_id IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notification_person_idx`);
    await q.query(`ALTER TABLE notification DROP COLUMN person_id`);
    await q.query(`DROP TRIGGER meeting_minutes_item_no_update ON meeting_minutes_item`);
    await q.query(
      `CREATE TRIGGER meeting_minutes_item_no_update BEFORE UPDATE ON meeting_minutes_item FOR EACH ROW EXECUTE FUNCTION meeting_minutes_are_frozen()`,
    );
    await q.query(`DROP FUNCTION meeting_minutes_item_frozen_but_erasable`);
  }
}
