import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Name search at a million people. The trigram GiST index (1764288000000) answered 50,000 people
 * in tens of milliseconds, but its signatures blur as the table grows: every search walks much of
 * the index, and at 250,000 people a typo'd name took hundreds of milliseconds. A GIN trigram index
 * looks up each trigram's posting list instead, so the cost follows the number of similar names
 * rather than the size of the table (see docs/performance.md, "Search at a million"). The search
 * statement names only the conditions asked for, and a plan-shape test (person.search.test.ts)
 * checks that PostgreSQL starts from this index rather than scanning every record.
 */
export class NameSearchAtScale1765584000000 implements MigrationInterface {
  name = 'NameSearchAtScale1765584000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX person_name_trgm_gin_idx ON person USING gin ((lower(legal_name || ' ' || coalesce(preferred_name, ''))) gin_trgm_ops)`,
    );
    await q.query(`DROP INDEX person_name_trgm_idx`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX person_name_trgm_idx ON person USING gist ((lower(legal_name || ' ' || coalesce(preferred_name, ''))) gist_trgm_ops (siglen = 128))`,
    );
    await q.query(`DROP INDEX person_name_trgm_gin_idx`);
  }
}
