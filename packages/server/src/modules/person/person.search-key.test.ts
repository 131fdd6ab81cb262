import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createAppDataSource } from '../../app/data-source.js';
import { rows } from '../../core/sql.js';
import { buildOrganisation, buildUser, type BuiltUser } from '../../../test/factories.js';
import { createTestDatabase } from '../../../test/harness.js';
import { MAY_KNOW_SQL } from './person.policy.js';
import { peopleSearchSql } from './person.search.js';

/**
 * A name search alone starts from `person_search_key` (the viewer's organisation's rows, kept by
 * triggers; migration 1766275200000). These tests hold it to the general statement's answer,
 * written out here as it was before (every person with a similar name, filtered by "may know",
 * nearest first, then by legal name and id), over people known in every way the rule allows and
 * in ways it does not (expired, withdrawn, merged), and check that the key table stays equal to
 * what it would be rebuilt from scratch after each kind of change.
 */
describe('person search keys', () => {
  let ds: DataSource;
  let viewer: BuiltUser;
  let own: string;
  let other: string;
  let third: string;

  const nameOf = `lower(p.legal_name || ' ' || coalesce(p.preferred_name, ''))`;
  /** The general statement for a name alone: every similar name, then "may know". */
  const reference = async (name: string, limit: number): Promise<string[]> => {
    const short = name.length < 3;
    const params: unknown[] = [viewer.id, viewer.organisationId, viewer.role, name, limit];
    if (short) params.push(name.replace(/[\\%_]/g, '\\$&'));
    const found = (await ds.query(
      short
        ? `SELECT p.id FROM person p WHERE ${MAY_KNOW_SQL} AND ${nameOf} LIKE '%' || $6 || '%'
            ORDER BY word_similarity($4, ${nameOf}) DESC, p.legal_name, p.id LIMIT $5`
        : `SELECT p.id FROM person p WHERE ${MAY_KNOW_SQL} AND $4 <% ${nameOf}
            ORDER BY $4 <<-> ${nameOf}, p.legal_name, p.id LIMIT $5`,
      params,
    )) as Array<{ id: string }>;
    return found.map((r) => r.id);
  };
  /** The statement as the service runs it: planned generically where it says so (a name of three letters or more). */
  const search = async (name: string, limit: number): Promise<string[]> => {
    const q = peopleSearchSql(viewer, { name }, limit);
    expect(q.genericPlan).toBe(name.length >= 3);
    const found = await rows<{ id: string }>(ds, q.sql, q.params, { prepared: q.genericPlan, genericPlan: q.genericPlan });
    return found.map((r) => r.id);
  };
  /** Rows of the key table that differ from a rebuild from scratch (both ways). */
  const stale = async () =>
    (await ds.query(
      `WITH fresh AS (
         SELECT o.org AS organisation_id, p.id AS person_id, p.legal_name, ${nameOf} AS name
           FROM person p
          CROSS JOIN LATERAL (
                SELECT p.owning_organisation_id
                UNION SELECT unnest(a.organisation_ids) FROM sharing_agreement a WHERE a.person_id = p.id AND a.withdrawn_at IS NULL
                UNION SELECT w.organisation_id FROM sharing_without_agreement w WHERE w.person_id = p.id) o(org)
          WHERE p.merged_into_id IS NULL)
       (SELECT 'missing' AS what, * FROM fresh EXCEPT SELECT 'missing', * FROM person_search_key)
       UNION ALL
       (SELECT 'extra', * FROM person_search_key EXCEPT SELECT 'extra', * FROM fresh)`,
    )) as unknown[];
  const names = [
    'olivr smith',
    'amelia jnoes',
    'tayler',
    'smith',
    'jones',
    'wrigt',
    'harry',
    'ava patell',
    'le',
    'ng',
    'mi',
    'grace walkr',
    'noah',
  ];
  const expectSameAnswers = async () => {
    for (const name of names) {
      for (const limit of [5, 20, 50]) expect(await search(name, limit), `${name} (${limit})`).toEqual(await reference(name, limit));
    }
  };

  beforeAll(async () => {
    ds = createAppDataSource({ url: (await createTestDatabase()).url, poolSize: 2 });
    await ds.initialize();
    own = (await buildOrganisation(ds)).id;
    other = (await buildOrganisation(ds)).id;
    third = (await buildOrganisation(ds)).id;
    viewer = await buildUser(ds, { organisationId: own });
    const colleague = await buildUser(ds, { organisationId: other });
    // 3,000 people: common names repeat (and a few short family names), held by three organisations.
    await ds.query(
      `INSERT INTO person (owning_organisation_id, legal_name, preferred_name, date_of_birth, council_area, crn, nhs_number)
       SELECT (ARRAY[$1::uuid, $2::uuid, $3::uuid])[1 + n % 3],
              (ARRAY['Oliver','Amelia','Jack','Isla','Harry','Ava','George','Mia','Noah','Grace'])[1 + n % 10] || ' ' ||
              (ARRAY['Smith','Jones','Taylor','Brown','Le','Wilson','Ng','Davies','Patel','Wright','Walker','Li'])[1 + (n / 10) % 12] ||
              CASE WHEN n % 7 = 0 THEN '-' || substr(md5(n::text), 1, 6) ELSE '' END,
              CASE WHEN n % 9 = 0 THEN 'Mi' END,
              date '1960-01-01' + n % 16000, 'Testshire', 'K' || lpad(n::text, 6, '0'), (9200000000 + n)::text
         FROM generate_series(1, 3000) n`,
      [own, other, third],
    );
    // Known in every way the rule allows, and in ways it no longer does.
    await ds.query(
      `INSERT INTO sharing_agreement (person_id, organisation_ids, sections, agreed_on, expires_on, recorded_by, withdrawn_at)
       SELECT id, ARRAY[$1::uuid, $3::uuid], ARRAY['STORY'], current_date - 10,
              CASE WHEN substr(crn, 2)::int % 5 = 2 THEN current_date - 1 ELSE current_date + 100 END, $2,
              CASE WHEN substr(crn, 2)::int % 5 = 3 THEN now() END
         FROM person WHERE owning_organisation_id <> $1 AND substr(crn, 2)::int % 5 IN (1, 2, 3)`,
      [own, colleague.id, third],
    );
    await ds.query(
      `INSERT INTO sharing_without_agreement (person_id, organisation_id, owning_organisation_id, purpose, schedule1_condition, sections, reason, approved_by, approved_at, expires_at)
       SELECT id, $1, owning_organisation_id, 'SAFEGUARDING', 'SCH1_P18', ARRAY['STORY'], 'Risk to life', $2, now() - interval '2 days',
              CASE WHEN substr(crn, 2)::int % 11 = 4 THEN now() + interval '1 day' ELSE now() - interval '1 day' END
         FROM person WHERE owning_organisation_id <> $1 AND substr(crn, 2)::int % 11 IN (4, 5)`,
      [own, colleague.id],
    );
    await ds.query(
      `INSERT INTO person_lead (person_id, organisation_id, user_id)
       SELECT id, $1, $2 FROM person WHERE owning_organisation_id <> $1 AND substr(crn, 2)::int % 13 = 6`,
      [own, viewer.id],
    );
    await ds.query(
      `INSERT INTO break_glass (person_id, user_id, reason, expires_at)
       SELECT id, $1, 'Emergency access', CASE WHEN substr(crn, 2)::int % 17 = 7 THEN now() + interval '1 hour' ELSE now() - interval '1 hour' END
         FROM person WHERE owning_organisation_id <> $2 AND substr(crn, 2)::int % 17 IN (7, 8)`,
      [viewer.id, own],
    );
    await ds.query(
      `UPDATE person p SET merged_into_id = (SELECT id FROM person WHERE crn = 'K000001'), merged_at = now()
        WHERE substr(p.crn, 2)::int % 19 = 9`,
    );
    await ds.query('ANALYZE');
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  it('answers a name search exactly as the general statement does, for every way of knowing a person', async () => {
    expect(await stale()).toEqual([]);
    // Some of the answers come from each way of knowing someone outside the viewer's organisation.
    const known = new Set([...(await search('smith', 50)), ...(await search('jones', 50)), ...(await search('le', 50))]);
    const outside = (await ds.query(`SELECT id FROM person WHERE owning_organisation_id <> $1 AND id = ANY ($2::uuid[])`, [
      own,
      [...known],
    ])) as unknown[];
    expect(outside.length).toBeGreaterThan(0);
    await expectSameAnswers();
  });

  it('starts a name search from the search keys, never a scan of every record', async () => {
    for (const name of ['olivr smith', 'tayler']) {
      const q = peopleSearchSql(viewer, { name }, 20);
      const plan = ((await ds.query(`EXPLAIN (COSTS OFF) ${q.sql}`, q.params)) as Array<{ 'QUERY PLAN': string }>)
        .map((r) => r['QUERY PLAN'])
        .join('\n');
      expect(plan).toMatch(/on person_search_key k/);
      expect(plan).not.toMatch(/Seq Scan on person p\b/);
      // And the plan it is run with, made once for any value (at a million people, from the
      // keys' trigram index: the plan in docs/performance.md).
      const generic = ((await ds.query(`EXPLAIN (GENERIC_PLAN, COSTS OFF) ${q.sql}`)) as Array<{ 'QUERY PLAN': string }>)
        .map((r) => r['QUERY PLAN'])
        .join('\n');
      expect(generic).toMatch(/on person_search_key k/);
      expect(generic).not.toMatch(/Seq Scan on person p\b/);
    }
  });

  it('keeps the keys when names, owners, sharing and merges change, and drops them with the person', async () => {
    const [a, b, c] = (await ds.query(
      `SELECT id FROM person WHERE owning_organisation_id = $1 AND merged_into_id IS NULL ORDER BY crn LIMIT 3`,
      [other],
    )) as Array<{ id: string }>;
    // A new name, and a preferred name.
    await ds.query(`UPDATE person SET legal_name = 'Zebedee Quixote' WHERE id = $1`, [a!.id]);
    await ds.query(`UPDATE person SET preferred_name = 'Zeb' WHERE id = $1`, [b!.id]);
    expect(await stale()).toEqual([]);
    expect(await search('zebede quixote', 20)).toEqual(await reference('zebede quixote', 20));
    // Shared with the viewer's organisation, then withdrawn, then deleted.
    await ds.query(
      `INSERT INTO sharing_agreement (person_id, organisation_ids, sections, agreed_on, expires_on, recorded_by)
       VALUES ($1, ARRAY[$2::uuid], ARRAY['STORY'], current_date, current_date + 30, $3)`,
      [a!.id, own, viewer.id],
    );
    expect(await stale()).toEqual([]);
    expect(await search('zebede quixote', 20)).toContain(a!.id);
    await ds.query(`UPDATE sharing_agreement SET withdrawn_at = now() WHERE person_id = $1`, [a!.id]);
    expect(await stale()).toEqual([]);
    expect(await search('zebede quixote', 20)).not.toContain(a!.id);
    await ds.query(`DELETE FROM sharing_agreement WHERE person_id = $1`, [a!.id]);
    expect(await stale()).toEqual([]);
    // A new owner, and sharing without agreement moved to another person.
    await ds.query(`UPDATE person SET owning_organisation_id = $1 WHERE id = $2`, [own, a!.id]);
    expect(await stale()).toEqual([]);
    expect(await search('zebede quixote', 20)).toContain(a!.id);
    await ds.query(`UPDATE sharing_without_agreement SET person_id = $1 WHERE id = (SELECT id FROM sharing_without_agreement LIMIT 1)`, [
      c!.id,
    ]);
    expect(await stale()).toEqual([]);
    // Merged (the merged record leaves search), and the merge undone.
    await ds.query(`UPDATE person SET merged_into_id = $1, merged_at = now() WHERE id = $2`, [b!.id, a!.id]);
    expect(await stale()).toEqual([]);
    expect(await search('zebede quixote', 20)).not.toContain(a!.id);
    await ds.query(`UPDATE person SET merged_into_id = NULL, merged_at = NULL WHERE id = $1`, [a!.id]);
    expect(await stale()).toEqual([]);
    // Deleted (as erasure does): the keys go with the person.
    await ds.query(`DELETE FROM person WHERE id = $1`, [c!.id]);
    expect(await ds.query(`SELECT 1 FROM person_search_key WHERE person_id = $1`, [c!.id])).toEqual([]);
    expect(await stale()).toEqual([]);
    await expectSameAnswers();
  });
});
