import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referrals between organisations about one person, with the person's consent: the kinds (data,
 * each with a response target in working days), the referral itself (consent, message, the
 * sections shared and the agreement to share recorded for them, a proposed first joint
 * appointment) and its timeline of changes. The release plan's Duty to Refer item can name the
 * referral that made it.
 */
export class Referrals1765411200000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referral_kind (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]{1,39}$'),
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
        response_working_days integer NOT NULL CHECK (response_working_days BETWEEN 1 AND 60),
        active boolean NOT NULL DEFAULT true,
        position integer NOT NULL DEFAULT 0
      )`);
    await q.query(
      `INSERT INTO referral_kind (code, label, response_working_days, position) VALUES
         ('DUTY_TO_REFER', 'Duty to Refer (housing options)', 2, 1),
         ('ACCOMMODATION', 'Accommodation', 5, 2),
         ('SUBSTANCE_USE', 'Drug and alcohol support', 5, 3),
         ('MENTAL_HEALTH', 'Mental health', 5, 4),
         ('PEER_MENTORING', 'Peer mentoring', 10, 5),
         ('OTHER', 'Other', 10, 6)`,
    );
    await q.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind text NOT NULL REFERENCES referral_kind(code),
        sending_organisation_id uuid NOT NULL REFERENCES organisation(id),
        receiving_organisation_id uuid NOT NULL REFERENCES organisation(id),
        CHECK (sending_organisation_id <> receiving_organisation_id),
        sent_by uuid NOT NULL REFERENCES app_user(id),
        sent_at timestamptz NOT NULL DEFAULT now(),
        sent_on date NOT NULL DEFAULT current_date,
        respond_by date NOT NULL,
        message text NOT NULL CHECK (length(message) BETWEEN 1 AND 4000),
        consent_method text NOT NULL CHECK (consent_method IN ('SPOKEN', 'WRITTEN')),
        consent_given_on date NOT NULL,
        consent_recorded_by uuid NOT NULL REFERENCES app_user(id),
        consent_recorded_at timestamptz NOT NULL DEFAULT now(),
        consent_words text CHECK (length(consent_words) <= 4000),
        sections text[] NOT NULL CHECK (cardinality(sections) > 0),
        expires_on date NOT NULL,
        sharing_agreement_id uuid REFERENCES sharing_agreement(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'SENT' CHECK (status IN ('SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'CLOSED')),
        version integer NOT NULL DEFAULT 1,
        acknowledged_at timestamptz,
        acknowledged_by uuid REFERENCES app_user(id),
        answered_at timestamptz,
        answered_by uuid REFERENCES app_user(id),
        decline_reason text CHECK (length(decline_reason) <= 4000),
        withdraw_reason text CHECK (length(withdraw_reason) <= 4000),
        outcome text CHECK (length(outcome) <= 4000),
        closed_at timestamptz,
        closed_by uuid REFERENCES app_user(id),
        appointment_date date,
        appointment_window text CHECK (appointment_window IN ('MORNING', 'AFTERNOON', 'EXACT')),
        appointment_start time,
        appointment_end time,
        appointment_location text CHECK (length(appointment_location) <= 300),
        appointment_town text CHECK (length(appointment_town) <= 120),
        CHECK (appointment_window <> 'EXACT' OR appointment_start IS NOT NULL),
        appointment_id uuid REFERENCES appointment(id) ON DELETE SET NULL,
        overdue_flagged_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX referral_receiver_idx ON referral (receiving_organisation_id, status, sent_at DESC)`);
    await q.query(`CREATE INDEX referral_sender_idx ON referral (sending_organisation_id, status, sent_at DESC)`);
    await q.query(`CREATE INDEX referral_person_idx ON referral (person_id)`);
    await q.query(`CREATE INDEX referral_overdue_idx ON referral (respond_by) WHERE status IN ('SENT', 'ACKNOWLEDGED')`);
    await q.query(`
      CREATE TABLE referral_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'CLOSED', 'OVERDUE', 'APPOINTMENT_BOOKED')),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid REFERENCES app_user(id),
        organisation_id uuid REFERENCES organisation(id),
        note text CHECK (length(note) <= 4000)
      )`);
    await q.query(`CREATE INDEX referral_event_referral_idx ON referral_event (referral_id, at)`);
    await q.query(`ALTER TABLE release_plan_item ADD COLUMN referral_id uuid REFERENCES referral(id) ON DELETE SET NULL`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT IF EXISTS notification_kind_check`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('ASSIGNED','DUE_TOMORROW','OVERDUE','STATUS_CHANGED','APPOINTMENT_MISSED','BULK_READ_ALERT','ACCESS_REQUEST','REFERRAL'))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind = 'REFERRAL'`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('ASSIGNED','DUE_TOMORROW','OVERDUE','STATUS_CHANGED','APPOINTMENT_MISSED','BULK_READ_ALERT','ACCESS_REQUEST'))`,
    );
    await q.query(`ALTER TABLE release_plan_item DROP COLUMN referral_id`);
    await q.query(`DROP TABLE referral_event`);
    await q.query(`DROP TABLE referral`);
    await q.query(`DROP TABLE referral_kind`);
  }
}
