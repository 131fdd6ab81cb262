import { addDays, addWorkingDays } from '@casehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, errorCode, GqlClient } from '../../../test/client.js';
import { buildHuddleMeeting } from '../../../test/meetings.js';
import { buildOrganisation, buildUser, TEST_PASSWORD, type BuiltUser } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, recordAgreement, TEST_LAWFUL_BASIS } from '../../../test/people.js';
import type { Viewer } from '../../core/context.js';

const REFERRAL_FIELDS = `id direction status personId message sections expiresOn respondBy overdue version declineReason withdrawReason outcome
  kind { code label responseWorkingDays }
  consent { method givenOn recordedBy personsWords }
  sendingOrganisation { id name } receivingOrganisation { id name }
  proposedAppointment { date window startTime appointmentId }
  timeline { kind by note organisation { name } }
  canAcknowledge canAccept canDecline canWithdraw canClose
  person { id legalName story { text } }`;
const SEND = `mutation ($input: SendReferralInput!) { sendReferral(input: $input) { ${REFERRAL_FIELDS} } }`;
const STEP = (name: string, type: string) => `mutation ($input: ${type}!) { ${name}(input: $input) { ${REFERRAL_FIELDS} } }`;
const ACKNOWLEDGE = STEP('acknowledgeReferral', 'ReferralStepInput');
const ACCEPT = STEP('acceptReferral', 'ReferralStepInput');
const DECLINE = STEP('declineReferral', 'DeclineReferralInput');
const WITHDRAW = STEP('withdrawReferral', 'ReferralStepInput');
const CLOSE = STEP('closeReferral', 'CloseReferralInput');
const ONE = `query ($id: ID!) { referral(id: $id) { ${REFERRAL_FIELDS} } }`;
const LIST = `query ($filter: ReferralFilter) { referrals(filter: $filter) { id status direction overdue } }`;
const INBOX = `{ referralInbox { new overdue accepted awaitingAnswer } }`;
const NOTIFICATIONS = `{ notifications(limit: 50, unreadOnly: false) { kind message } }`;

interface Ref {
  id: string;
  direction: string;
  status: string;
  personId: string;
  message: string;
  sections: string[];
  respondBy: string;
  overdue: boolean;
  version: number;
  declineReason: string | null;
  outcome: string | null;
  kind: { code: string; label: string; responseWorkingDays: number };
  consent: { method: string; givenOn: string; recordedBy: string; personsWords: string | null };
  proposedAppointment: { date: string; window: string; startTime: string | null; appointmentId: string | null } | null;
  timeline: Array<{ kind: string; by: string | null; note: string | null; organisation: { name: string } | null }>;
  canAcknowledge: boolean;
  canAccept: boolean;
  canDecline: boolean;
  canWithdraw: boolean;
  canClose: boolean;
  person: { id: string; legalName: string; story: { text: string | null } | null } | null;
}

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
const inDays = (days: number) => addDays(today(), days);

describe('referrals between organisations', () => {
  let app: TestApp;
  const orgs: Record<'prison' | 'council' | 'charity' | 'outsider', { id: string; name: string }> = {} as never;
  const c: Record<string, GqlClient> = {};
  const users: Record<string, BuiltUser> = {};

  const as = async (key: string, organisationId: string, role: 'PRACTITIONER' | 'COORDINATOR' | 'MANAGER') => {
    const user = await buildUser(app.dataSource, { organisationId, role, name: `User ${key}` });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    c[key] = client;
    users[key] = user;
  };

  const sendInput = (personId: string, overrides: Record<string, unknown> = {}) => ({
    personId,
    receivingOrganisationId: orgs.council.id,
    kind: 'ACCOMMODATION',
    consent: { method: 'SPOKEN', givenOn: today(), personsWords: 'Yes, send it, I do not want to say it all again.' },
    message: 'Released soon with nowhere to go. Please assess.',
    sections: ['STORY', 'NEEDS', 'CONTACT'],
    expiresOn: inDays(90),
    lawfulBasis: TEST_LAWFUL_BASIS,
    ...overrides,
  });

  const send = async (personId: string, overrides: Record<string, unknown> = {}) =>
    (await c.prison!.ok<{ sendReferral: Ref }>(SEND, { input: sendInput(personId, overrides) })).sendReferral;

  const sectionsSeenBy = async (client: GqlClient, personId: string) => {
    const read = await client.request<{ person: { access: { sections: string[] } } }>(
      `query ($id: ID!) { person(id: $id, purpose: "Test") { access { sections } } }`,
      { id: personId },
    );
    return read.errors?.length ? errorCode(read) : read.data!.person.access.sections;
  };

  beforeAll(async () => {
    app = await startTestApp();
    orgs.prison = await buildOrganisation(app.dataSource, { kind: 'PRISON', name: 'HMP Referton' });
    orgs.council = await buildOrganisation(app.dataSource, { kind: 'COUNCIL_HOUSING', name: 'Referton Council Housing Options' });
    orgs.charity = await buildOrganisation(app.dataSource, { kind: 'CHARITY', name: 'Referton Recovery' });
    orgs.outsider = await buildOrganisation(app.dataSource, { kind: 'POLICE', name: 'Elsewhere Police' });
    await as('prison', orgs.prison.id, 'PRACTITIONER');
    await as('prisonManager', orgs.prison.id, 'MANAGER');
    await as('council', orgs.council.id, 'PRACTITIONER');
    await as('outsider', orgs.outsider.id, 'PRACTITIONER');
  });
  afterAll(() => app.stop());

  it('lists the kinds as data, each with a response target in working days', async () => {
    const { referralKinds } = await c.council!.ok<{ referralKinds: Array<{ code: string; responseWorkingDays: number }> }>(
      `{ referralKinds { code label responseWorkingDays active } }`,
    );
    expect(referralKinds.map((k) => k.code)).toEqual([
      'DUTY_TO_REFER',
      'ACCOMMODATION',
      'SUBSTANCE_USE',
      'MENTAL_HEALTH',
      'PEER_MENTORING',
      'OTHER',
    ]);
    expect(referralKinds.every((k) => k.responseWorkingDays > 0)).toBe(true);
  });

  it('makes no referral without the person’s consent, and only from those who hold the record', async () => {
    const personId = await createFullPerson(c.prison!);
    const refused = await c.prison!.request(SEND, { input: sendInput(personId, { consent: null }) });
    expect(errorCode(refused)).toBe('VALIDATION_FAILED');
    expect(refused.errors![0]!.extensions!.fields).toHaveProperty('consent');
    const future = await c.prison!.request(SEND, {
      input: sendInput(personId, { consent: { method: 'WRITTEN', givenOn: inDays(2) } }),
    });
    expect(errorCode(future)).toBe('VALIDATION_FAILED');
    expect(future.errors![0]!.extensions!.fields).toHaveProperty(['consent.givenOn']);
    // Someone who may not see the record cannot refer the person, and learns nothing of them.
    expect(errorCode(await c.outsider!.request(SEND, { input: sendInput(personId, { receivingOrganisationId: orgs.charity.id }) }))).toBe(
      'FORBIDDEN',
    );
    const { referrals } = await c.prison!.ok<{ referrals: Ref[] }>(LIST, { filter: { personId } });
    expect(referrals).toEqual([]);
  });

  it('runs the lifecycle: shares exactly the chosen sections, then declining removes them and nothing else', async () => {
    const personId = await createFullPerson(c.prison!);
    // The council already saw the story under an earlier agreement.
    await recordAgreement(c.prison!, personId, [orgs.council.id], ['STORY']);
    expect(await sectionsSeenBy(c.council!, personId)).toEqual(['STORY']);

    const sent = await send(personId);
    expect(sent).toMatchObject({
      direction: 'OUTGOING',
      status: 'SENT',
      sections: ['STORY', 'NEEDS', 'CONTACT'],
      kind: { code: 'ACCOMMODATION' },
      consent: { method: 'SPOKEN', givenOn: today(), recordedBy: 'User prison' },
      canWithdraw: true,
      canAccept: false,
    });
    expect(sent.respondBy).toBe(addWorkingDays(today(), sent.kind.responseWorkingDays));
    expect(sent.timeline.map((e) => e.kind)).toEqual(['SENT']);

    // The receiver reads the shared story through the gate, without asking again.
    expect(await sectionsSeenBy(c.council!, personId)).toEqual(['STORY', 'NEEDS', 'CONTACT']);
    const incoming = (await c.council!.ok<{ referral: Ref }>(ONE, { id: sent.id })).referral;
    expect(incoming).toMatchObject({ direction: 'INCOMING', canAcknowledge: true, canAccept: true, canWithdraw: false });
    expect(incoming.person?.story?.text).toBe('My story in my own words.');
    expect(incoming.message).toBe('Released soon with nowhere to go. Please assess.');
    expect((await c.council!.ok<{ referralInbox: Record<string, number> }>(INBOX)).referralInbox).toMatchObject({ new: 1 });

    // Only the receiver acknowledges; a third organisation does not find it; stale versions conflict.
    expect(errorCode(await c.prison!.request(ACKNOWLEDGE, { input: { id: sent.id, version: sent.version } }))).toBe('FORBIDDEN');
    expect(errorCode(await c.outsider!.request(ACKNOWLEDGE, { input: { id: sent.id, version: sent.version } }))).toBe('NOT_FOUND');
    expect(errorCode(await c.outsider!.request(ONE, { id: sent.id }))).toBe('NOT_FOUND');
    const acked = (await c.council!.ok<{ acknowledgeReferral: Ref }>(ACKNOWLEDGE, { input: { id: sent.id, version: sent.version } }))
      .acknowledgeReferral;
    expect(acked.status).toBe('ACKNOWLEDGED');
    const stale = await c.council!.request(ACKNOWLEDGE, { input: { id: sent.id, version: sent.version } });
    expect(errorCode(stale)).toBe('VERSION_CONFLICT');

    // Declining needs a reason.
    expect(errorCode(await c.council!.request(DECLINE, { input: { id: sent.id, version: acked.version, reason: '' } }))).toBe(
      'VALIDATION_FAILED',
    );
    const declined = (
      await c.council!.ok<{ declineReferral: Ref }>(DECLINE, {
        input: { id: sent.id, version: acked.version, reason: 'Not in our area: refer to the neighbouring council.' },
      })
    ).declineReferral;
    expect(declined).toMatchObject({ status: 'DECLINED', canAccept: false, canClose: true });
    // The sections the referral granted are gone; the story shared before stays.
    expect(await sectionsSeenBy(c.council!, personId)).toEqual(['STORY']);

    // An invalid step is a typed error.
    const late = await c.council!.request(ACCEPT, { input: { id: sent.id, version: declined.version } });
    expect(errorCode(late)).toBe('INVALID_TRANSITION');

    const closed = (
      await c.prison!.ok<{ closeReferral: Ref }>(CLOSE, {
        input: { id: sent.id, version: declined.version, outcome: 'Referred to the neighbouring council instead.' },
      })
    ).closeReferral;
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'Referred to the neighbouring council instead.', canClose: false });
    expect(closed.timeline.map((e) => e.kind)).toEqual(['SENT', 'ACKNOWLEDGED', 'DECLINED', 'CLOSED']);
    expect(closed.timeline[2]).toMatchObject({ by: 'User council', organisation: { name: orgs.council.name } });

    const sender = await c.prison!.ok<{ notifications: Array<{ kind: string; message: string }> }>(NOTIFICATIONS);
    expect(sender.notifications.some((n) => n.kind === 'REFERRAL' && n.message.includes('declined the referral'))).toBe(true);
    const [audit] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'REFERRAL' AND person_id = $1`, [
      personId,
    ]);
    expect(audit.n).toBe(4);
  });

  it('withdrawing ends only what that referral granted: another live referral still shares its sections', async () => {
    const personId = await createFullPerson(c.prison!);
    const first = await send(personId, { sections: ['NEEDS'] });
    const second = await send(personId, { sections: ['NEEDS', 'RISK'], kind: 'OTHER' });
    expect(await sectionsSeenBy(c.council!, personId)).toEqual(['NEEDS', 'RISK']);

    expect(errorCode(await c.council!.request(WITHDRAW, { input: { id: second.id, version: second.version } }))).toBe('FORBIDDEN');
    const withdrawn = (
      await c.prison!.ok<{ withdrawReferral: Ref }>(WITHDRAW, { input: { id: second.id, version: second.version, note: 'Sent in error.' } })
    ).withdrawReferral;
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(await sectionsSeenBy(c.council!, personId)).toEqual(['NEEDS']);

    // Once the first ends too, the council no longer knows of the person: its copy of the referral hides them.
    const firstNow = (await c.prison!.ok<{ referral: Ref }>(ONE, { id: first.id })).referral;
    await c.prison!.ok(WITHDRAW, { input: { id: first.id, version: firstNow.version } });
    expect(await sectionsSeenBy(c.council!, personId)).toBe('FORBIDDEN');
    const theirs = (await c.council!.ok<{ referral: Ref }>(ONE, { id: first.id })).referral;
    expect(theirs).toMatchObject({ status: 'WITHDRAWN', person: null, message: '' });
  });

  it('accepting books the proposed joint appointment for both, and a Duty to Refer completes the release plan item', async () => {
    const personId = await createFullPerson(c.prison!);
    await c.prison!.ok(`mutation ($input: UpdateReleasePlanInput!) { updateReleasePlan(input: $input) { personId } }`, {
      input: { personId, expectedVersion: 0, destinationCouncilArea: 'Referton' },
    });
    const date = (() => {
      let d = inDays(10);
      while ([0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay())) d = addDays(d, 1);
      return d;
    })();
    const sent = await send(personId, { kind: 'DUTY_TO_REFER', proposedAppointment: { date, window: 'MORNING', town: 'Referton' } });
    expect(sent.proposedAppointment).toMatchObject({ date, window: 'MORNING', appointmentId: null });

    const PLAN = `query ($id: ID!) { releasePlan(personId: $id) { items { item status council outcome referralId } } }`;
    const dtr = async () =>
      (await c.prison!.ok<{ releasePlan: { items: Array<Record<string, unknown>> } }>(PLAN, { id: personId })).releasePlan.items.find(
        (i) => i.item === 'DUTY_TO_REFER',
      );
    expect(await dtr()).toMatchObject({ status: 'DONE', council: orgs.council.name, referralId: sent.id });

    const accepted = (await c.council!.ok<{ acceptReferral: Ref }>(ACCEPT, { input: { id: sent.id, version: sent.version } }))
      .acceptReferral;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.proposedAppointment?.appointmentId).toBeTruthy();
    expect(accepted.timeline.map((e) => e.kind)).toEqual(['SENT', 'ACCEPTED', 'APPOINTMENT_BOOKED']);
    const APPOINTMENTS = `query ($id: ID!) { appointments(personId: $id) { id date window purpose organisation { name } } }`;
    for (const client of [c.prison!, c.council!]) {
      const { appointments } = await client.ok<{
        appointments: Array<{ id: string; date: string; window: string; organisation: { name: string } }>;
      }>(APPOINTMENTS, { id: personId });
      expect(appointments.find((a) => a.id === accepted.proposedAppointment!.appointmentId)).toMatchObject({
        date,
        window: 'MORNING',
        organisation: { name: orgs.council.name },
      });
    }
    expect(await dtr()).toMatchObject({ status: 'DONE', outcome: `Accepted by ${orgs.council.name}` });

    // A new proposal that clashes with the booked appointment is refused, naming the clash.
    const clash = await c.prison!.request(SEND, {
      input: sendInput(personId, { kind: 'OTHER', proposedAppointment: { date, window: 'MORNING' } }),
    });
    expect(errorCode(clash)).toBe('VALIDATION_FAILED');
    expect(clash.errors![0]!.extensions!.fields).toHaveProperty('proposedAppointment');
    // The proposal's time is checked by the same rules as booking an appointment.
    const badTime = await c.prison!.request(SEND, {
      input: sendInput(personId, {
        kind: 'OTHER',
        proposedAppointment: { date, window: 'EXACT', startTime: '25:00', town: 'x'.repeat(121) },
      }),
    });
    expect(errorCode(badTime)).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(badTime.errors![0]!.extensions!.fields)).toContain('Enter a time like 10:30.');
    expect((await c.council!.ok<{ referralInbox: Record<string, number> }>(INBOX)).referralInbox.accepted).toBeGreaterThanOrEqual(1);
  });

  it('flags the Duty to Refer not made at 56 days before release, and counts a sent referral as made', async () => {
    const personId = await createFullPerson(c.prison!);
    const FLAGS = `query ($id: ID!) { person(id: $id, purpose: "Test") { flags { kind } situation { version } } }`;
    const setRelease = async (days: number) => {
      const { person } = await c.prison!.ok<{ person: { situation: { version: number } } }>(FLAGS, { id: personId });
      await c.prison!.ok(`mutation ($input: UpdatePersonSituationInput!) { updatePersonSituation(input: $input) { id } }`, {
        input: {
          personId,
          expectedVersion: person.situation.version,
          situation: { kind: 'CUSTODY', establishment: 'HMP Referton', releaseDate: inDays(days), accommodationStatus: 'SETTLED' },
        },
      });
    };
    const kinds = async () =>
      (await c.prison!.ok<{ person: { flags: Array<{ kind: string }> } }>(FLAGS, { id: personId })).person.flags.map((f) => f.kind);
    await c.prison!.ok(`mutation ($input: UpdateReleasePlanInput!) { updateReleasePlan(input: $input) { personId } }`, {
      input: { personId, expectedVersion: 0, destinationCouncilArea: 'Referton' },
    });
    await setRelease(57);
    expect(await kinds()).not.toContain('DUTY_TO_REFER_NOT_MADE');
    await setRelease(56);
    expect(await kinds()).toContain('DUTY_TO_REFER_NOT_MADE');

    await send(personId, { kind: 'DUTY_TO_REFER' });
    expect(await kinds()).not.toContain('DUTY_TO_REFER_NOT_MADE');
  });

  it('finds overdue referrals by working days with bank holidays, tells both sides and proposes them for the huddle', async () => {
    const personId = await createFullPerson(c.prison!);
    const { huddleId, meetingId } = await buildHuddleMeeting(app, 'Referton huddle');
    await app.dataSource.query(
      `INSERT INTO caseload_entry (huddle_id, person_id, referring_organisation_id, offer_of_help, coordinator_id)
       SELECT $1, $2, $3, 'Housing support', u.id FROM app_user u WHERE u.id = $4`,
      [huddleId, personId, orgs.prison.id, users.prisonManager!.id],
    );
    const viewer: Viewer = {
      id: users.prison!.id,
      name: 'User prison',
      email: users.prison!.email,
      role: 'PRACTITIONER',
      organisationId: orgs.prison.id,
    };
    // Sent on Friday 28 Aug 2026 with two working days to answer: Monday 31 Aug is the summer
    // bank holiday, so the answer was due on Wednesday 2 Sep, not Tuesday 1 Sep.
    const id = await app.server.services.referrals.send(
      viewer,
      sendInput(personId, { kind: 'DUTY_TO_REFER', consent: { method: 'WRITTEN', givenOn: '2026-08-27' } }) as never,
      '2026-08-28',
    );
    const sent = (await c.council!.ok<{ referral: Ref }>(ONE, { id })).referral;
    expect(sent.respondBy).toBe('2026-09-02');
    expect(sent.overdue).toBe(today() > '2026-09-02');

    // One sent today is not overdue.
    const fresh = await send(personId, { kind: 'SUBSTANCE_USE', sections: ['NEEDS'] });
    expect(fresh.overdue).toBe(false);
    const overdueList = await c.council!.ok<{ referrals: Ref[] }>(LIST, { filter: { overdueOnly: true, personId } });
    expect(overdueList.referrals.map((r) => r.id)).toEqual([id]);

    expect(await app.server.services.referrals.flagOverdue()).toBeGreaterThanOrEqual(1);
    expect(await app.server.services.referrals.flagOverdue()).toBe(0);
    for (const client of [c.prison!, c.council!]) {
      const { notifications } = await client.ok<{ notifications: Array<{ kind: string; message: string }> }>(NOTIFICATIONS);
      expect(notifications.filter((n) => n.kind === 'REFERRAL' && n.message.includes('was due an answer by 2 Sep 2026'))).toHaveLength(1);
    }
    const items = await app.dataSource.query(`SELECT kind, title, person_id FROM agenda_item WHERE meeting_id = $1 AND person_id = $2`, [
      meetingId,
      personId,
    ]);
    expect(items).toEqual([{ kind: 'RAISED', title: 'Referral not answered in time', person_id: personId }]);
    const after = (await c.council!.ok<{ referral: Ref }>(ONE, { id })).referral;
    expect(after.timeline.map((e) => e.kind)).toEqual(['SENT', 'OVERDUE']);
  });

  it('gives managers figures by kind and receiving organisation, with CSV', async () => {
    const FIGURES = `{ referralFigures { from to rows { kind receivingOrganisation { name } suppressed sent accepted declined overdueNow medianDaysToAcknowledge medianDaysToAccept } } }`;
    expect(errorCode(await c.prison!.request(FIGURES))).toBe('FORBIDDEN');
    const { referralFigures } = await c.prisonManager!.ok<{
      referralFigures: {
        rows: Array<{ kind: string; suppressed: boolean; sent: number | null; accepted: number | null; declined: number | null }>;
      };
    }>(FIGURES);
    const accommodation = referralFigures.rows.find((r) => r.kind === 'ACCOMMODATION')!;
    // The prison holds every record it referred, so nothing is withheld from its manager.
    expect(accommodation).toMatchObject({ suppressed: false, declined: 1 });
    expect(accommodation.sent).toBe(2);
    const dtr = referralFigures.rows.find((r) => r.kind === 'DUTY_TO_REFER')!;
    expect(dtr.accepted).toBe(1);

    // A referral the prison sent as a lead professional for someone the charity holds: the prison's manager may not know of
    // them, so a group about fewer than 5 such people is withheld.
    const charityUser = await buildUser(app.dataSource, { organisationId: orgs.charity.id, role: 'PRACTITIONER' });
    const charity = new GqlClient(app.url);
    await charity.login(charityUser.email, TEST_PASSWORD);
    const held = await createFullPerson(charity);
    await charity.ok(`mutation ($p: ID!, $u: ID!) { setLeadProfessional(personId: $p, userId: $u) { id } }`, {
      p: held,
      u: users.prison!.id,
    });
    await send(held, { kind: 'MENTAL_HEALTH', sections: ['HEALTH'] });
    const again = await c.prisonManager!.ok<{ referralFigures: { rows: Array<Record<string, unknown>> } }>(FIGURES);
    expect(again.referralFigures.rows.find((r) => r.kind === 'MENTAL_HEALTH')).toMatchObject({
      suppressed: true,
      sent: null,
      accepted: null,
      declined: null,
      overdueNow: null,
      medianDaysToAcknowledge: null,
    });

    const { referralFiguresCsv } = await c.prisonManager!.ok<{ referralFiguresCsv: string }>(`{ referralFiguresCsv }`);
    expect(referralFiguresCsv).toContain(`Mental health,${orgs.council.name},fewer than 5,fewer than 5`);
    expect(referralFiguresCsv.split('\n')[0]).toBe(
      'Kind,Receiving organisation,Sent,Accepted,Declined,Overdue now,Median days to acknowledge,Median days to accept',
    );
    expect(referralFiguresCsv).toContain(`Accommodation,${orgs.council.name},`);
  });

  it('tells the sender’s and the receiver’s organisations of changes live, and a third organisation nothing', async () => {
    const personId = await createFullPerson(c.prison!);
    const SUB = `subscription { referralChanged { referralId status version } }`;
    const wsPrison = c.prison!.ws(app.wsUrl);
    const wsCouncil = c.council!.ws(app.wsUrl);
    const wsOutsider = c.outsider!.ws(app.wsUrl);
    type Ev = { data: { referralChanged: { referralId: string; status: string; version: number } } };
    const prisonEvents = collect<Ev>(wsPrison, SUB);
    const councilEvents = collect<Ev>(wsCouncil, SUB);
    const outsiderEvents = collect<Ev>(wsOutsider, SUB);
    // Wait until all three subscriptions are live: a referral to the outsider itself reaches it.
    const probe = await send(personId, { receivingOrganisationId: orgs.outsider.id, kind: 'OTHER', sections: ['NEEDS'] });
    expect((await outsiderEvents.next()).data.referralChanged.referralId).toBe(probe.id);
    expect((await prisonEvents.next()).data.referralChanged.referralId).toBe(probe.id);

    const sent = await send(personId, { sections: ['NEEDS'] });
    expect((await councilEvents.next()).data.referralChanged).toEqual({ referralId: sent.id, status: 'SENT', version: 1 });
    expect((await prisonEvents.next()).data.referralChanged).toEqual({ referralId: sent.id, status: 'SENT', version: 1 });
    await c.council!.ok(ACKNOWLEDGE, { input: { id: sent.id, version: 1 } });
    expect((await councilEvents.next()).data.referralChanged).toEqual({ referralId: sent.id, status: 'ACKNOWLEDGED', version: 2 });
    expect((await prisonEvents.next()).data.referralChanged).toEqual({ referralId: sent.id, status: 'ACKNOWLEDGED', version: 2 });
    // The outsider heard of its own referral only.
    expect(outsiderEvents.events).toEqual([]);
    await Promise.all([wsPrison.dispose(), wsCouncil.dispose(), wsOutsider.dispose()]);
  });

  it('answers the reads of people who are party to nothing with nothing', async () => {
    const outsiderList = await c.outsider!.ok<{ referrals: Ref[] }>(LIST, {});
    expect(outsiderList.referrals.every((r) => r.direction === 'INCOMING')).toBe(true);
    const charity = new GqlClient(app.url);
    const user = await buildUser(app.dataSource, { organisationId: orgs.charity.id, role: 'PRACTITIONER' });
    await charity.login(user.email, TEST_PASSWORD);
    expect((await charity.ok<{ referrals: Ref[] }>(LIST, {})).referrals).toEqual([]);
    expect((await charity.ok<{ referralInbox: Record<string, number> }>(INBOX)).referralInbox).toEqual({
      new: 0,
      overdue: 0,
      accepted: 0,
      awaitingAnswer: 0,
    });
  });

  // Last, so that its referrals do not change the figures counted above.
  it('links a Duty to Refer sent before the release plan existed when the plan is created, unless it was declined or withdrawn', async () => {
    const PLAN = `query ($id: ID!) { releasePlan(personId: $id) { items { item status council outcome onDate referralId } } }`;
    const createPlan = (personId: string) =>
      c.prison!.ok(`mutation ($input: UpdateReleasePlanInput!) { updateReleasePlan(input: $input) { personId } }`, {
        input: { personId, expectedVersion: 0, destinationCouncilArea: 'Referton' },
      });
    const dtr = async (personId: string) =>
      (await c.prison!.ok<{ releasePlan: { items: Array<Record<string, unknown>> } }>(PLAN, { id: personId })).releasePlan.items.find(
        (i) => i.item === 'DUTY_TO_REFER',
      );

    // A first referral declined, a second accepted, both before there was a plan: the plan takes the accepted one.
    const personId = await createFullPerson(c.prison!);
    const declined = await send(personId, { kind: 'DUTY_TO_REFER' });
    await c.council!.ok(DECLINE, { input: { id: declined.id, version: declined.version, reason: 'Not our area' } });
    const made = await send(personId, { kind: 'DUTY_TO_REFER' });
    await c.council!.ok(ACCEPT, { input: { id: made.id, version: made.version } });
    await createPlan(personId);
    expect(await dtr(personId)).toMatchObject({
      status: 'DONE',
      council: orgs.council.name,
      outcome: `Accepted by ${orgs.council.name}`,
      onDate: today(),
      referralId: made.id,
    });

    // One still waiting for an answer counts as made, too.
    const waiting = await createFullPerson(c.prison!);
    const sent = await send(waiting, { kind: 'DUTY_TO_REFER' });
    await createPlan(waiting);
    expect(await dtr(waiting)).toMatchObject({ status: 'DONE', outcome: 'Referral sent: awaiting an answer', referralId: sent.id });
    // And the link follows the referral's later answer, as for one sent after the plan.
    await c.council!.ok(ACCEPT, { input: { id: sent.id, version: sent.version } });
    expect(await dtr(waiting)).toMatchObject({ status: 'DONE', outcome: `Accepted by ${orgs.council.name}` });

    // A withdrawn referral (even closed afterwards) is not a Duty to Refer made.
    const withdrawnPerson = await createFullPerson(c.prison!);
    const withdrawn = await send(withdrawnPerson, { kind: 'DUTY_TO_REFER' });
    const w = (await c.prison!.ok<{ withdrawReferral: Ref }>(WITHDRAW, { input: { id: withdrawn.id, version: withdrawn.version } }))
      .withdrawReferral;
    await c.prison!.ok(CLOSE, { input: { id: w.id, version: w.version, outcome: 'Moved to another prison' } });
    await createPlan(withdrawnPerson);
    const item = await dtr(withdrawnPerson);
    expect(item?.status).not.toBe('DONE');
    expect(item?.referralId ?? null).toBeNull();
  });
});
