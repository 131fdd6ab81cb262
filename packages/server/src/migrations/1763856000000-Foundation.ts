import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations, users, sessions and the login rate-limit store. */
export class Foundation1763856000000 implements MigrationInterface {
  name = 'Foundation1763856000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        kind text NOT NULL CHECK (kind IN ('PRISON','PROBATION','COUNCIL_HOUSING','NHS_MENTAL_HEALTH','DRUG_AND_ALCOHOL','POLICE','DWP','CHARITY','PEER_SUPPORT')),
        council_area text NOT NULL CHECK (length(council_area) BETWEEN 1 AND 120),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX organisation_name_key ON organisation (lower(name))`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        role text NOT NULL CHECK (role IN ('PRACTITIONER','COORDINATOR','MANAGER','ADMIN')),
        active boolean NOT NULL DEFAULT true,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await q.query(`CREATE INDEX app_user_organisation_idx ON app_user (organisation_id)`);
    await q.query(`
      CREATE TABLE session (
        id text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text,
        user_agent text
      )`);
    await q.query(`CREATE INDEX session_user_idx ON session (user_id)`);
    // Shape required by rate-limiter-flexible's PostgreSQL store (created here, not at run time).
    await q.query(`
      CREATE TABLE login_rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_rate_limit`);
    await q.query(`DROP TABLE session`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TABLE organisation`);
  }
}
