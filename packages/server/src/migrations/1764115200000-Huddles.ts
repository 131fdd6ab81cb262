import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Huddles (a series with members, chairs and a caseload), meetings, agenda items with
 * per-field versions, attendance, and the per-meeting event log that clients catch up from.
 */
export class Huddles1764115200000 implements MigrationInterface {
  name = 'Huddles1764115200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE huddle (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        council_area text NOT NULL CHECK (length(council_area) BETWEEN 1 AND 120),
        usual_day text CHECK (usual_day IN ('MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY')),
        usual_time time,
        active boolean NOT NULL DEFAULT true,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE TABLE huddle_member (huddle_id uuid NOT NULL REFERENCES huddle(id) ON DELETE CASCADE, organisation_id uuid NOT NULL REFERENCES organisation(id), PRIMARY KEY (huddle_id, organisation_id))`,
    );
    await q.query(
      `CREATE TABLE huddle_chair (huddle_id uuid NOT NULL REFERENCES huddle(id) ON DELETE CASCADE, user_id uuid NOT NULL REFERENCES app_user(id), PRIMARY KEY (huddle_id, user_id))`,
    );
    await q.query(`CREATE INDEX huddle_chair_user_idx ON huddle_chair (user_id)`);
    await q.query(`CREATE INDEX huddle_member_org_idx ON huddle_member (organisation_id)`);
    await q.query(`
      CREATE TABLE caseload_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        huddle_id uuid NOT NULL REFERENCES huddle(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        referring_organisation_id uuid NOT NULL REFERENCES organisation(id),
        offer_of_help text NOT NULL CHECK (length(offer_of_help) BETWEEN 1 AND 5000),
        coordinator_id uuid NOT NULL REFERENCES app_user(id),
        added_on date NOT NULL DEFAULT current_date,
        removed_on date
      )`);
    await q.query(`CREATE UNIQUE INDEX caseload_entry_current_key ON caseload_entry (huddle_id, person_id) WHERE removed_on IS NULL`);
    await q.query(`CREATE INDEX caseload_entry_coordinator_idx ON caseload_entry (coordinator_id) WHERE removed_on IS NULL`);

    await q.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        huddle_id uuid NOT NULL REFERENCES huddle(id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','LIVE','CLOSED')),
        focus_item_id uuid,
        seq bigint NOT NULL DEFAULT 0,
        started_at timestamptz,
        closed_at timestamptz,
        closed_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX meeting_huddle_idx ON meeting (huddle_id, starts_at DESC)`);
    await q.query(`
      CREATE TABLE meeting_attendance (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id),
        present boolean NOT NULL DEFAULT true,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meeting_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('RELEASE_SOON','OVERDUE_ACTIONS','OUTCOME_DUE','NEW_REFERRAL','RAISED','CARRIED_OVER','INCOMPLETE_ACTIONS_REVIEW')),
        person_id uuid REFERENCES person(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        reason text CHECK (length(reason) <= 1000),
        notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
        notes_version integer NOT NULL DEFAULT 1,
        decisions text NOT NULL DEFAULT '' CHECK (length(decisions) <= 20000),
        decisions_version integer NOT NULL DEFAULT 1,
        system_barrier boolean NOT NULL DEFAULT false,
        barrier_version integer NOT NULL DEFAULT 1,
        discussed boolean NOT NULL DEFAULT false,
        carried_from_item_id uuid REFERENCES agenda_item(id) ON DELETE SET NULL,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id, position)`);
    await q.query(
      `ALTER TABLE meeting ADD CONSTRAINT meeting_focus_fk FOREIGN KEY (focus_item_id) REFERENCES agenda_item(id) ON DELETE SET NULL`,
    );
    // Every live change to a meeting gets the next sequence number; clients resume from the last one they saw.
    await q.query(`
      CREATE TABLE meeting_event (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        type text NOT NULL,
        item_id uuid,
        actor_id uuid REFERENCES app_user(id),
        payload jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (meeting_id, seq)
      )`);
    // Frozen minutes: written once at close, readable afterwards, never changed. An item about a
    // person is removed with the person on erasure (the only way a row leaves).
    await q.query(`
      CREATE TABLE meeting_minutes (
        meeting_id uuid PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
        frozen_at timestamptz NOT NULL DEFAULT now(),
        frozen_by uuid REFERENCES app_user(id),
        attendance jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE meeting_minutes_item (
        meeting_id uuid NOT NULL REFERENCES meeting_minutes(meeting_id) ON DELETE CASCADE,
        item_id uuid NOT NULL,
        position integer NOT NULL,
        kind text NOT NULL,
        person_id uuid REFERENCES person(id) ON DELETE CASCADE,
        title text NOT NULL,
        reason text,
        notes text NOT NULL,
        decisions text NOT NULL,
        system_barrier boolean NOT NULL,
        discussed boolean NOT NULL,
        actions jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (meeting_id, item_id)
      )`);
    await q.query(`
      CREATE FUNCTION meeting_minutes_are_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'minutes of a closed meeting cannot be changed' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER meeting_minutes_no_update BEFORE UPDATE ON meeting_minutes FOR EACH ROW EXECUTE FUNCTION meeting_minutes_are_frozen()`,
    );
    await q.query(
      `CREATE TRIGGER meeting_minutes_item_no_update BEFORE UPDATE ON meeting_minutes_item FOR EACH ROW EXECUTE FUNCTION meeting_minutes_are_frozen()`,
    );

    await q.query(`ALTER TABLE action ADD CONSTRAINT action_huddle_fk FOREIGN KEY (huddle_id) REFERENCES huddle(id) ON DELETE SET NULL`);
    await q.query(`ALTER TABLE action ADD CONSTRAINT action_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting(id) ON DELETE SET NULL`);
    await q.query(
      `ALTER TABLE action ADD CONSTRAINT action_agenda_item_fk FOREIGN KEY (agenda_item_id) REFERENCES agenda_item(id) ON DELETE SET NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const fk of ['action_agenda_item_fk', 'action_meeting_fk', 'action_huddle_fk'])
      await q.query(`ALTER TABLE action DROP CONSTRAINT ${fk}`);
    await q.query(`DROP TABLE meeting_minutes_item`);
    await q.query(`DROP TABLE meeting_minutes`);
    await q.query(`DROP FUNCTION meeting_minutes_are_frozen`);
    await q.query(`DROP TABLE meeting_event`);
    await q.query(`ALTER TABLE meeting DROP CONSTRAINT meeting_focus_fk`);
    for (const table of ['agenda_item', 'meeting_attendance', 'meeting', 'caseload_entry', 'huddle_chair', 'huddle_member', 'huddle'])
      await q.query(`DROP TABLE ${table}`);
  }
}
