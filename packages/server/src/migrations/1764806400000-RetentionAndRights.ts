import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Information governance: retention schedules with review and erasure, the register of
 * individuals' rights requests, and dated corrections appended to frozen minutes.
 *
 * - `retention_schedule`: one row per record type, seeded with documented defaults and their
 *   source; administrators change them.
 * - `retention_review`: a record flagged by the daily job as past its retention period. It names
 *   exactly one record (person, action or meeting), and goes with that record when it is erased.
 * - `retention_run`: the day a scheduled run was claimed, so only one process runs it each day.
 * - `rights_request`: subject access, rectification, restriction, objection and erasure requests
 *   about a person, with identity check, deadline (one calendar month, extendable by two) and status.
 * - `minutes_correction`: a correction added to an item of closed minutes; the minutes themselves
 *   never change. Corrections cannot be changed either; they go only with their minutes item.
 */
export class RetentionAndRights1764806400000 implements MigrationInterface {
  name = 'RetentionAndRights1764806400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE retention_schedule (
        record_type text PRIMARY KEY CHECK (record_type IN ('PERSON_RECORD','ACTION','MINUTES','NOTIFICATION','SESSION')),
        period_count integer NOT NULL CHECK (period_count BETWEEN 1 AND 1200),
        period_unit text NOT NULL CHECK (period_unit IN ('DAYS','MONTHS','YEARS')),
        review_required boolean NOT NULL,
        grace_days integer CHECK (grace_days BETWEEN 0 AND 365),
        trigger_event text NOT NULL CHECK (length(trigger_event) BETWEEN 1 AND 300),
        source text NOT NULL CHECK (length(source) BETWEEN 1 AND 1000),
        updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (review_required = (grace_days IS NOT NULL))
      )`);
    await q.query(
      `INSERT INTO retention_schedule (record_type, period_count, period_unit, review_required, grace_days, trigger_event, source) VALUES ($1, $2, $3, $4, $5, $6, $7), ($8, $9, $10, $11, $12, $13, $14), ($15, $16, $17, $18, $19, $20, $21), ($22, $23, $24, $25, $26, $27, $28), ($29, $30, $31, $32, $33, $34, $35)`,
      [
        'PERSON_RECORD',
        6,
        'YEARS',
        true,
        30,
        'The record closed: the person left every huddle caseload, has no open action, and nothing on the record changed since.',
        'Default: closure + 6 years, in line with the IRMS Retention Guidelines for Local Government (adult social care case files) and ' +
          'the Limitation Act 1980 (6 years for most claims). The NHS Records Management Code of Practice 2023 sets longer periods for ' +
          'health records held by NHS bodies (8 years for adult health records); partners should confirm the period in their ' +
          'information sharing agreement.',
        'ACTION',
        6,
        'YEARS',
        true,
        30,
        'The action was closed (done, not possible, not undertaken or cancelled).',
        'Default: closure + 6 years, matching the case record it supports (IRMS Retention Guidelines for Local Government; Limitation Act 1980).',
        'MINUTES',
        7,
        'YEARS',
        true,
        30,
        'The meeting closed and its minutes were frozen.',
        'Default: meeting + 7 years, a year beyond the case records the minutes support (closure + 6 years), so decisions can be ' +
          'evidenced for as long as any record that relies on them. Confirm against the partnership’s information sharing agreement.',
        'NOTIFICATION',
        90,
        'DAYS',
        false,
        null,
        'The notification was created.',
        'Default: 90 days. In-app reminders are transient operational messages (data minimisation, UK GDPR Art. 5(1)(c) and (e)); the ' +
          'action they point to is the record.',
        'SESSION',
        30,
        'DAYS',
        false,
        null,
        'The session expired or was signed out.',
        'Default: 30 days after a session ends, long enough to investigate a security incident (NCSC logging guidance); ' +
          'the audit trail keeps who saw which record.',
      ],
    );
    await q.query(`
      CREATE TABLE retention_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        record_type text NOT NULL CHECK (record_type IN ('PERSON_RECORD','ACTION','MINUTES')),
        person_id uuid REFERENCES person(id) ON DELETE CASCADE,
        action_id uuid REFERENCES action(id) ON DELETE CASCADE,
        meeting_id uuid REFERENCES meeting(id) ON DELETE CASCADE,
        owning_organisation_id uuid REFERENCES organisation(id),
        due_since timestamptz NOT NULL,
        flagged_at timestamptz NOT NULL DEFAULT now(),
        erase_after timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'FLAGGED' CHECK (status IN ('FLAGGED','HELD')),
        held_until date,
        hold_reason text CHECK (length(hold_reason) <= 1000),
        held_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        CHECK (num_nonnulls(person_id, action_id, meeting_id) = 1),
        CHECK ((record_type = 'PERSON_RECORD') = (person_id IS NOT NULL)),
        CHECK ((record_type = 'ACTION') = (action_id IS NOT NULL)),
        CHECK ((record_type = 'MINUTES') = (meeting_id IS NOT NULL)),
        CHECK ((status = 'HELD') = (held_until IS NOT NULL AND hold_reason IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX retention_review_person_key ON retention_review (person_id) WHERE person_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX retention_review_action_key ON retention_review (action_id) WHERE action_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX retention_review_meeting_key ON retention_review (meeting_id) WHERE meeting_id IS NOT NULL`);
    await q.query(`CREATE INDEX retention_review_owner_idx ON retention_review (owning_organisation_id, erase_after)`);
    await q.query(`
      CREATE TABLE retention_run (
        run_on date PRIMARY KEY,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        summary jsonb
      )`);
    await q.query(`CREATE INDEX session_expiry_idx ON session (expires_at)`);
    await q.query(`CREATE INDEX notification_created_idx ON notification (created_at)`);

    await q.query(`
      CREATE TABLE rights_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        owning_organisation_id uuid NOT NULL REFERENCES organisation(id),
        kind text NOT NULL CHECK (kind IN ('SUBJECT_ACCESS','RECTIFICATION','RESTRICTION','OBJECTION','ERASURE')),
        received_on date NOT NULL,
        details text CHECK (length(details) <= 5000),
        status text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED','IDENTITY_CHECKED','IN_PROGRESS','EXTENDED','COMPLETED','REFUSED')),
        identity_checked_on date,
        identity_check_method text CHECK (length(identity_check_method) <= 1000),
        identity_checked_by uuid REFERENCES app_user(id),
        due_on date NOT NULL,
        extended_due_on date,
        extension_reason text CHECK (length(extension_reason) <= 2000),
        response text CHECK (length(response) <= 5000),
        refusal_reason text CHECK (length(refusal_reason) <= 2000),
        closed_on date,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((identity_checked_on IS NULL) = (identity_check_method IS NULL)),
        CHECK ((extended_due_on IS NULL) = (extension_reason IS NULL)),
        CHECK (status <> 'REFUSED' OR length(trim(refusal_reason)) > 0),
        CHECK ((status IN ('COMPLETED','REFUSED')) = (closed_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX rights_request_person_idx ON rights_request (person_id)`);
    await q.query(`CREATE INDEX rights_request_owner_idx ON rights_request (owning_organisation_id, status, due_on)`);

    await q.query(`
      CREATE TABLE minutes_correction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL,
        item_id uuid NOT NULL,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
        added_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        added_by_name text NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (meeting_id, item_id) REFERENCES meeting_minutes_item(meeting_id, item_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX minutes_correction_item_idx ON minutes_correction (meeting_id, item_id, added_at)`);
    // A correction is itself part of the record: it is never edited, only followed by another.
    await q.query(`
      CREATE FUNCTION minutes_correction_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a correction to minutes cannot be changed: add another correction' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER minutes_correction_no_update BEFORE UPDATE ON minutes_correction FOR EACH ROW EXECUTE FUNCTION minutes_correction_is_append_only()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE minutes_correction`);
    await q.query(`DROP FUNCTION minutes_correction_is_append_only`);
    await q.query(`DROP TABLE rights_request`);
    await q.query(`DROP INDEX notification_created_idx`);
    await q.query(`DROP INDEX session_expiry_idx`);
    await q.query(`DROP TABLE retention_run`);
    await q.query(`DROP TABLE retention_review`);
    await q.query(`DROP TABLE retention_schedule`);
  }
}
