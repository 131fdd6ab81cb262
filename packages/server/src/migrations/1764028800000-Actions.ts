import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Actions with their history and comments, and the in-app notification feed. */
export class Actions1764028800000 implements MigrationInterface {
  name = 'Actions1764028800000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        detail text CHECK (length(detail) <= 5000),
        person_id uuid REFERENCES person(id) ON DELETE CASCADE,
        owner_user_id uuid NOT NULL REFERENCES app_user(id),
        owner_organisation_id uuid NOT NULL REFERENCES organisation(id),
        due_date date NOT NULL,
        due_window text CHECK (due_window IN ('MORNING','AFTERNOON')),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','IN_PROGRESS','DONE','NOT_POSSIBLE','NOT_UNDERTAKEN','CANCELLED')),
        status_reason text CHECK (length(status_reason) <= 5000),
        CHECK (status NOT IN ('NOT_POSSIBLE','NOT_UNDERTAKEN') OR length(trim(status_reason)) > 0),
        huddle_id uuid,
        meeting_id uuid,
        agenda_item_id uuid,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX action_owner_org_idx ON action (owner_organisation_id, status, due_date)`);
    await q.query(`CREATE INDEX action_owner_user_idx ON action (owner_user_id, status, due_date)`);
    await q.query(`CREATE INDEX action_person_idx ON action (person_id)`);
    await q.query(`CREATE INDEX action_huddle_idx ON action (huddle_id)`);
    await q.query(`CREATE INDEX action_meeting_idx ON action (meeting_id)`);
    await q.query(`CREATE INDEX action_due_idx ON action (due_date) WHERE status IN ('OPEN','IN_PROGRESS')`);

    await q.query(`
      CREATE TABLE action_history (
        id bigserial PRIMARY KEY,
        action_id uuid NOT NULL REFERENCES action(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES app_user(id),
        field text NOT NULL,
        from_value text,
        to_value text
      )`);
    await q.query(`CREATE INDEX action_history_action_idx ON action_history (action_id, at)`);

    await q.query(`
      CREATE TABLE action_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES app_user(id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX action_comment_action_idx ON action_comment (action_id, created_at)`);

    // dedupe_key makes each notification happen once, however many processes run the reminder job.
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('ASSIGNED','DUE_TOMORROW','OVERDUE','STATUS_CHANGED','APPOINTMENT_MISSED')),
        action_id uuid REFERENCES action(id) ON DELETE CASCADE,
        message text NOT NULL,
        dedupe_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        emailed_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification`);
    await q.query(`DROP TABLE action_comment`);
    await q.query(`DROP TABLE action_history`);
    await q.query(`DROP TABLE action`);
  }
}
