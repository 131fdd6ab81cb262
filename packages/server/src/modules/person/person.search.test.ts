import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createAppDataSource } from '../../app/data-source.js';
import { buildOrganisation, buildUser, type BuiltUser } from '../../../test/factories.js';
import { createTestDatabase } from '../../../test/harness.js';
import { peopleSearchSql, type SearchTerms } from './person.search.js';

/**
 * The shape of the search statement's plan over enough people that a full scan would be the
 * slow path: each kind of search must start from its own index (the trigram index for names,
 * the date of birth and identifier indexes), never a scan of every record. The figures at a
 * million people are in docs/performance.md (`pnpm bench -- --scale`).
 */
describe('person search plans', () => {
  let ds: DataSource;
  let viewer: BuiltUser;

  beforeAll(async () => {
    ds = createAppDataSource({ url: (await createTestDatabase()).url, poolSize: 2 });
    await ds.initialize();
    const own = await buildOrganisation(ds);
    const other = await buildOrganisation(ds);
    viewer = await buildUser(ds, { organisationId: own.id });
    // 20,000 synthetic people: common names repeat, half held by another organisation.
    await ds.query(
      `INSERT INTO person (owning_organisation_id, legal_name, date_of_birth, council_area, crn, nhs_number)
       SELECT CASE WHEN n % 2 = 0 THEN $1::uuid ELSE $2::uuid END,
              (ARRAY['Oliver','Amelia','Jack','Isla','Harry','Ava','George','Mia','Noah','Grace'])[1 + n % 10] || ' ' ||
              (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Wright','Walker','Robinson'])[1 + (n / 10) % 12] ||
              CASE WHEN n % 3 = 0 THEN '-' || md5(n::text) ELSE '' END,
              date '1960-01-01' + n % 16000, 'Testshire', 'T' || lpad(n::text, 6, '0'), (9100000000 + n)::text
         FROM generate_series(1, 20000) n`,
      [own.id, other.id],
    );
    await ds.query('ANALYZE person');
    await ds.query('ANALYZE person_search_key');
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  const plan = async (input: SearchTerms) => {
    const q = peopleSearchSql(viewer, input, 20);
    const found = (await ds.query(`EXPLAIN (COSTS OFF) ${q.sql}`, q.params)) as Array<{ 'QUERY PLAN': string }>;
    return found.map((r) => r['QUERY PLAN']).join('\n');
  };

  it('finds names with a typo through the trigram indexes, without scanning every record', async () => {
    for (const name of ['olivr smith', 'amelia jnoes', 'tayler']) {
      // A name alone starts from the search keys (person.search-key.test.ts): here half of them
      // are the viewer's organisation's, and PostgreSQL may read them all; at a million people
      // it starts from their trigram index (the plan in docs/performance.md).
      const text = await plan({ name });
      expect(text).toMatch(/on person_search_key k/);
      expect(text).not.toMatch(/Seq Scan on person p\b/);
      // A name with a date of birth: the general statement, from one of the person's indexes.
      const withDate = await plan({ name, dateOfBirth: '1970-05-04' });
      expect(withDate).toMatch(/person_name_trgm_gin_idx|person_date_of_birth_idx/);
      expect(withDate).not.toMatch(/Seq Scan on person p\b/);
    }
  });

  it('finds a date of birth and an identifier through their own indexes', async () => {
    const byDate = await plan({ dateOfBirth: '1970-05-04' });
    expect(byDate).toContain('person_date_of_birth_idx');
    expect(byDate).not.toMatch(/Seq Scan on person p\b/);
    const byIdentifier = await plan({ identifier: 'T000123' });
    expect(byIdentifier).toContain('person_crn_key');
    expect(byIdentifier).not.toMatch(/Seq Scan on person p\b/);
  });

  it('returns the nearest names first: a typo still finds the name it was meant to be', async () => {
    const q = peopleSearchSql(viewer, { name: 'olivr smith' }, 5);
    const ids = ((await ds.query(q.sql, q.params)) as Array<{ id: string }>).map((r) => r.id);
    const names = new Map(
      (
        (await ds.query(`SELECT id, legal_name FROM person WHERE id = ANY ($1::uuid[])`, [ids])) as Array<{
          id: string;
          legal_name: string;
        }>
      ).map((r) => [r.id, r.legal_name]),
    );
    const found = ids.map((id) => ({ legal_name: names.get(id)! }));
    expect(found.length).toBeGreaterThan(0);
    // Word similarity compares with the closest words of a name, so "Oliver Smith-…" is as near.
    for (const { legal_name } of found) expect(legal_name).toMatch(/^Oliver Smith/);
  });
});
