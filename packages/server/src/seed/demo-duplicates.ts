import { NEED_DOMAINS } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import { rows, type SqlRunner } from '../core/sql.js';

/**
 * One synthetic duplicate pair in the council's housing options service, so that its
 * coordinator's "Possible duplicates" page has something to show: the same man registered twice,
 * once as "Jon Smyth" at the front desk and once as "Jonathan Smith" from a referral, with the
 * same date of birth. Each record holds something the other does not. Seeded last, so the
 * huddles, caseloads and releases seeded before are chosen from the same people as without it.
 */
export async function seedDemoDuplicates(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (tx) => {
    const [{ org, officer }] = (await rows<{ org: string; officer: string }>(
      tx,
      `SELECT u.organisation_id AS org, u.id AS officer FROM app_user u WHERE u.email = 'housing@casehuddle.test'`,
    )) as [{ org: string; officer: string }];
    await seedPair(tx, org, officer);
  });
}

async function seedPair(tx: SqlRunner, org: string, officer: string): Promise<void> {
  const records = [
    {
      legalName: 'Jon Smyth',
      accommodation: 'SOFA_SURFING',
      whatHelps: 'Text first; he prefers mornings.',
      note: 'Came to the front desk: sofa surfing at a friend’s flat.',
      createdDaysAgo: 40,
    },
    {
      legalName: 'Jonathan Smith',
      accommodation: null,
      whatHelps: null,
      note: 'Referred by the hostel; asked for help with a deposit.',
      createdDaysAgo: 12,
    },
  ];
  for (const r of records) {
    const [person] = await rows<{ id: string }>(
      tx,
      `INSERT INTO person (owning_organisation_id, legal_name, date_of_birth, council_area, accommodation_status, what_helps, created_by, created_at, updated_at)
       VALUES ($1, $2, '1986-09-17', 'Northvale', $3, $4, $5, now() - make_interval(days => $6), now() - make_interval(days => $6)) RETURNING id`,
      [org, r.legalName, r.accommodation, r.whatHelps, officer, r.createdDaysAgo],
    );
    const personId = person!.id;
    await tx.query(`INSERT INTO person_need (person_id, domain, updated_by) SELECT $1, d, $2 FROM unnest($3::text[]) d`, [
      personId,
      officer,
      [...NEED_DOMAINS],
    ]);
    await tx.query(`INSERT INTO person_lead (person_id, organisation_id, user_id, assigned_by) VALUES ($1, $2, $3, $3)`, [
      personId,
      org,
      officer,
    ]);
    await tx.query(
      `INSERT INTO person_timeline (person_id, kind, section, summary, author_id, author_organisation_id, at)
       VALUES ($1, 'CHANGE', NULL, 'Record created', $2, $3, now() - make_interval(days => $4)),
              ($1, 'NOTE', 'NEEDS', $5, $2, $3, now() - make_interval(days => $4) + interval '1 hour')`,
      [personId, officer, org, r.createdDaysAgo, r.note],
    );
  }
}
