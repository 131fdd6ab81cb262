import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notes and decisions become shared text (Yjs) that several people type into at once.
 *
 * Each change is appended to `agenda_text_update`; every so often the log is folded into the
 * item's compacted state (`notes_state`, `decisions_state`) and emptied. The plain text stays
 * in `notes` and `decisions`, written with every change, so minutes, exports and search read
 * it as before. An item with no state starts from its plain text (seeded the same way by
 * every process), so existing notes need no conversion here.
 */
export class SharedAgendaText1764547200000 implements MigrationInterface {
  name = 'SharedAgendaText1764547200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agenda_item ADD COLUMN notes_state bytea, ADD COLUMN decisions_state bytea`);
    await q.query(`
      CREATE TABLE agenda_text_update (
        id bigserial PRIMARY KEY,
        item_id uuid NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        field text NOT NULL CHECK (field IN ('NOTES', 'DECISIONS')),
        update bytea NOT NULL,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX agenda_text_update_item ON agenda_text_update (item_id, field, id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agenda_text_update`);
    await q.query(`ALTER TABLE agenda_item DROP COLUMN notes_state, DROP COLUMN decisions_state`);
  }
}
