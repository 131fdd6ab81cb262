import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD, type BuiltUser } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, recordAgreement, TEST_LAWFUL_BASIS } from '../../../test/people.js';

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
const PERSON = `query ($id: ID!) { person(id: $id, purpose: "Peer mentoring") {
  id legalName access { basis full sections } story { text } preferences { whatHelps } risk { summary }
  needs { domain notes } openActions { id } huddles { id } timeline { summary section } } }`;
const MINE = `{ people(search: {}) { id legalName } }`;

/**
 * Peer mentors, through the API: a mentor sees only the people an accepted PEER_MENTORING referral
 * names them for, only its sections and only while it is live; they add timeline notes and
 * appointments for those people and nothing else.
 */
describe('peer mentors', () => {
  let app: TestApp;
  const c: Record<string, GqlClient> = {};
  const users: Record<string, BuiltUser> = {};
  const orgs: Record<string, string> = {};

  const as = async (key: string, org: string, role: BuiltUser['role']) => {
    const user = await buildUser(app.dataSource, { organisationId: orgs[org]!, role, name: `User ${key}` });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    c[key] = client;
    users[key] = user;
  };

  /** A person held by probation, referred to the peer mentors for mentoring; accepted naming `mentor` unless told otherwise. */
  async function referred(mentor: string | null = 'mentor', sections = ['STORY', 'CONTACT']) {
    const personId = await createFullPerson(c.probation!);
    const { sendReferral } = await c.probation!.ok<{ sendReferral: { id: string; version: number } }>(
      `mutation ($input: SendReferralInput!) { sendReferral(input: $input) { id version } }`,
      {
        input: {
          personId,
          receivingOrganisationId: orgs.peers,
          kind: 'PEER_MENTORING',
          consent: { method: 'SPOKEN', givenOn: today() },
          message: 'Would like a mentor who has been there.',
          sections,
          expiresOn: '2099-01-01',
          lawfulBasis: TEST_LAWFUL_BASIS,
        },
      },
    );
    let version = sendReferral.version;
    if (mentor) {
      const { acceptReferral } = await c.peersLead!.ok<{ acceptReferral: { version: number } }>(
        `mutation ($input: ReferralStepInput!) { acceptReferral(input: $input) { version } }`,
        { input: { id: sendReferral.id, version, mentorId: users[mentor]!.id } },
      );
      version = acceptReferral.version;
    }
    return { personId, referralId: sendReferral.id, version };
  }

  beforeAll(async () => {
    app = await startTestApp();
    for (const [key, kind] of [
      ['probation', 'PROBATION'],
      ['peers', 'PEER_SUPPORT'],
      ['council', 'COUNCIL_HOUSING'],
    ] as const) {
      orgs[key] = (await buildOrganisation(app.dataSource, { kind, name: `Mentoring ${key}` })).id;
    }
    await as('probation', 'probation', 'PRACTITIONER');
    await as('peersLead', 'peers', 'COORDINATOR');
    await as('mentor', 'peers', 'PEER_MENTOR');
    await as('otherMentor', 'peers', 'PEER_MENTOR');
    await as('councilMentor', 'council', 'PEER_MENTOR');
  });
  afterAll(() => app.stop());

  it('sees the person the accepted referral names them for, only its sections; another mentor sees nothing', async () => {
    const { personId } = await referred();
    const read = await c.mentor!.ok<{
      person: {
        access: { basis: string; full: boolean; sections: string[] };
        story: { text: string } | null;
        preferences: { whatHelps: string } | null;
        risk: unknown;
        needs: Array<{ domain: string }>;
        openActions: unknown[];
        huddles: unknown[];
      };
    }>(PERSON, { id: personId });
    expect(read.person.access).toEqual({ basis: 'PEER_MENTOR', full: false, sections: ['STORY', 'CONTACT'] });
    expect(read.person.story?.text).toBe('My story in my own words.');
    expect(read.person.preferences?.whatHelps).toBe('Text first');
    expect(read.person.risk).toBeNull();
    expect(read.person.needs.filter((n) => n.domain === 'HEALTH')).toEqual([]);
    expect(read.person.openActions).toEqual([]);
    expect(read.person.huddles).toEqual([]);
    expect(errorCode(await c.otherMentor!.request(PERSON, { id: personId }))).toBe('FORBIDDEN');
    // The peer mentors' coordinator sees it through the organisation's agreement; the mentor's own access comes only from the referral.
    expect((await c.peersLead!.ok<{ person: { access: { basis: string } } }>(PERSON, { id: personId })).person.access.basis).toBe(
      'AGREEMENT',
    );
  });

  it('sees nobody through a referral that is not yet accepted, nor through their organisation’s records and agreements', async () => {
    const pending = await referred(null);
    expect(errorCode(await c.mentor!.request(PERSON, { id: pending.personId }))).toBe('FORBIDDEN');
    const ownRecord = await createFullPerson(c.peersLead!);
    expect(errorCode(await c.mentor!.request(PERSON, { id: ownRecord }))).toBe('FORBIDDEN');
    const shared = await createFullPerson(c.probation!);
    await recordAgreement(c.probation!, shared, [orgs.peers!], ['STORY']);
    expect(errorCode(await c.mentor!.request(PERSON, { id: shared }))).toBe('FORBIDDEN');
    const listed = await c.mentor!.ok<{ people: Array<{ id: string }> }>(MINE);
    expect(listed.people.map((p) => p.id)).not.toContain(pending.personId);
    expect(listed.people.map((p) => p.id)).not.toContain(ownRecord);
    expect(listed.people.map((p) => p.id)).not.toContain(shared);
  });

  it('lists only their people, with or without a search', async () => {
    const { personId } = await referred();
    const { people } = await c.mentor!.ok<{ people: Array<{ id: string }> }>(MINE);
    expect(people.map((p) => p.id)).toContain(personId);
    const { people: others } = await c.otherMentor!.ok<{ people: Array<{ id: string }> }>(MINE);
    expect(others.map((p) => p.id)).not.toContain(personId);
    const byName = await c.mentor!.ok<{ people: Array<{ id: string }> }>(`{ people(search: { name: "Test Person" }, limit: 50) { id } }`);
    expect(byName.people.every((p) => people.some((q) => q.id === p.id))).toBe(true);
    // Practitioners still have to say what they are looking for.
    expect(errorCode(await c.probation!.request(MINE))).toBe('VALIDATION_FAILED');
  });

  it('adds timeline notes and appointments for their people, under the shared sections only', async () => {
    const { personId } = await referred();
    await c.mentor!.ok(
      `mutation ($id: ID!) { addTimelineNote(personId: $id, text: "Met for a coffee; going to the library next week.", section: STORY) { id } }`,
      {
        id: personId,
      },
    );
    const booked = await c.mentor!.ok<{ bookAppointment: { appointment: { id: string; organisation: { id: string } } } }>(
      `mutation ($id: ID!) { bookAppointment(input: { personId: $id, purpose: "Coffee and a walk", date: "2099-03-02", window: MORNING }) { appointment { id organisation { id } } } }`,
      { id: personId },
    );
    expect(booked.bookAppointment.appointment.organisation.id).toBe(orgs.peers);
    const { person } = await c.probation!.ok<{ person: { timeline: Array<{ summary: string }> } }>(PERSON, { id: personId });
    expect(person.timeline.map((t) => t.summary)).toContain('Met for a coffee; going to the library next week.');
    // Not under a section the referral does not share, not for another organisation, not a first probation appointment.
    for (const [query, vars] of [
      [`mutation ($id: ID!) { addTimelineNote(personId: $id, text: "x", section: RISK) { id } }`, { id: personId }],
      [
        `mutation ($id: ID!, $o: ID!) { bookAppointment(input: { personId: $id, organisationId: $o, purpose: "x", date: "2099-03-03", window: MORNING }) { appointment { id } } }`,
        { id: personId, o: orgs.probation },
      ],
      [
        `mutation ($id: ID!) { bookAppointment(input: { personId: $id, purpose: "x", date: "2099-03-03", window: MORNING, firstProbation: true }) { appointment { id } } }`,
        { id: personId },
      ],
    ] as const) {
      expect(errorCode(await c.mentor!.request(query, vars)), query).toBe('FORBIDDEN');
    }
  });

  it('gets the one FORBIDDEN answer for everything else: huddles, actions, my work, figures, organisations, referrals, other changes', async () => {
    const { personId, referralId } = await referred();
    const refused = [
      `{ huddles { id } }`,
      `{ myWork { overdue { id } } }`,
      `{ actions { id } }`,
      `{ actionSummary { open } }`,
      `{ organisations { id } }`,
      `{ partnerOrganisations { id } }`,
      `{ colleagues { id } }`,
      `{ referralInbox { new } }`,
      `{ upcomingReleases(withinDays: 30) { releaseDate } }`,
      `{ releaseForecast(months: 3) { months } }`,
      `{ referral(id: "${referralId}") { id } }`,
      `{ personAccessLog(personId: "${personId}") { id } }`,
      `{ releasePlan(personId: "${personId}") { personId } }`,
      `{ assessments(personId: "${personId}") { rescoreDue } }`,
      `mutation { updatePersonStory(input: { personId: "${personId}", expectedVersion: 2, text: "x", personAgreed: true }) { id } }`,
      `mutation { breakGlass(personId: "${personId}", reason: "Need to see everything now") { expiresAt } }`,
      `mutation { requestAccess(input: { personId: "${personId}", sections: [RISK], reason: "Want to know more" }) { id } }`,
      `mutation { createPerson(input: { legalName: "New Person", councilArea: "Northvale" }) { id } }`,
      `mutation { setPersonLockdown(personId: "${personId}", lockedDown: true, reason: "Trying to lock it") { id } }`,
    ];
    const problems: string[] = [];
    for (const query of refused) {
      const result = await c.mentor!.request(query);
      // An unknown field in the query is a validation error before any resolver: count it as a broken test, not a refusal.
      if (errorCode(result) !== 'FORBIDDEN')
        problems.push(`${query}: ${errorCode(result) ?? 'allowed'} ${result.errors?.[0]?.message ?? ''}`);
    }
    expect(problems).toEqual([]);
  });

  it('loses sight of the person when the referral is withdrawn, closed, expires, or the person withdraws their agreement', async () => {
    const withdrawn = await referred();
    await c.probation!.ok(`mutation ($input: ReferralStepInput!) { withdrawReferral(input: $input) { id } }`, {
      input: { id: withdrawn.referralId, version: withdrawn.version, note: 'Moved out of the area' },
    });
    const closed = await referred();
    await c.peersLead!.ok(`mutation ($input: CloseReferralInput!) { closeReferral(input: $input) { id } }`, {
      input: { id: closed.referralId, version: closed.version, outcome: 'Mentoring finished well' },
    });
    const expired = await referred();
    await app.dataSource.query(`UPDATE referral SET expires_on = current_date - 1 WHERE id = $1`, [expired.referralId]);
    const agreementWithdrawn = await referred();
    const [{ sharing_agreement_id: agreementId }] = await app.dataSource.query(`SELECT sharing_agreement_id FROM referral WHERE id = $1`, [
      agreementWithdrawn.referralId,
    ]);
    await c.probation!.ok(`mutation ($id: ID!) { withdrawSharingAgreement(id: $id, reason: "The person asked to stop") { id } }`, {
      id: agreementId,
    });
    const { people } = await c.mentor!.ok<{ people: Array<{ id: string }> }>(MINE);
    for (const ended of [withdrawn, closed, expired, agreementWithdrawn]) {
      expect(errorCode(await c.mentor!.request(PERSON, { id: ended.personId }))).toBe('FORBIDDEN');
      expect(people.map((p) => p.id)).not.toContain(ended.personId);
      const note = await c.mentor!.request(`mutation ($id: ID!) { addTimelineNote(personId: $id, text: "x", section: STORY) { id } }`, {
        id: ended.personId,
      });
      expect(errorCode(note)).toBe('FORBIDDEN');
    }
  });

  it('is named only on accepting a peer mentoring referral, and only from the receiving organisation’s peer mentors', async () => {
    const personId = await createFullPerson(c.probation!);
    const send = async (kind: string) =>
      (
        await c.probation!.ok<{ sendReferral: { id: string; version: number } }>(
          `mutation ($input: SendReferralInput!) { sendReferral(input: $input) { id version } }`,
          {
            input: {
              personId,
              receivingOrganisationId: orgs.peers,
              kind,
              consent: { method: 'SPOKEN', givenOn: today() },
              message: 'Please help.',
              sections: ['STORY'],
              expiresOn: '2099-01-01',
              lawfulBasis: TEST_LAWFUL_BASIS,
            },
          },
        )
      ).sendReferral;
    const accept = (r: { id: string; version: number }, mentorId: string) =>
      c.peersLead!.request(`mutation ($input: ReferralStepInput!) { acceptReferral(input: $input) { id } }`, {
        input: { id: r.id, version: r.version, mentorId },
      });
    const other = await send('OTHER');
    expect(errorCode(await accept(other, users.mentor!.id))).toBe('VALIDATION_FAILED');
    const mentoring = await send('PEER_MENTORING');
    const inactive = await buildUser(app.dataSource, { organisationId: orgs.peers!, role: 'PEER_MENTOR', name: 'User retired mentor' });
    await app.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [inactive.id]);
    // Each refusal is a typed VALIDATION_FAILED naming the field: another organisation's mentor, a coordinator, a mentor who has left, none.
    for (const mentorId of [users.councilMentor!.id, users.peersLead!.id, inactive.id, null]) {
      const refused = await accept(mentoring, mentorId as string);
      expect(errorCode(refused), String(mentorId)).toBe('VALIDATION_FAILED');
      expect(refused.errors![0]!.extensions!.fields).toHaveProperty('mentorId');
    }
    expect((await accept(mentoring, users.mentor!.id)).errors).toBeUndefined();
  });

  it('lists only the viewer’s own organisation’s active peer mentors, to its staff', async () => {
    const MENTORS = `{ peerMentors { id name organisation { id } } }`;
    const { peerMentors } = await c.peersLead!.ok<{ peerMentors: Array<{ id: string; name: string; organisation: { id: string } }> }>(
      MENTORS,
    );
    const mine = peerMentors.map((m) => m.id);
    expect(mine).toEqual(expect.arrayContaining([users.mentor!.id, users.otherMentor!.id]));
    expect(mine).not.toContain(users.councilMentor!.id);
    expect(mine).not.toContain(users.peersLead!.id);
    expect(peerMentors.every((m) => m.organisation.id === orgs.peers)).toBe(true);
    expect(peerMentors.map((m) => m.name)).toEqual([...peerMentors.map((m) => m.name)].sort());
    // An organisation with no peer mentors gets an empty list (the form's empty state), and a mentor cannot list anyone.
    expect((await c.probation!.ok<{ peerMentors: unknown[] }>(MENTORS)).peerMentors).toEqual([]);
    expect(errorCode(await c.mentor!.request(MENTORS))).toBe('FORBIDDEN');
  });

  it('shows the named mentor on the referral to both organisations, and none before it is accepted', async () => {
    const ONE = `query ($id: ID!) { referral(id: $id) { status mentor { id name organisation { id } } } }`;
    const pending = await referred(null);
    expect((await c.peersLead!.ok<{ referral: { mentor: unknown } }>(ONE, { id: pending.referralId })).referral.mentor).toBeNull();
    const { referralId } = await referred();
    for (const client of [c.peersLead!, c.probation!]) {
      const { referral } = await client.ok<{
        referral: { status: string; mentor: { id: string; name: string; organisation: { id: string } } };
      }>(ONE, { id: referralId });
      expect(referral).toEqual({
        status: 'ACCEPTED',
        mentor: { id: users.mentor!.id, name: users.mentor!.name, organisation: { id: orgs.peers } },
      });
    }
  });
});
