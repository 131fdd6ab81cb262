import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient, type GqlResult } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

const ISA_FIELDS = `id title version pastMinutesVisibleToNewParties reviewOn reviewDue signedByAll awaitingMySignature
  lawfulBases { code kind } sections parties { organisation { id name } currentSignature { version signatoryName signatoryRole } latestSignature { version } }`;
const RECORD_ISA = `mutation ($input: IsaTermsInput!) { recordInformationSharingAgreement(input: $input) { ${ISA_FIELDS} } }`;
const REVISE_ISA = `mutation ($input: ReviseIsaInput!) { reviseInformationSharingAgreement(input: $input) { ${ISA_FIELDS} } }`;
const SIGN_ISA = `mutation ($id: ID!, $v: Int!) { signInformationSharingAgreement(input: { id: $id, version: $v, signatoryRole: "Head of service" }) { ${ISA_FIELDS} } }`;
const SET_ISA = `mutation ($h: ID!, $i: ID!) { setHuddleIsa(huddleId: $h, isaId: $i) { id } }`;
const ADD_MEMBER = `mutation ($h: ID!, $o: ID!) { addHuddleMember(huddleId: $h, organisationId: $o) { id memberOrganisations { id } informationSharingAgreement { id version } } }`;
const MEETING = `query ($id: ID!) { meeting(id: $id) { id status items { id title } } }`;
const SCHEDULE = `mutation ($h: ID!, $at: DateTimeISO!) { scheduleMeeting(huddleId: $h, startsAt: $at) { meetings { id status } } }`;

type Isa = {
  id: string;
  version: number;
  reviewDue: boolean;
  signedByAll: boolean;
  awaitingMySignature: boolean;
  parties: Array<{ organisation: { id: string }; currentSignature: { version: number; signatoryName: string } | null }>;
};

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const message = (r: GqlResult) => r.errors?.[0]?.message ?? '';

describe('information sharing agreements', () => {
  let app: TestApp;
  const orgs: Record<'a' | 'b' | 'c' | 'outsider', string> = { a: '', b: '', c: '', outsider: '' };
  const c: Record<string, GqlClient> = {};
  const ids: Record<string, string> = {};

  const terms = (overrides: Record<string, unknown> = {}) => ({
    title: 'Northvale huddle ISA',
    purposes: 'Coordinating support for adults facing multiple disadvantage.',
    partyOrganisationIds: [orgs.a, orgs.b, orgs.c],
    lawfulBasisCodes: ['ART6_1_E', 'ART9_2_H', 'ART10_SCHEDULE_1', 'SCH1_P2', 'SCH1_P10', 'CL_AGREEMENT'],
    sections: ['STORY', 'NEEDS', 'HEALTH', 'OFFENDING'],
    retention: 'Six years after last contact.',
    pastMinutesVisibleToNewParties: false,
    reviewOn: inDays(200),
    ...overrides,
  });

  /** Schedules, starts and closes a meeting of the huddle: its minutes are then frozen. */
  const closedMeeting = async (daysAhead: number) => {
    const scheduled = await c.chair!.ok<{ scheduleMeeting: { meetings: Array<{ id: string; status: string }> } }>(SCHEDULE, {
      h: ids.huddle,
      at: new Date(Date.now() + daysAhead * 86_400_000).toISOString(),
    });
    const meeting = scheduled.scheduleMeeting.meetings.find((m) => m.status === 'PLANNED')!;
    await c.chair!.ok(`mutation ($id: ID!) { startMeeting(meetingId: $id) { id } }`, { id: meeting.id });
    await c.chair!.ok(`mutation ($id: ID!) { closeMeeting(meetingId: $id) { id } }`, { id: meeting.id });
    return meeting.id;
  };

  beforeAll(async () => {
    app = await startTestApp();
    orgs.a = (await buildOrganisation(app.dataSource, { kind: 'CHARITY', name: 'Northvale Charity' })).id;
    orgs.b = (await buildOrganisation(app.dataSource, { kind: 'PROBATION', name: 'Northvale Probation' })).id;
    orgs.c = (await buildOrganisation(app.dataSource, { kind: 'COUNCIL_HOUSING', name: 'Northvale Housing' })).id;
    orgs.outsider = (await buildOrganisation(app.dataSource, { kind: 'POLICE', name: 'Elsewhere Police' })).id;
    for (const [key, role, org] of [
      ['admin', 'ADMIN', orgs.a],
      ['chair', 'COORDINATOR', orgs.a],
      ['managerA', 'MANAGER', orgs.a],
      ['managerB', 'MANAGER', orgs.b],
      ['managerC', 'MANAGER', orgs.c],
      ['managerOutsider', 'MANAGER', orgs.outsider],
      ['practitionerA', 'PRACTITIONER', orgs.a],
      ['practitionerB', 'PRACTITIONER', orgs.b],
      ['practitionerC', 'PRACTITIONER', orgs.c],
    ] as const) {
      const user = await buildUser(app.dataSource, { organisationId: org, role, name: `${key} user` });
      ids[key] = user.id;
      c[key] = new GqlClient(app.url);
      await c[key]!.login(user.email, TEST_PASSWORD);
    }
    const huddle = await c.chair!.ok<{ createHuddle: { id: string } }>(
      `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`,
      { input: { name: 'Northvale MEAM', councilArea: 'Northvale', memberOrganisationIds: [orgs.a, orgs.b], chairIds: [ids.chair] } },
    );
    ids.huddle = huddle.createHuddle.id;
    ids.firstMinutes = await closedMeeting(1);
  });
  afterAll(() => app.stop());

  it('is recorded by administrators only, with an Art. 9 and 10 condition for the sections it covers', async () => {
    expect(errorCode(await c.managerA!.request(RECORD_ISA, { input: terms() }))).toBe('FORBIDDEN');
    const noArticle9 = await c.admin!.request(RECORD_ISA, { input: terms({ lawfulBasisCodes: ['ART6_1_E', 'CL_AGREEMENT'] }) });
    expect(errorCode(noArticle9)).toBe('VALIDATION_FAILED');
    expect(message(noArticle9)).toContain('Article 9');
    const unknownBasis = await c.admin!.request(RECORD_ISA, { input: terms({ lawfulBasisCodes: ['ART6_1_E', 'NOT_A_BASIS'] }) });
    expect(errorCode(unknownBasis)).toBe('VALIDATION_FAILED');
    const recorded = await c.admin!.ok<{ recordInformationSharingAgreement: Isa }>(RECORD_ISA, { input: terms() });
    const isa = recorded.recordInformationSharingAgreement;
    expect(isa.version).toBe(1);
    expect(isa.parties).toHaveLength(3);
    expect(isa.parties.every((p) => p.currentSignature === null)).toBe(true);
    ids.isa = isa.id;
  });

  it('is signed for each party by its manager; others cannot sign', async () => {
    expect(errorCode(await c.practitionerA!.request(SIGN_ISA, { id: ids.isa, v: 1 }))).toBe('FORBIDDEN');
    expect(errorCode(await c.managerOutsider!.request(SIGN_ISA, { id: ids.isa, v: 1 }))).toBe('NOT_FOUND');
    const awaiting = await c.managerA!.ok<{ informationSharingAgreements: Isa[] }>(`{ informationSharingAgreements { ${ISA_FIELDS} } }`);
    expect(awaiting.informationSharingAgreements.find((i) => i.id === ids.isa)!.awaitingMySignature).toBe(true);
    const signed = await c.managerA!.ok<{ signInformationSharingAgreement: Isa }>(SIGN_ISA, { id: ids.isa, v: 1 });
    const mine = signed.signInformationSharingAgreement.parties.find((p) => p.organisation.id === orgs.a)!;
    expect(mine.currentSignature).toMatchObject({ version: 1, signatoryName: 'managerA user' });
    expect(signed.signInformationSharingAgreement.awaitingMySignature).toBe(false);
    expect(errorCode(await c.managerA!.request(SIGN_ISA, { id: ids.isa, v: 1 }))).toBe('VALIDATION_FAILED');
  });

  it('governs a huddle: members that have not signed cannot read its minutes until they do', async () => {
    expect(errorCode(await c.practitionerA!.request(SET_ISA, { h: ids.huddle, i: ids.isa }))).toBe('FORBIDDEN');
    await c.chair!.ok(SET_ISA, { h: ids.huddle, i: ids.isa });
    await c.chair!.ok(MEETING, { id: ids.firstMinutes }); // the chair's organisation has signed
    const unsigned = await c.practitionerB!.request(MEETING, { id: ids.firstMinutes });
    expect(errorCode(unsigned)).toBe('ISA_NOT_SIGNED');
    expect(message(unsigned)).toContain('has not signed the current version');
    expect(errorCode(await c.practitionerB!.request(`query ($id: ID!) { huddle(id: $id) { id } }`, { id: ids.huddle }))).toBe(
      'ISA_NOT_SIGNED',
    );
    const listed = await c.practitionerB!.ok<{ huddles: Array<{ id: string }> }>(`{ huddles { id } }`);
    expect(listed.huddles.map((h) => h.id)).not.toContain(ids.huddle);
    await c.managerB!.ok(SIGN_ISA, { id: ids.isa, v: 1 });
    await c.practitionerB!.ok(MEETING, { id: ids.firstMinutes });
  });

  it('lets an organisation join only once it has signed, and hides minutes agreed before it joined', async () => {
    const refused = await c.chair!.request(ADD_MEMBER, { h: ids.huddle, o: orgs.c });
    expect(errorCode(refused)).toBe('ISA_NOT_SIGNED');
    expect(message(refused)).toBe(
      'Northvale Housing has not signed the current version of this huddle’s information sharing agreement, so it cannot join yet.',
    );
    expect(errorCode(await c.practitionerC!.request(MEETING, { id: ids.firstMinutes }))).toBe('FORBIDDEN');
    await c.managerC!.ok(SIGN_ISA, { id: ids.isa, v: 1 });
    expect(errorCode(await c.practitionerA!.request(ADD_MEMBER, { h: ids.huddle, o: orgs.c }))).toBe('FORBIDDEN');
    const added = await c.chair!.ok<{ addHuddleMember: { memberOrganisations: Array<{ id: string }> } }>(ADD_MEMBER, {
      h: ids.huddle,
      o: orgs.c,
    });
    expect(added.addHuddleMember.memberOrganisations.map((o) => o.id)).toContain(orgs.c);
    const earlier = await c.practitionerC!.request(MEETING, { id: ids.firstMinutes });
    expect(errorCode(earlier)).toBe('FORBIDDEN');
    expect(message(earlier)).toContain('before your organisation joined');
    ids.laterMinutes = await closedMeeting(2);
    await c.practitionerC!.ok(MEETING, { id: ids.laterMinutes });
  });

  it('blocks every party after a revision until it signs the new version; the flag opens earlier minutes', async () => {
    expect(errorCode(await c.admin!.request(REVISE_ISA, { input: { ...terms(), id: ids.isa, version: 7, revisionNote: 'Stale' } }))).toBe(
      'VERSION_CONFLICT',
    );
    const revised = await c.admin!.ok<{ reviseInformationSharingAgreement: Isa }>(REVISE_ISA, {
      input: {
        ...terms({ pastMinutesVisibleToNewParties: true }),
        id: ids.isa,
        version: 1,
        revisionNote: 'New members may read earlier minutes.',
      },
    });
    expect(revised.reviseInformationSharingAgreement.version).toBe(2);
    expect(revised.reviseInformationSharingAgreement.signedByAll).toBe(false);
    expect(errorCode(await c.practitionerC!.request(MEETING, { id: ids.laterMinutes }))).toBe('ISA_NOT_SIGNED');
    expect(errorCode(await c.practitionerB!.request(MEETING, { id: ids.laterMinutes }))).toBe('ISA_NOT_SIGNED');
    expect(errorCode(await c.managerC!.request(SIGN_ISA, { id: ids.isa, v: 1 }))).toBe('VERSION_CONFLICT');
    const signed = await c.managerC!.ok<{ signInformationSharingAgreement: Isa }>(SIGN_ISA, { id: ids.isa, v: 2 });
    expect(signed.signInformationSharingAgreement.parties.find((p) => p.organisation.id === orgs.c)!.currentSignature!.version).toBe(2);
    await c.practitionerC!.ok(MEETING, { id: ids.firstMinutes }); // earlier minutes, now shared by the ISA
    expect(errorCode(await c.practitionerB!.request(MEETING, { id: ids.laterMinutes }))).toBe('ISA_NOT_SIGNED');
    const versions = await app.dataSource.query(`SELECT version FROM isa_version WHERE isa_id = $1 ORDER BY version`, [ids.isa]);
    expect(versions).toEqual([{ version: 1 }, { version: 2 }]);
  });

  it('flags agreements due for review within 30 days to administrators', async () => {
    const soon = await c.admin!.ok<{ recordInformationSharingAgreement: Isa }>(RECORD_ISA, {
      input: terms({ title: 'Review soon', reviewOn: inDays(10) }),
    });
    expect(soon.recordInformationSharingAgreement.reviewDue).toBe(true);
    const due = await c.admin!.ok<{ isasDueForReview: Isa[] }>(`{ isasDueForReview { id reviewDue } }`);
    expect(due.isasDueForReview.map((i) => i.id)).toEqual([soon.recordInformationSharingAgreement.id]);
    expect(errorCode(await c.managerA!.request(`{ isasDueForReview { id } }`))).toBe('FORBIDDEN');
  });
});

describe('agreements to share record their lawful basis', () => {
  let app: TestApp;
  let owner: GqlClient;
  let partnerOrg: string;
  let personId: string;
  const RECORD = `mutation ($input: RecordSharingAgreementInput!) {
    recordSharingAgreement(input: $input) { sharingAgreements { id lawfulBasis { article6 { code label } article9 { code } article10 { code } schedule1 { code } commonLaw { code } isaTitle } } } }`;
  const input = (lawfulBasis: Record<string, unknown>, sections = ['HEALTH', 'OFFENDING']) => ({
    personId,
    organisationIds: [partnerOrg],
    sections,
    agreedOn: new Date().toISOString().slice(0, 10),
    expiresOn: '2099-01-01',
    lawfulBasis,
  });

  beforeAll(async () => {
    app = await startTestApp();
    const ownOrg = (await buildOrganisation(app.dataSource, { kind: 'COUNCIL_HOUSING' })).id;
    partnerOrg = (await buildOrganisation(app.dataSource, { kind: 'PROBATION' })).id;
    const user = await buildUser(app.dataSource, { organisationId: ownOrg, role: 'PRACTITIONER' });
    owner = new GqlClient(app.url);
    await owner.login(user.email, TEST_PASSWORD);
    personId = (
      await owner.ok<{ createPerson: { id: string } }>(`mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
        input: { legalName: 'Lawful Basis Test', councilArea: 'Northvale' },
      })
    ).createPerson.id;
  });
  afterAll(() => app.stop());

  it('offers the bases and conditions as data', async () => {
    const { lawfulBases } = await owner.ok<{ lawfulBases: Array<{ code: string; kind: string; needsSchedule1: boolean }> }>(
      `{ lawfulBases { code kind reference label needsSchedule1 } }`,
    );
    expect(lawfulBases.find((b) => b.code === 'ART6_1_E')).toMatchObject({ kind: 'ARTICLE_6' });
    expect(lawfulBases.find((b) => b.code === 'SCH1_P18')).toMatchObject({ kind: 'SCHEDULE_1' });
    expect(lawfulBases.find((b) => b.code === 'ART9_2_H')).toMatchObject({ kind: 'ARTICLE_9', needsSchedule1: true });
    expect(lawfulBases.some((b) => b.code === 'NOT_RECORDED')).toBe(false);
  });

  it('requires the basis, the conditions the sections need, and Schedule 1 where the condition needs it', async () => {
    const missing = await owner.request(RECORD, { input: { ...input({}), lawfulBasis: undefined } });
    expect(missing.errors?.length).toBeGreaterThan(0);
    const noConditions = await owner.request(RECORD, { input: input({ article6: 'ART6_1_E', commonLaw: 'CL_AGREEMENT' }) });
    expect(errorCode(noConditions)).toBe('VALIDATION_FAILED');
    expect(Object.keys(noConditions.errors![0]!.extensions!.fields as object).sort()).toEqual([
      'lawfulBasis.article10',
      'lawfulBasis.article9',
    ]);
    const noSchedule1 = await owner.request(RECORD, {
      input: input({ article6: 'ART6_1_E', article9: 'ART9_2_H', article10: 'ART10_OFFICIAL', commonLaw: 'CL_AGREEMENT' }),
    });
    expect(Object.keys(noSchedule1.errors![0]!.extensions!.fields as object)).toEqual(['lawfulBasis.schedule1']);
    const wrongKind = await owner.request(RECORD, { input: input({ article6: 'ART9_2_H', commonLaw: 'CL_AGREEMENT' }, ['CONTACT']) });
    expect(Object.keys(wrongKind.errors![0]!.extensions!.fields as object)).toEqual(['lawfulBasis.article6']);
    const recorded = await owner.ok<{ recordSharingAgreement: { sharingAgreements: Array<{ lawfulBasis: Record<string, unknown> }> } }>(
      RECORD,
      {
        input: input({
          article6: 'ART6_1_E',
          article9: 'ART9_2_H',
          article10: 'ART10_SCHEDULE_1',
          schedule1: ['SCH1_P2', 'SCH1_P10'],
          commonLaw: 'CL_AGREEMENT',
        }),
      },
    );
    expect(recorded.recordSharingAgreement.sharingAgreements[0]!.lawfulBasis).toEqual({
      article6: { code: 'ART6_1_E', label: 'Public task' },
      article9: { code: 'ART9_2_H' },
      article10: { code: 'ART10_SCHEDULE_1' },
      schedule1: [{ code: 'SCH1_P2' }, { code: 'SCH1_P10' }],
      commonLaw: { code: 'CL_AGREEMENT' },
      isaTitle: null,
    });
  });

  it('shows "not recorded" for agreements recorded before lawful bases were kept', async () => {
    const [row] = await app.dataSource.query(
      `INSERT INTO sharing_agreement (person_id, organisation_ids, sections, agreed_on, expires_on, recorded_by)
       SELECT $1, ARRAY[$2::uuid], ARRAY['STORY'], current_date, current_date + 10, recorded_by FROM sharing_agreement WHERE person_id = $1 LIMIT 1
       RETURNING id`,
      [personId, partnerOrg],
    );
    const read = await owner.ok<{
      person: {
        sharingAgreements: Array<{ id: string; lawfulBasis: { article6: { code: string; label: string }; commonLaw: { code: string } } }>;
      };
    }>(`query ($id: ID!) { person(id: $id) { sharingAgreements { id lawfulBasis { article6 { code label } commonLaw { code } } } } }`, {
      id: personId,
    });
    const old = read.person.sharingAgreements.find((a) => a.id === row.id)!;
    expect(old.lawfulBasis).toEqual({ article6: { code: 'NOT_RECORDED', label: 'Not recorded' }, commonLaw: { code: 'NOT_RECORDED' } });
  });
});

describe('sharing without agreement', () => {
  let app: TestApp;
  const c: Record<string, GqlClient> = {};
  let personId: string;
  let partnerOrg: string;
  const SHARE = `mutation ($input: ShareWithoutAgreementInput!) { shareWithoutAgreement(input: $input) { id sections active reason approvedBy { name } } }`;
  const REVIEWS = `query ($all: Boolean) { sharingWithoutAgreementReviews(includeReviewed: $all) { id reason sections purpose person { displayName } organisation { id } reviewedBy { name } reviewNote } }`;
  const ACCESS = `query ($id: ID!) { person(id: $id) { access { basis sections } story { text } profile { nhsNumber } } }`;
  const share = (overrides: Record<string, unknown> = {}) => ({
    personId,
    organisationId: partnerOrg,
    purpose: 'SAFEGUARDING',
    schedule1Condition: 'SCH1_P18',
    sections: ['HEALTH'],
    reason: 'Immediate risk of harm; the person cannot be reached to ask.',
    expiresOn: inDays(7),
    ...overrides,
  });

  beforeAll(async () => {
    app = await startTestApp();
    const ownOrg = (await buildOrganisation(app.dataSource, { kind: 'COUNCIL_HOUSING' })).id;
    partnerOrg = (await buildOrganisation(app.dataSource, { kind: 'NHS_MENTAL_HEALTH' })).id;
    for (const [key, role, org] of [
      ['manager', 'MANAGER', ownOrg],
      ['practitioner', 'PRACTITIONER', ownOrg],
      ['partner', 'PRACTITIONER', partnerOrg],
      ['partnerManager', 'MANAGER', partnerOrg],
    ] as const) {
      const user = await buildUser(app.dataSource, { organisationId: org, role, name: `${key} user` });
      c[key] = new GqlClient(app.url);
      await c[key]!.login(user.email, TEST_PASSWORD);
    }
    personId = (
      await c.practitioner!.ok<{ createPerson: { id: string } }>(
        `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
        {
          input: { legalName: 'Safeguarding Test', councilArea: 'Northvale', nhsNumber: '9434765919' },
        },
      )
    ).createPerson.id;
  });
  afterAll(() => app.stop());

  it('is approved only by a manager of the organisation holding the record, for at most 28 days', async () => {
    expect(errorCode(await c.practitioner!.request(SHARE, { input: share() }))).toBe('FORBIDDEN');
    expect(errorCode(await c.partnerManager!.request(SHARE, { input: share() }))).toBe('FORBIDDEN');
    expect(errorCode(await c.manager!.request(SHARE, { input: share({ expiresOn: inDays(40) }) }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await c.manager!.request(SHARE, { input: share({ schedule1Condition: 'ART6_1_E' }) }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await c.partner!.request(ACCESS, { id: personId }))).toBe('FORBIDDEN');
  });

  it('grants exactly its sections until it expires, audited and listed for review', async () => {
    const shared = await c.manager!.ok<{ shareWithoutAgreement: { id: string; sections: string[]; active: boolean } }>(SHARE, {
      input: share(),
    });
    expect(shared.shareWithoutAgreement).toMatchObject({ sections: ['HEALTH'], active: true });
    const read = await c.partner!.ok<{
      person: { access: { basis: string; sections: string[] }; story: unknown; profile: { nhsNumber: string } | null };
    }>(ACCESS, { id: personId });
    expect(read.person.access.sections).toEqual(['HEALTH']);
    expect(read.person.story).toBeNull();
    const audited = await app.dataSource.query(
      `SELECT sections, actor_role FROM audit_event WHERE person_id = $1 AND action = 'SHARING_WITHOUT_AGREEMENT'`,
      [personId],
    );
    expect(audited).toEqual([{ sections: ['HEALTH'], actor_role: 'MANAGER' }]);

    const reviews = await c.manager!.ok<{
      sharingWithoutAgreementReviews: Array<{ id: string; reason: string; person: { displayName: string } }>;
    }>(REVIEWS);
    expect(reviews.sharingWithoutAgreementReviews).toHaveLength(1);
    expect(reviews.sharingWithoutAgreementReviews[0]).toMatchObject({
      reason: share().reason,
      person: { displayName: 'Safeguarding Test' },
    });
    expect(errorCode(await c.practitioner!.request(REVIEWS))).toBe('FORBIDDEN');
    expect((await c.partnerManager!.ok<{ sharingWithoutAgreementReviews: unknown[] }>(REVIEWS)).sharingWithoutAgreementReviews).toEqual([]);

    const id = shared.shareWithoutAgreement.id;
    expect(
      errorCode(await c.partnerManager!.request(`mutation ($id: ID!) { markSharingWithoutAgreementReviewed(id: $id) { id } }`, { id })),
    ).toBe('NOT_FOUND');
    await c.manager!.ok(`mutation ($id: ID!, $n: String) { markSharingWithoutAgreementReviewed(id: $id, note: $n) { id reviewedAt } }`, {
      id,
      n: 'Justified: risk confirmed by the mental-health team.',
    });
    expect((await c.manager!.ok<{ sharingWithoutAgreementReviews: unknown[] }>(REVIEWS)).sharingWithoutAgreementReviews).toEqual([]);
    const all = await c.manager!.ok<{ sharingWithoutAgreementReviews: Array<{ reviewedBy: { name: string }; reviewNote: string }> }>(
      REVIEWS,
      { all: true },
    );
    expect(all.sharingWithoutAgreementReviews[0]).toMatchObject({
      reviewedBy: { name: 'manager user' },
      reviewNote: 'Justified: risk confirmed by the mental-health team.',
    });

    // Time passes: the sharing reaches its end.
    await app.dataSource.query(
      `UPDATE sharing_without_agreement SET approved_at = now() - interval '8 days', expires_at = now() - interval '1 second' WHERE id = $1`,
      [id],
    );
    expect(errorCode(await c.partner!.request(ACCESS, { id: personId }))).toBe('FORBIDDEN');
  });
});
