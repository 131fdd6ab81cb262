import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who is in a live meeting room, held as short leases while their connection is open, so that
 * every server process can tell the room when someone leaves: when their socket closes, or
 * when the process holding it dies (its leases stop being renewed and run out).
 *
 * A row names a staff user, a meeting and the server process that holds the user's open
 * connection, and nothing about any person discussed. Rows go when the connection closes, or
 * a few seconds after their lease runs out.
 */
export class MeetingPresence1764662400000 implements MigrationInterface {
  name = 'MeetingPresence1764662400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting_presence (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        process_id uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (meeting_id, user_id, process_id)
      )`);
    await q.query(`CREATE INDEX meeting_presence_process ON meeting_presence (process_id)`);
    await q.query(`CREATE INDEX meeting_presence_expiry ON meeting_presence (expires_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE meeting_presence`);
  }
}
