import type { OrganisationKind, Role } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../modules/auth/password.js';
import { rows } from '../core/sql.js';
import { seedDemoHuddles } from './demo-huddles.js';
import { seedDemoIsa } from './demo-isa.js';
import { seedDemoReleases } from './demo-releases.js';
import { seedDemoPeople } from './demo-people.js';
import { seedDemoReferrals } from './demo-referrals.js';
import { seedDemoDuplicates } from './demo-duplicates.js';

/** The password of every demo account. Demo data is synthetic and never seeded in production by default. */
export const DEMO_PASSWORD = 'huddle-demo-2026';

/** The main demo area. All names here are invented. */
export const DEMO_AREA = 'Northvale';

const ORGANISATIONS: Array<{ key: string; name: string; kind: OrganisationKind }> = [
  { key: 'prison', name: 'HMP Northvale', kind: 'PRISON' },
  { key: 'probation', name: 'Northvale Probation Delivery Unit', kind: 'PROBATION' },
  { key: 'housing', name: 'Northvale Council Housing Options', kind: 'COUNCIL_HOUSING' },
  { key: 'mental-health', name: 'Northvale NHS Community Mental Health Team', kind: 'NHS_MENTAL_HEALTH' },
  { key: 'recovery', name: 'Northvale Recovery Service', kind: 'DRUG_AND_ALCOHOL' },
  { key: 'police', name: 'Northvale Neighbourhood Policing', kind: 'POLICE' },
  { key: 'dwp', name: 'Northvale Jobcentre Plus', kind: 'DWP' },
  { key: 'charity', name: 'Open Door Northvale', kind: 'CHARITY' },
  { key: 'peers', name: 'Northvale Peer Mentors', kind: 'PEER_SUPPORT' },
];

/** Demo sign-ins, shown by `pnpm start` and listed in the README. */
export const DEMO_USERS: Array<{ name: string; email: string; role: Role; org: string; job: string }> = [
  { name: 'Alex Morgan', email: 'admin@casehuddle.test', role: 'ADMIN', org: 'housing', job: 'System administrator' },
  { name: 'Sam Okafor', email: 'coordinator@casehuddle.test', role: 'COORDINATOR', org: 'charity', job: 'MEAM coordinator' },
  { name: 'Priya Shah', email: 'manager@casehuddle.test', role: 'MANAGER', org: 'probation', job: 'Probation manager' },
  { name: 'Jordan Lee', email: 'probation@casehuddle.test', role: 'PRACTITIONER', org: 'probation', job: 'Probation officer' },
  { name: 'Chris Evans', email: 'housing@casehuddle.test', role: 'PRACTITIONER', org: 'housing', job: 'Housing officer' },
  { name: 'Fatima Begum', email: 'nurse@casehuddle.test', role: 'PRACTITIONER', org: 'mental-health', job: 'Mental-health nurse' },
  { name: 'Dan Kowalski', email: 'recovery@casehuddle.test', role: 'PRACTITIONER', org: 'recovery', job: 'Drug and alcohol worker' },
  { name: 'Grace Adeyemi', email: 'resettlement@casehuddle.test', role: 'PRACTITIONER', org: 'prison', job: 'Prison resettlement worker' },
  { name: 'Tom Riley', email: 'peer@casehuddle.test', role: 'PRACTITIONER', org: 'peers', job: 'Peer mentor' },
  // Sees only the person a peer mentoring referral names them for (see demo-referrals.ts).
  { name: 'Nadia Brooks', email: 'mentor@casehuddle.test', role: 'PEER_MENTOR', org: 'peers', job: 'Volunteer peer mentor' },
  { name: 'Helen Price', email: 'housing.manager@casehuddle.test', role: 'MANAGER', org: 'housing', job: 'Housing manager' },
  { name: 'Ravi Patel', email: 'coordinator2@casehuddle.test', role: 'COORDINATOR', org: 'housing', job: 'Lead worker' },
];

/**
 * Seeds synthetic demo organisations and users when the database is empty. Returns false
 * (and changes nothing) when there is already data.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await dataSource.transaction(async (manager) => {
    // Serialise concurrent first starts of several processes.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('casehuddle-seed'))`);
    const [{ count }] = (await rows<{ count: number }>(manager, `SELECT count(*)::int AS count FROM organisation`)) as [{ count: number }];
    if (count > 0) return false;
    const orgIds = new Map<string, string>();
    for (const org of ORGANISATIONS) {
      const [row] = await rows<{ id: string }>(
        manager,
        `INSERT INTO organisation (name, kind, council_area) VALUES ($1, $2, $3) RETURNING id`,
        [org.name, org.kind, DEMO_AREA],
      );
      orgIds.set(org.key, row!.id);
    }
    const userIds = new Map<string, string>();
    for (const user of DEMO_USERS) {
      const [row] = await rows<{ id: string }>(
        manager,
        `INSERT INTO app_user (name, email, organisation_id, role, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [user.name, user.email, orgIds.get(user.org), user.role, passwordHash],
      );
      userIds.set(user.email, row!.id);
    }
    await seedDemoPeople(manager, orgIds, userIds);
    return true;
  });
  if (seeded) {
    await seedDemoReleases(dataSource);
    await seedDemoHuddles(dataSource);
    await seedDemoIsa(dataSource);
    await seedDemoReferrals(dataSource);
    await seedDemoDuplicates(dataSource);
  }
  return seeded;
}
