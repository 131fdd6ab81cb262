import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (TOTP) and the misuse aids.
 *
 * - `two_factor`: a user's TOTP secret, encrypted (AES-256-GCM) with a key held outside the
 *   database; `enabled_at` stays empty until the user has confirmed it with a code.
 *   `last_step` is the last 30-second step accepted, so a code cannot be replayed.
 * - `two_factor_recovery_code`: ten single-use codes, stored as SHA-256 hashes only.
 * - `sign_in_challenge`: the half-signed-in state after a correct password. It is not a
 *   session: nothing but the second step reads it. Only the SHA-256 of its cookie is kept.
 * - `organisation.require_two_factor`: the organisation's users must use two-factor sign-in.
 * - `break_glass_review`: a manager's verdict on one break-glass grant (erased with the person,
 *   through the grant).
 * - `bulk_read_alert`: a user read more people's records than the deployment's threshold
 *   within its window; raised once per window.
 * - `incident`: the personal data breach log, with the fields the ICO's report asks for.
 */
export class TwoFactorAndMisuse1764892800000 implements MigrationInterface {
  name = 'TwoFactorAndMisuse1764892800000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisation ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE two_factor (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        secret_encrypted text NOT NULL,
        enabled_at timestamptz,
        last_step bigint,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE two_factor_recovery_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        used_at timestamptz,
        UNIQUE (user_id, code_hash)
      )`);
    await q.query(`
      CREATE TABLE sign_in_challenge (
        id text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        step text NOT NULL CHECK (step IN ('CODE', 'ENROL')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        failures integer NOT NULL DEFAULT 0,
        ip text,
        user_agent text
      )`);
    await q.query(`CREATE INDEX sign_in_challenge_user_idx ON sign_in_challenge (user_id)`);

    await q.query(`
      CREATE TABLE break_glass_review (
        grant_id uuid PRIMARY KEY REFERENCES break_glass(id) ON DELETE CASCADE,
        reviewer_id uuid NOT NULL REFERENCES app_user(id),
        outcome text NOT NULL CHECK (outcome IN ('APPROPRIATE', 'INAPPROPRIATE')),
        note text CHECK (length(note) <= 5000),
        reviewed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX break_glass_granted_idx ON break_glass (granted_at DESC)`);

    await q.query(`
      CREATE TABLE bulk_read_alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        window_start timestamptz NOT NULL,
        window_end timestamptz NOT NULL,
        people_count integer NOT NULL,
        threshold integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX bulk_read_alert_user_idx ON bulk_read_alert (user_id, window_end DESC)`);
    await q.query(`CREATE INDEX bulk_read_alert_org_idx ON bulk_read_alert (organisation_id, created_at DESC)`);
    // The scan counts distinct people each user read in the window.
    await q.query(`CREATE INDEX audit_event_actor_at_idx ON audit_event (actor_id, at) WHERE action IN ('READ', 'SEARCH', 'EXPORT')`);

    await q.query(`ALTER TABLE notification DROP CONSTRAINT IF EXISTS notification_kind_check`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('ASSIGNED','DUE_TOMORROW','OVERDUE','STATUS_CHANGED','APPOINTMENT_MISSED','BULK_READ_ALERT'))`,
    );

    await q.query(`
      CREATE TABLE incident (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        what_happened text NOT NULL CHECK (length(what_happened) BETWEEN 1 AND 10000),
        occurred_at timestamptz,
        discovered_at timestamptz NOT NULL,
        data_categories text[] NOT NULL DEFAULT '{}',
        people_affected integer CHECK (people_affected >= 0),
        records_affected integer CHECK (records_affected >= 0),
        likely_consequences text NOT NULL DEFAULT '' CHECK (length(likely_consequences) <= 10000),
        measures_taken text NOT NULL DEFAULT '' CHECK (length(measures_taken) <= 10000),
        measures_proposed text NOT NULL DEFAULT '' CHECK (length(measures_proposed) <= 10000),
        people_told text NOT NULL DEFAULT 'NOT_YET' CHECK (people_told IN ('YES', 'NOT_YET', 'NO')),
        people_told_detail text NOT NULL DEFAULT '' CHECK (length(people_told_detail) <= 5000),
        ico_decision text NOT NULL DEFAULT 'UNDECIDED' CHECK (ico_decision IN ('UNDECIDED', 'REPORTED', 'NOT_REPORTABLE')),
        ico_reported_at timestamptz,
        ico_reference text CHECK (length(ico_reference) <= 100),
        not_reportable_reason text CHECK (length(not_reportable_reason) <= 5000),
        CHECK (ico_decision <> 'REPORTED' OR ico_reported_at IS NOT NULL),
        CHECK (ico_decision <> 'NOT_REPORTABLE' OR not_reportable_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX incident_org_idx ON incident (organisation_id, discovered_at DESC)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE incident`);
    await q.query(`DELETE FROM notification WHERE kind = 'BULK_READ_ALERT'`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('ASSIGNED','DUE_TOMORROW','OVERDUE','STATUS_CHANGED','APPOINTMENT_MISSED'))`,
    );
    await q.query(`DROP INDEX audit_event_actor_at_idx`);
    await q.query(`DROP TABLE bulk_read_alert`);
    await q.query(`DROP INDEX break_glass_granted_idx`);
    await q.query(`DROP TABLE break_glass_review`);
    await q.query(`DROP TABLE sign_in_challenge`);
    await q.query(`DROP TABLE two_factor_recovery_code`);
    await q.query(`DROP TABLE two_factor`);
    await q.query(`ALTER TABLE organisation DROP COLUMN require_two_factor`);
  }
}
