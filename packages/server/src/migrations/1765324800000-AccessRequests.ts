import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Requests for access to sections of a record that is not shared with the requester's
 * organisation, and their answers. A request comes from a user who may know of the person, or
 * from the "already known?" check when a record is registered (the holder then sees the match
 * evidence; the registering user learns nothing). Granting records the person's agreement and an
 * agreement to share; declining records a reason.
 */
export class AccessRequests1765324800000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE access_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        requesting_organisation_id uuid NOT NULL REFERENCES organisation(id),
        requested_by uuid NOT NULL REFERENCES app_user(id),
        source text NOT NULL CHECK (source IN ('USER', 'REGISTRATION_CHECK')),
        sections text[] NOT NULL CHECK (cardinality(sections) > 0),
        reason text NOT NULL,
        match_reason text,
        new_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'GRANTED', 'DECLINED')),
        version integer NOT NULL DEFAULT 1,
        answered_by uuid REFERENCES app_user(id),
        answered_at timestamptz,
        granted_sections text[],
        person_agreed boolean,
        expires_on date,
        decline_reason text,
        sharing_agreement_id uuid REFERENCES sharing_agreement(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX access_request_person_idx ON access_request (person_id, status)`);
    await q.query(`CREATE INDEX access_request_requester_idx ON access_request (requesting_organisation_id, created_at DESC)`);
    // One open request per organisation and record: asking again while one waits is refused.
    await q.query(
      `CREATE UNIQUE INDEX access_request_one_pending ON access_request (person_id, requesting_organisation_id) WHERE status = 'PENDING'`,
    );
    await q.query(`ALTER TABLE notification DROP CONSTRAINT IF EXISTS notification_kind_check`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('ASSIGNED','DUE_TOMORROW','OVERDUE','STATUS_CHANGED','APPOINTMENT_MISSED','BULK_READ_ALERT','ACCESS_REQUEST'))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind = 'ACCESS_REQUEST'`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('ASSIGNED','DUE_TOMORROW','OVERDUE','STATUS_CHANGED','APPOINTMENT_MISSED','BULK_READ_ALERT'))`,
    );
    await q.query(`DROP TABLE access_request`);
  }
}
