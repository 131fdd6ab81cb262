import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The time of day someone is released or discharged, when known. A release on a Friday (or the
 * day before a bank holiday) at or after midday may leave too little time to reach probation and
 * housing before services shut; the red flag needs the time to tell a morning release from an
 * afternoon one. Part of the release plan, so it follows the plan's section and is erased with it.
 */
export class ReleaseTime1765670400000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE release_plan ADD COLUMN release_time time`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE release_plan DROP COLUMN release_time`);
  }
}
