import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createAppDataSource } from '../app/data-source.js';
import { createTestDatabase } from '../../test/harness.js';
import { seedDemoData } from './demo-data.js';

/** `pnpm start` seeds this on an empty database: it must go in whole, through the same rules as users' own changes. */
describe('the synthetic demo data', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = createAppDataSource({ url: (await createTestDatabase()).url, poolSize: 4 });
    await dataSource.initialize();
  });
  afterAll(() => dataSource.destroy());

  it('seeds an empty database once, with huddles, meetings and their minutes', async () => {
    expect(await seedDemoData(dataSource)).toBe(true);
    const [counts] = await dataSource.query(
      `SELECT (SELECT count(*) FROM organisation)::int AS organisations, (SELECT count(*) FROM app_user)::int AS users,
              (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM huddle)::int AS huddles,
              (SELECT count(*) FROM meeting WHERE status = 'CLOSED')::int AS closed,
              (SELECT count(*) FROM meeting_attendance)::int AS attendance`,
    );
    expect(counts).toMatchObject({ organisations: 9, users: 12, people: 32, huddles: 2, closed: 10 });
    expect(counts.attendance).toBeGreaterThan(0);
    // Everyone recorded as attending belongs to the huddle.
    const strangers = await dataSource.query(
      `SELECT a.user_id FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id JOIN app_user u ON u.id = a.user_id
        WHERE NOT EXISTS (SELECT 1 FROM huddle_member hm WHERE hm.huddle_id = m.huddle_id AND hm.organisation_id = u.organisation_id)
          AND NOT EXISTS (SELECT 1 FROM huddle_chair hc WHERE hc.huddle_id = m.huddle_id AND hc.user_id = u.id)`,
    );
    expect(strangers).toEqual([]);
    // The demo peer mentor is named on one accepted peer mentoring referral, with its agreement to share.
    const mentoring = await dataSource.query(
      `SELECT r.kind, r.status, r.sections FROM referral r JOIN app_user u ON u.id = r.mentor_id
        JOIN sharing_agreement a ON a.id = r.sharing_agreement_id AND a.withdrawn_at IS NULL
        WHERE u.email = 'mentor@casehuddle.test' AND u.role = 'PEER_MENTOR'`,
    );
    expect(mentoring).toEqual([{ kind: 'PEER_MENTORING', status: 'ACCEPTED', sections: ['STORY', 'CONTACT'] }]);
    expect(await seedDemoData(dataSource)).toBe(false);
  }, 120_000);
});
