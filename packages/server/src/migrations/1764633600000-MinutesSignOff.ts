import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Minutes people can sign off, and an agenda pack to send round before the meeting.
 *
 * - A meeting names its chair (whoever runs it: set by the chair beforehand, or the chair who
 *   starts it) and where it is held.
 * - Attendance records apologies as well as presence (never both at once).
 * - Frozen minutes keep the chair as named at close.
 * - Signing off is a row of its own, written once and never changed, so the minutes themselves
 *   stay frozen.
 */
export class MinutesSignOff1764633600000 implements MigrationInterface {
  name = 'MinutesSignOff1764633600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE meeting ADD COLUMN chair_id uuid REFERENCES app_user(id), ADD COLUMN place text CHECK (length(place) BETWEEN 1 AND 200)`,
    );
    await q.query(
      `ALTER TABLE meeting_attendance ADD COLUMN apologies boolean NOT NULL DEFAULT false,
         ADD CONSTRAINT meeting_attendance_present_or_apologies CHECK (NOT (present AND apologies))`,
    );
    await q.query(`ALTER TABLE meeting_minutes ADD COLUMN chair jsonb`);
    await q.query(`
      CREATE TABLE meeting_minutes_sign_off (
        meeting_id uuid PRIMARY KEY REFERENCES meeting_minutes(meeting_id) ON DELETE CASCADE,
        signed_by uuid NOT NULL REFERENCES app_user(id),
        signed_by_name text NOT NULL,
        signed_on date NOT NULL,
        signed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE TRIGGER meeting_minutes_sign_off_no_update BEFORE UPDATE ON meeting_minutes_sign_off FOR EACH ROW EXECUTE FUNCTION meeting_minutes_are_frozen()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE meeting_minutes_sign_off`);
    await q.query(`ALTER TABLE meeting_minutes DROP COLUMN chair`);
    await q.query(`ALTER TABLE meeting_attendance DROP CONSTRAINT meeting_attendance_present_or_apologies, DROP COLUMN apologies`);
    await q.query(`ALTER TABLE meeting DROP COLUMN place, DROP COLUMN chair_id`);
  }
}
