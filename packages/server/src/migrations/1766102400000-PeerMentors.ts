import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Peer mentors: the PEER_MENTOR role, and the mentor an accepted PEER_MENTORING referral names.
 * A peer mentor sees a person only through such a referral (its sections, while it is live).
 */
export class PeerMentors1766102400000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_role_check`);
    await q.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('PRACTITIONER','COORDINATOR','MANAGER','ADMIN','PEER_MENTOR'))`,
    );
    await q.query(`ALTER TABLE referral ADD COLUMN mentor_id uuid REFERENCES app_user(id)`);
    await q.query(`ALTER TABLE referral ADD CONSTRAINT referral_mentor_kind CHECK (mentor_id IS NULL OR kind = 'PEER_MENTORING')`);
    await q.query(`CREATE INDEX referral_mentor_idx ON referral (mentor_id, person_id) WHERE mentor_id IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX referral_mentor_idx`);
    await q.query(`ALTER TABLE referral DROP CONSTRAINT referral_mentor_kind, DROP COLUMN mentor_id`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_role_check`);
    await q.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('PRACTITIONER','COORDINATOR','MANAGER','ADMIN'))`,
    );
  }
}
