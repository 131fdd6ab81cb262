import { isBankHoliday, NEED_DOMAINS, NEED_STATUSES, weekday, type NeedStatus, type SharingSection } from '@casehuddle/shared';
import type { EntityManager } from 'typeorm';
import { rows } from '../core/sql.js';

/** A small deterministic generator, so the demo data is the same on every machine. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return state / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

/** NHS numbers in the 999 range, which is set aside for testing, with a valid check digit. */
export function syntheticNhsNumber(n: number): string {
  for (let k = n; ; k++) {
    const base = `999${String(k).padStart(6, '0').slice(-6)}`;
    const sum = [...base].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${base}${check}`;
  }
}

const FIRST = [
  'Aaron',
  'Bethany',
  'Callum',
  'Dionne',
  'Eamon',
  'Fern',
  'Gareth',
  'Hollie',
  'Imran',
  'Jade',
  'Kieran',
  'Leah',
  'Marcus',
  'Nadia',
  'Owen',
  'Paige',
  'Reece',
  'Shannon',
  'Tyler',
  'Vicky',
  'Wes',
  'Yasmin',
  'Zak',
  'Connor',
  'Mia',
  'Declan',
  'Leon',
  'Stacey',
  'Jamal',
  'Tina',
];
const LAST = [
  'Ashworth',
  'Birch',
  'Carver',
  'Doyle',
  'Ellison',
  'Fletcher',
  'Gallagher',
  'Hewitt',
  'Iqbal',
  'Jennings',
  'Kelly',
  'Lowe',
  'McBride',
  'Nolan',
  'Okoro',
  'Pearce',
  'Quinn',
  'Reilly',
  'Sutton',
  'Thorpe',
  'Underwood',
  'Vickers',
  'Walsh',
  'Yates',
  'Booth',
  'Cross',
  'Dunne',
  'Frost',
  'Grant',
  'Hale',
];
/** The names some people go by, where they have said (most people use their first name). */
export const PREFERRED_NAMES: Record<string, string> = {
  Aaron: 'Az',
  Bethany: 'Beth',
  Eamon: 'Eamo',
  Imran: 'Immy',
  Kieran: 'Kez',
  Marcus: 'Marc',
  Shannon: 'Shan',
  Yasmin: 'Yaz',
  Jamal: 'Jay',
};
const PRONOUNS = ['he/him', 'she/her', 'they/them', null] as const;
const AREAS = ['Northvale', 'Northvale', 'Eastbrook', 'Southmere'] as const;
const STORIES = [
  'I was in care from when I was eleven. Since then it has been hostels, prison and back again. I want a flat of my own and to see my daughter.',
  'I came off the methadone last year and I am proud of that. Housing keeps asking me the same questions. I would rather you talk to each other.',
  'I get anxious in big offices. Text me first. I do better with mornings and with people who explain things plainly.',
  'I lost my tenancy when I went inside. I have done courses in prison and I want to work with my hands, maybe building.',
  'Hospital has been good for me this time. I need somewhere quiet when I come out, not a hostel with people using.',
];
const HELPS = [
  'Text before calling',
  'Meeting somewhere quiet',
  'Plain words and one thing at a time',
  'Seeing the same worker each time',
  'A morning appointment',
];
const AVOID = [
  'Crowded waiting rooms',
  'Being asked to repeat my story',
  'Letters only: I move about',
  'Afternoon appointments (medication makes me drowsy)',
];

/** Days from today to the first ordinary Friday (not a bank holiday) at least a week away. */
function fridayOffset(day: (offset: number) => string): number {
  let offset = 7;
  while (weekday(day(offset)) !== 5 || isBankHoliday(day(offset))) offset++;
  return offset;
}

/**
 * About 30 synthetic people with varied situations, needs, stories, lead professionals and
 * agreements to share. Releases are spread over the next six months across three council areas.
 */
export async function seedDemoPeople(tx: EntityManager, orgIds: Map<string, string>, userIds: Map<string, string>): Promise<number> {
  const r = random(20261123);
  const owners = ['probation', 'housing', 'mental-health', 'recovery', 'prison', 'charity'];
  const ownerLead: Record<string, string> = {
    probation: 'probation@casehuddle.test',
    housing: 'housing@casehuddle.test',
    'mental-health': 'nurse@casehuddle.test',
    recovery: 'recovery@casehuddle.test',
    prison: 'resettlement@casehuddle.test',
    charity: 'coordinator@casehuddle.test',
  };
  const partners = ['probation', 'housing', 'mental-health', 'recovery', 'prison', 'charity', 'peers', 'police', 'dwp'];
  const today = new Date();
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  let count = 0;
  for (let i = 0; i < 30; i++) {
    const owner = owners[i % owners.length]!;
    const first = FIRST[i]!;
    const last = LAST[(i * 7) % LAST.length]!;
    const kind = i % 3 === 0 ? 'CUSTODY' : i % 7 === 1 ? 'HOSPITAL' : 'COMMUNITY';
    // Releases every week or so over the next six months; two within the next fortnight, one of
    // them (Dionne's) on an ordinary Friday, released after midday (the plan records 13:00).
    const releaseOffset = i === 0 ? 3 : i === 3 ? fridayOffset(day) : 6 + i * 6;
    const [person] = await rows<{ id: string }>(
      tx,
      `INSERT INTO person (owning_organisation_id, legal_name, preferred_name, pronouns, date_of_birth, council_area, nhs_number, prison_number, crn,
                           situation_kind, establishment, release_date, accommodation_status, story, story_recorded_by, story_recorded_at, story_person_agreed,
                           what_helps, what_to_avoid, contact_how, contact_when, time_of_day, risk_summary, locked_down, created_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25) RETURNING id`,
      [
        orgIds.get(owner),
        `${first} ${last}`,
        PREFERRED_NAMES[first] ?? null,
        r.pick(PRONOUNS),
        `${r.int(1965, 2003)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
        AREAS[i % AREAS.length],
        syntheticNhsNumber(1000 + i * 37),
        kind === 'CUSTODY' || i % 2 === 0
          ? `${String.fromCharCode(65 + (i % 26))}${String(1000 + i * 113).slice(-4)}${String.fromCharCode(65 + ((i * 3) % 26))}${String.fromCharCode(65 + ((i * 5) % 26))}`
          : null,
        `X${String(100000 + i * 4567).slice(-6)}`,
        kind,
        kind === 'CUSTODY'
          ? r.pick(['HMP Northvale', 'HMP Eastbrook', 'HMP Southmere (women)'])
          : kind === 'HOSPITAL'
            ? 'Northvale General, Ward 7 (mental health)'
            : null,
        kind === 'COMMUNITY' ? null : day(releaseOffset),
        kind === 'COMMUNITY'
          ? r.pick(['SETTLED', 'SUPPORTED_HOUSING', 'TEMPORARY', 'HOSTEL', 'SOFA_SURFING', 'ROUGH_SLEEPING'])
          : 'NO_FIXED_ABODE',
        i % 2 === 0 ? STORIES[i % STORIES.length] : null,
        i % 2 === 0 ? userIds.get(ownerLead[owner]!) : null,
        i % 2 === 0 ? new Date(today.getTime() - r.int(10, 200) * 86_400_000) : null,
        i % 2 === 0,
        r.pick(HELPS),
        r.pick(AVOID),
        r.pick(['Mobile, text first', 'Through their probation officer', 'Drop-in at Open Door on Tuesdays']),
        r.pick(['Weekday mornings', 'After 11am', 'Any time']),
        r.pick(['MORNING', 'AFTERNOON', 'EITHER']),
        i % 5 === 0 ? 'History of violence when intoxicated. Two-worker visits advised.' : 'No current risks recorded.',
        i === 7 || i === 19,
        userIds.get(ownerLead[owner]!),
      ],
    );
    const personId = person!.id;
    const statuses = NEED_DOMAINS.map((domain, d) => ({ domain, status: NEED_STATUSES[(i + d * 2) % NEED_STATUSES.length] as NeedStatus }));
    await tx.query(
      `INSERT INTO person_need (person_id, domain, status, notes, updated_by)
       SELECT $1, s.domain, s.status, CASE WHEN s.domain = 'ACCOMMODATION' THEN 'Housing options appointment booked.' END, $2
         FROM jsonb_to_recordset($3::jsonb) AS s(domain text, status text)`,
      [personId, userIds.get(ownerLead[owner]!), JSON.stringify(statuses)],
    );
    // The owner's lead, plus one or two partner leads.
    const leadOrgs = [owner, partners[(i + 1) % partners.length]!, ...(i % 3 === 0 ? [partners[(i + 4) % partners.length]!] : [])].filter(
      (o, k, all) => all.indexOf(o) === k && ownerLead[o],
    );
    for (const org of leadOrgs) {
      await tx.query(`INSERT INTO person_lead (person_id, organisation_id, user_id, assigned_by) VALUES ($1, $2, $3, $3)`, [
        personId,
        orgIds.get(org),
        userIds.get(ownerLead[org]!),
      ]);
    }
    // Agreements to share: most active, some expiring, one expired, one withdrawn, a few with none.
    if (i % 6 !== 5) {
      const sections: SharingSection[] =
        i % 4 === 0
          ? ['STORY', 'NEEDS', 'CONTACT']
          : i % 4 === 1
            ? ['STORY', 'NEEDS', 'HEALTH', 'CONTACT']
            : ['NEEDS', 'OFFENDING', 'CONTACT'];
      const shareWith = partners
        .filter((p) => p !== owner)
        .slice(0, 3 + (i % 4))
        .map((p) => orgIds.get(p));
      const expires = i === 4 ? day(-10) : i % 5 === 2 ? day(20) : day(200 + i);
      await tx.query(
        `INSERT INTO sharing_agreement (person_id, organisation_ids, sections, agreed_on, expires_on, recorded_by, withdrawn_at, withdrawal_reason, withdrawn_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          personId,
          shareWith,
          sections,
          day(i === 4 ? -375 : -r.int(20, 120)),
          expires,
          userIds.get(ownerLead[owner]!),
          i === 10 ? new Date() : null,
          i === 10 ? 'Person asked to stop sharing with the wider partnership.' : null,
          i === 10 ? userIds.get(ownerLead[owner]!) : null,
        ],
      );
    }
    await tx.query(
      `INSERT INTO person_timeline (person_id, kind, summary, author_id, author_organisation_id, at) VALUES ($1, 'CHANGE', 'Record created', $2, $3, now() - interval '120 days')`,
      [personId, userIds.get(ownerLead[owner]!), orgIds.get(owner)],
    );
    await tx.query(
      `INSERT INTO person_timeline (person_id, kind, section, summary, author_id, author_organisation_id, at) VALUES ($1, 'NOTE', 'NEEDS', $2, $3, $4, now() - interval '3 days')`,
      [
        personId,
        r.pick([
          'Met at the drop-in; engaged well.',
          'Missed Tuesday appointment: followed up by text.',
          'Bidding on two flats this week.',
        ]),
        userIds.get(ownerLead[owner]!),
        orgIds.get(owner),
      ],
    );
    count++;
  }
  return count;
}
