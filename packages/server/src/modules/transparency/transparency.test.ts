import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, recordAgreement } from '../../../test/people.js';
import { isUnder18 } from './transparency.service.js';

const NOTICE = `query ($id: ID!) { privacyNotice(personId: $id) {
  personId personName generatedOn heldBy { id name } sharedWith { organisation { id name } sharedParts }
  purposes lawfulBases informationHeld { heading text } keptFor rights { heading text } howToAsk complaint jointControllers } }`;

interface Notice {
  personName: string;
  heldBy: { id: string; name: string };
  sharedWith: Array<{ organisation: { id: string; name: string }; sharedParts: string[] }>;
  purposes: string[];
  lawfulBases: string[];
  informationHeld: Array<{ heading: string; text: string }>;
  keptFor: string[];
  rights: Array<{ heading: string; text: string }>;
  howToAsk: string;
  complaint: string;
  jointControllers: string;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const yearsAgo = (years: number, days = 0) => {
  const d = new Date(Date.now() - days * 86_400_000);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
};

describe('transparency', () => {
  let app: TestApp;
  const orgs: Record<'a' | 'b' | 'outsider', string> = { a: '', b: '', outsider: '' };
  const c: Record<string, GqlClient> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    orgs.a = (await buildOrganisation(app.dataSource, { kind: 'CHARITY', name: 'Brightwater Charity' })).id;
    orgs.b = (await buildOrganisation(app.dataSource, { kind: 'PROBATION', name: 'Brightwater Probation' })).id;
    orgs.outsider = (await buildOrganisation(app.dataSource, { kind: 'POLICE', name: 'Faraway Police' })).id;
    for (const [key, role, org] of [
      ['admin', 'ADMIN', orgs.a],
      ['chair', 'COORDINATOR', orgs.a],
      ['managerA', 'MANAGER', orgs.a],
      ['managerB', 'MANAGER', orgs.b],
      ['practitionerB', 'PRACTITIONER', orgs.b],
      ['leadB', 'PRACTITIONER', orgs.b],
      ['outsider', 'PRACTITIONER', orgs.outsider],
    ] as const) {
      const user = await buildUser(app.dataSource, { organisationId: org, role, name: `${key} user` });
      ids[key] = user.id;
      c[key] = new GqlClient(app.url);
      await c[key]!.login(user.email, TEST_PASSWORD);
    }
    const isa = await c.admin!.ok<{ recordInformationSharingAgreement: { id: string; version: number } }>(
      `mutation ($input: IsaTermsInput!) { recordInformationSharingAgreement(input: $input) { id version } }`,
      {
        input: {
          title: 'Brightwater huddle ISA',
          purposes: 'Coordinating support for adults facing multiple disadvantage.',
          partyOrganisationIds: [orgs.a, orgs.b],
          lawfulBasisCodes: ['ART6_1_E', 'ART9_2_H', 'ART10_SCHEDULE_1', 'SCH1_P2', 'CL_AGREEMENT'],
          sections: ['STORY', 'NEEDS', 'HEALTH', 'OFFENDING'],
          retention: 'Six years after last contact.',
          pastMinutesVisibleToNewParties: false,
          reviewOn: inDays(200),
        },
      },
    );
    ids.isa = isa.recordInformationSharingAgreement.id;
    for (const m of ['managerA', 'managerB']) {
      await c[m]!.ok(
        `mutation ($id: ID!) { signInformationSharingAgreement(input: { id: $id, version: 1, signatoryRole: "Head of service" }) { id } }`,
        {
          id: ids.isa,
        },
      );
    }
    const huddle = await c.chair!.ok<{ createHuddle: { id: string } }>(
      `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`,
      { input: { name: 'Brightwater MEAM', councilArea: 'Brightwater', memberOrganisationIds: [orgs.a, orgs.b], chairIds: [ids.chair] } },
    );
    ids.huddle = huddle.createHuddle.id;
    await c.chair!.ok(`mutation ($h: ID!, $i: ID!) { setHuddleIsa(huddleId: $h, isaId: $i) { id } }`, { h: ids.huddle, i: ids.isa });
    ids.person = await createFullPerson(c.chair!, 'Robin Example');
    await c.chair!.ok(`mutation ($input: AddToCaseloadInput!) { addToCaseload(input: $input) { warning } }`, {
      input: {
        huddleId: ids.huddle,
        personId: ids.person,
        referringOrganisationId: orgs.a,
        coordinatorId: ids.chair,
        offerOfHelp: 'A key worker.',
      },
    });
    await recordAgreement(c.chair!, ids.person, [orgs.b], ['STORY', 'NEEDS']);
  });
  afterAll(() => app.stop());

  it('gives those with full access a plain-English notice built from the ISA, the agreements, the lawful bases and the retention schedules', async () => {
    const { privacyNotice: n } = await c.chair!.ok<{ privacyNotice: Notice }>(NOTICE, { id: ids.person });
    expect(n.personName).toBe('Robin');
    expect(n.heldBy.name).toBe('Brightwater Charity');
    expect(n.sharedWith).toEqual([
      { organisation: { id: orgs.b, name: 'Brightwater Probation' }, sharedParts: ['your story', 'what you need help with'] },
    ]);
    expect(n.purposes).toEqual(['Coordinating support for adults facing multiple disadvantage.']);
    const labels = await app.dataSource.query(`SELECT label FROM lawful_basis WHERE code = ANY ($1)`, [
      ['ART6_1_E', 'ART9_2_H', 'CL_AGREEMENT'],
    ]);
    for (const { label } of labels as Array<{ label: string }>) expect(n.lawfulBases).toContain(label);
    expect(n.informationHeld.map((i) => i.heading)).toEqual(
      expect.arrayContaining([
        'Who you are',
        'Your story',
        'What you need help with',
        'Your health',
        'Prison and probation',
        'How to contact you',
      ]),
    );
    const [schedule] = (await app.dataSource.query(
      `SELECT period_count FROM retention_schedule WHERE record_type = 'PERSON_RECORD'`,
    )) as Array<{
      period_count: number;
    }>;
    expect(n.keptFor[0]).toContain(`${schedule!.period_count} years after your support ends`);
    expect(n.rights.map((r) => r.heading)).toEqual([
      'See your information',
      'Correct your information',
      'Limit how it is used',
      'Object',
      'Delete your information',
    ]);
    expect(n.howToAsk).toContain('Brightwater Charity');
    expect(n.complaint).toContain('ico.org.uk');
    expect(n.complaint).toContain('0303 123 1113');
    expect(n.jointControllers).toContain('decide together');
  });

  it('follows a change to the retention schedule', async () => {
    await c.admin!.ok(`mutation ($input: UpdateRetentionScheduleInput!) { updateRetentionSchedule(input: $input) { recordType } }`, {
      input: { recordType: 'PERSON_RECORD', periodCount: 7, periodUnit: 'YEARS', graceDays: 30, source: 'Local decision.' },
    });
    const { privacyNotice: n } = await c.chair!.ok<{ privacyNotice: Notice }>(NOTICE, { id: ids.person });
    expect(n.keptFor[0]).toBe('We keep your record for 7 years after your support ends. Then it is checked and deleted.');
  });

  it('is refused, with the one FORBIDDEN answer, to viewers without full access; reads and refusals are audited', async () => {
    const shared = await c.practitionerB!.request(NOTICE, { id: ids.person });
    expect(errorCode(shared)).toBe('FORBIDDEN');
    const stranger = await c.outsider!.request(NOTICE, { id: ids.person });
    expect(errorCode(stranger)).toBe('FORBIDDEN');
    expect(stranger.errors![0]!.message).toContain('You do not have access to this record');
    const audit = (await app.dataSource.query(
      `SELECT action, actor_id FROM audit_event WHERE person_id = $1 AND purpose = 'Privacy notice' ORDER BY id`,
      [ids.person],
    )) as Array<{ action: string; actor_id: string }>;
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'READ', actor_id: ids.chair },
        { action: 'READ_DENIED', actor_id: ids.practitionerB },
        { action: 'READ_DENIED', actor_id: ids.outsider },
      ]),
    );
  });

  it('is given to a lead professional in another organisation, which it lists with the parts it may see', async () => {
    await c.chair!.ok(`mutation ($p: ID!, $u: ID!) { setLeadProfessional(personId: $p, userId: $u) { id } }`, {
      p: ids.person,
      u: ids.leadB,
    });
    const { privacyNotice: n } = await c.leadB!.ok<{ privacyNotice: Notice }>(NOTICE, { id: ids.person });
    expect(n.heldBy.name).toBe('Brightwater Charity');
    expect(n.sharedWith).toEqual([
      { organisation: { id: orgs.b, name: 'Brightwater Probation' }, sharedParts: ['your story', 'what you need help with'] },
    ]);
  });

  it('exports the record of processing as CSV for administrators only', async () => {
    expect(errorCode(await c.managerA!.request(`{ recordOfProcessingCsv }`))).toBe('FORBIDDEN');
    const { recordOfProcessingCsv: csv } = await c.admin!.ok<{ recordOfProcessingCsv: string }>(`{ recordOfProcessingCsv }`);
    const [header, ...data] = parse(csv) as string[][];
    expect(header).toEqual([
      'Processing activity',
      'Controller',
      'Purposes',
      'Categories of data subjects',
      'Categories of personal data',
      'Recipients',
      'Lawful basis and conditions',
      'Retention',
      'Security measures',
    ]);
    const categories = data.map((r) => r[4]!);
    for (const word of ['Identity', 'Life story', 'Support needs', 'Health', 'Risk', 'Criminal offence', 'Contact preferences']) {
      expect(categories.some((c) => c.startsWith(word))).toBe(true);
    }
    const health = data.find((r) => r[4]!.startsWith('Health'))!;
    expect(health[1]).toContain('Brightwater Charity');
    expect(health[2]).toContain('Coordinating support');
    expect(health[5]).toContain('Brightwater Probation');
    expect(health[6]).toContain('Art. 9');
    expect(health[8]).toContain('argon2');
    // The ISA does not cover contact preferences: no recipients under it.
    expect(data.find((r) => r[4]!.startsWith('Contact preferences'))![5]).not.toContain('Brightwater Probation');
  });

  it('neutralises spreadsheet formulas in the CSV', async () => {
    await c.admin!.ok(`mutation ($input: IsaTermsInput!) { recordInformationSharingAgreement(input: $input) { id } }`, {
      input: {
        title: 'Formula ISA',
        purposes: '=HYPERLINK("http://example.invalid")',
        partyOrganisationIds: [orgs.a, orgs.outsider],
        lawfulBasisCodes: ['ART6_1_E', 'CL_AGREEMENT'],
        sections: ['CONTACT'],
        retention: 'One year.',
        pastMinutesVisibleToNewParties: false,
        reviewOn: inDays(100),
      },
    });
    const { recordOfProcessingCsv: csv } = await c.admin!.ok<{ recordOfProcessingCsv: string }>(`{ recordOfProcessingCsv }`);
    const contact = (parse(csv) as string[][]).find((r) => r[4]!.startsWith('Contact preferences'))!;
    expect(contact[2]).toContain("'=HYPERLINK");
  });

  it('flags a child for viewers who may see the date of birth, and hides the flag from names-only viewers', async () => {
    const created = await c.chair!.ok<{ createPerson: { id: string } }>(
      `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { legalName: 'Sam Young', dateOfBirth: yearsAgo(16), councilArea: 'Brightwater' } },
    );
    const child = created.createPerson.id;
    await recordAgreement(c.chair!, child, [orgs.b], ['NEEDS']);
    const PROFILE = `query ($id: ID!) { person(id: $id, purpose: "Test") { lockedDown profile { dateOfBirth under18 } } }`;
    type P = { person: { lockedDown: boolean; profile: { dateOfBirth: string; under18: boolean } | null } };
    expect((await c.chair!.ok<P>(PROFILE, { id: child })).person.profile!.under18).toBe(true);
    expect((await c.practitionerB!.ok<P>(PROFILE, { id: child })).person.profile!.under18).toBe(true);
    expect((await c.chair!.ok<P>(PROFILE, { id: ids.person })).person.profile!.under18).toBe(false);
    await c.chair!.ok(
      `mutation ($id: ID!) { setPersonLockdown(personId: $id, lockedDown: true, reason: "Risk of harm from a known associate") { id } }`,
      {
        id: child,
      },
    );
    const namesOnly = await c.practitionerB!.ok<P>(PROFILE, { id: child });
    expect(namesOnly.person.lockedDown).toBe(true);
    expect(namesOnly.person.profile).toBeNull();
  });

  it('counts someone as under 18 until their eighteenth birthday (Europe/London day)', () => {
    expect(isUnder18('2008-12-04', '2026-12-03')).toBe(true);
    expect(isUnder18('2008-12-03', '2026-12-03')).toBe(false);
    expect(isUnder18('2008-02-29', '2026-02-28')).toBe(true);
    expect(isUnder18('2008-02-29', '2026-03-01')).toBe(false);
    expect(isUnder18(null, '2026-12-03')).toBe(false);
  });
});
