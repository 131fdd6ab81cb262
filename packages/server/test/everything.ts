import { randomBytes } from 'node:crypto';
import { NDTA } from '@casehuddle/shared';
import { GqlClient } from './client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from './factories.js';
import type { TestApp } from './harness.js';
import { nextNhsNumber } from './factories.js';

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

export interface EverythingPerson {
  id: string;
  legalName: string;
  preferredName: string;
  /** Written into every free-text place the record reaches. */
  marker: string;
  admin: GqlClient;
  manager: GqlClient;
  owner: GqlClient;
  chair: GqlClient;
  meetingId: string;
}

/**
 * A person with something in every part of the system that can hold data about them, entered
 * through the API as practitioners would: the record's sections, needs, timeline, agreements,
 * break-glass, a read purpose, actions with comments and a barrier, a caseload entry, agenda
 * notes and decisions, frozen minutes (with an action agreed at the review of incomplete
 * actions), an appointment missed, a release plan, an assessment, service use and
 * notifications. Every free text carries a unique marker.
 */
export async function createEverythingPerson(app: TestApp): Promise<EverythingPerson> {
  const tag = randomBytes(4).toString('hex');
  const marker = `Zq${tag}marker`;
  const m = (text: string) => `${text} ${marker}`;
  const ds = app.dataSource;
  const ownerOrg = await buildOrganisation(ds, { kind: 'PROBATION', name: `Probation ${tag}` });
  const partnerOrg = await buildOrganisation(ds, { kind: 'COUNCIL_HOUSING', name: `Housing ${tag}` });
  const signIn = async (organisationId: string, role: 'PRACTITIONER' | 'COORDINATOR' | 'MANAGER' | 'ADMIN', name: string) => {
    const user = await buildUser(ds, { organisationId, role, name: `${name} ${tag}` });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    return { client, user };
  };
  const owner = await signIn(ownerOrg.id, 'PRACTITIONER', 'Olu Owner');
  const chair = await signIn(ownerOrg.id, 'COORDINATOR', 'Cai Chair');
  const manager = await signIn(ownerOrg.id, 'MANAGER', 'Mina Manager');
  const partner = await signIn(partnerOrg.id, 'PRACTITIONER', 'Pat Partner');
  const admin = await signIn(ownerOrg.id, 'ADMIN', 'Ada Admin');
  const o = owner.client;

  const legalName = `Quillon Marrowby-${tag}`;
  const preferredName = `Quill${tag}`;
  const created = await o.ok<{ createPerson: { id: string } }>(
    `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    {
      input: {
        legalName,
        preferredName,
        pronouns: 'he/him',
        dateOfBirth: '1981-05-23',
        councilArea: 'Northvale',
        nhsNumber: nextNhsNumber(),
        prisonNumber: 'A1234BC',
        crn: `X${String(Math.floor(Math.random() * 900_000) + 100_000)}`,
        situation: { kind: 'CUSTODY', establishment: m('HMP Testshire'), releaseDate: daysFromToday(20) },
      },
    },
  );
  const id = created.createPerson.id;
  await o.ok(`mutation ($input: UpdatePersonSituationInput!) { updatePersonSituation(input: $input) { id } }`, {
    input: {
      personId: id,
      expectedVersion: 1,
      situation: {
        kind: 'CUSTODY',
        establishment: m('HMP Testshire'),
        releaseDate: daysFromToday(20),
        accommodationStatus: 'NO_FIXED_ABODE',
        notes: m('Situation notes'),
      },
    },
  });
  await o.ok(`mutation ($input: UpdatePersonStoryInput!) { updatePersonStory(input: $input) { id } }`, {
    input: { personId: id, expectedVersion: 1, text: m('My story in my own words'), personAgreed: true },
  });
  await o.ok(`mutation ($input: UpdatePersonRiskInput!) { updatePersonRisk(input: $input) { id } }`, {
    input: { personId: id, expectedVersion: 1, summary: m('Risk summary'), safetyPlan: m('Safety plan') },
  });
  await o.ok(`mutation ($input: UpdatePersonPreferencesInput!) { updatePersonPreferences(input: $input) { id } }`, {
    input: {
      personId: id,
      expectedVersion: 1,
      whatHelps: m('What helps'),
      whatToAvoid: m('What to avoid'),
      contactHow: m('Text'),
      contactWhen: m('Mornings'),
      timeOfDay: 'MORNING',
    },
  });
  await o.ok(`mutation ($input: UpdatePersonNeedInput!) { updatePersonNeed(input: $input) { id } }`, {
    input: { personId: id, expectedVersion: 1, domain: 'ACCOMMODATION', status: 'SUPPORT_REQUIRED', notes: m('Needs notes') },
  });
  await o.ok(`mutation ($id: ID!, $text: String!) { addTimelineNote(personId: $id, section: NEEDS, text: $text) { id } }`, {
    id,
    text: m('Timeline note'),
  });
  const agreement = await o.ok<{ recordSharingAgreement: { sharingAgreements: Array<{ id: string }> } }>(
    `mutation ($input: RecordSharingAgreementInput!) { recordSharingAgreement(input: $input) { sharingAgreements { id } } }`,
    {
      input: {
        personId: id,
        organisationIds: [partnerOrg.id],
        sections: ['NEEDS'],
        agreedOn: today(),
        expiresOn: '2099-01-01',
        notes: m('Agreement notes'),
        lawfulBasis: { article6: 'ART6_1_E', article9: 'ART9_2_H', schedule1: ['SCH1_P2'], commonLaw: 'CL_AGREEMENT' },
      },
    },
  );
  await o.ok(`mutation ($id: ID!, $reason: String) { withdrawSharingAgreement(id: $id, reason: $reason) { id } }`, {
    id: agreement.recordSharingAgreement.sharingAgreements[0]!.id,
    reason: m('Withdrawn because'),
  });
  await partner.client.ok(`mutation ($id: ID!, $reason: String!) { breakGlass(personId: $id, reason: $reason) { expiresAt } }`, {
    id,
    reason: m('Break-glass reason: safeguarding concern'),
  });
  await o.ok(`query ($id: ID!, $purpose: String) { person(id: $id, purpose: $purpose) { id } }`, { id, purpose: m('Read purpose') });

  // An action for them, given to a colleague (a notification), commented on and blocked by a barrier.
  const action = await o.ok<{ createAction: { id: string; version: number } }>(
    `mutation ($input: CreateActionInput!) { createAction(input: $input) { id version } }`,
    { input: { personId: id, title: m('Action title'), detail: m('Action detail'), ownerId: chair.user.id, dueDate: daysFromToday(1) } },
  );
  await o.ok(`mutation ($id: ID!, $body: String!) { addActionComment(actionId: $id, body: $body) { id } }`, {
    id: action.createAction.id,
    body: m('Action comment'),
  });
  await chair.client.ok(`mutation ($input: UpdateActionInput!) { updateAction(input: $input) { id } }`, {
    input: {
      id: action.createAction.id,
      expectedVersion: action.createAction.version,
      status: 'NOT_POSSIBLE',
      statusReason: m('Barrier reason'),
    },
  });

  // A huddle with the person on its caseload; a meeting with notes, decisions and an action
  // agreed at the review of incomplete actions; closed, so the minutes are frozen.
  const huddle = await chair.client.ok<{ createHuddle: { id: string } }>(
    `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`,
    {
      input: {
        name: `Huddle ${tag}`,
        councilArea: 'Northvale',
        memberOrganisationIds: [ownerOrg.id, partnerOrg.id],
        chairIds: [chair.user.id],
      },
    },
  );
  await chair.client.ok(`mutation ($input: AddToCaseloadInput!) { addToCaseload(input: $input) { warning } }`, {
    input: {
      huddleId: huddle.createHuddle.id,
      personId: id,
      referringOrganisationId: ownerOrg.id,
      offerOfHelp: m('Offer of help'),
      coordinatorId: chair.user.id,
    },
  });
  const scheduled = await chair.client.ok<{ scheduleMeeting: { meetings: Array<{ id: string }> } }>(
    `mutation ($h: ID!, $at: DateTimeISO!) { scheduleMeeting(huddleId: $h, startsAt: $at) { meetings { id } } }`,
    { h: huddle.createHuddle.id, at: new Date(Date.now() + 3_600_000).toISOString() },
  );
  const meetingId = scheduled.scheduleMeeting.meetings[0]!.id;
  await chair.client.ok(`mutation ($id: ID!) { startMeeting(meetingId: $id) { status } }`, { id: meetingId });
  const agenda = await chair.client.ok<{
    meeting: { items: Array<{ id: string; kind: string; person: { id: string } | null; notesVersion: number; decisionsVersion: number }> };
  }>(`query ($id: ID!) { meeting(id: $id) { items { id kind person { id } notesVersion decisionsVersion } } }`, { id: meetingId });
  const theirItem = agenda.meeting.items.find((i) => i.person?.id === id)!;
  const review = agenda.meeting.items.find((i) => i.kind === 'INCOMPLETE_ACTIONS_REVIEW')!;
  const edit = (field: string, text: string, expectedVersion: number) =>
    chair.client.ok(`mutation ($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id } }`, {
      input: { itemId: theirItem.id, field, text, expectedVersion },
    });
  await edit('NOTES', m('Agenda notes'), theirItem.notesVersion);
  await edit('DECISIONS', m('Agenda decision'), theirItem.decisionsVersion);
  await chair.client.ok(`mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
    input: { agendaItemId: review.id, personId: id, title: m('Agreed at the review'), ownerId: owner.user.id, dueDate: daysFromToday(7) },
  });
  await chair.client.ok(`mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
    input: { agendaItemId: theirItem.id, title: m('Agreed at their item'), ownerId: chair.user.id, dueDate: daysFromToday(7) },
  });
  // An action for nobody in particular at the same review: it stays in the minutes after an erasure.
  await chair.client.ok(`mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
    input: {
      agendaItemId: review.id,
      title: `Ask the board about hostel places ${tag}`,
      ownerId: chair.user.id,
      dueDate: daysFromToday(7),
    },
  });
  await chair.client.ok(`mutation ($id: ID!) { closeMeeting(meetingId: $id) { status } }`, { id: meetingId });

  // An appointment, missed (the lead professional is alerted).
  const booked = await o.ok<{ bookAppointment: { appointment: { id: string } } }>(
    `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } } }`,
    {
      input: {
        personId: id,
        purpose: m('Appointment purpose'),
        location: m('Appointment location'),
        town: 'Testford',
        date: today(),
        window: 'MORNING',
      },
    },
  );
  await o.ok(`mutation ($input: UpdateAppointmentInput!) { updateAppointment(input: $input) { id } }`, {
    input: { id: booked.bookAppointment.appointment.id, expectedVersion: 1, status: 'MISSED' },
  });

  // The release plan and its checklist.
  await o.ok(`mutation ($input: UpdateReleasePlanInput!) { updateReleasePlan(input: $input) { version } }`, {
    input: { personId: id, expectedVersion: 0, destinationCouncilArea: m('Northvale'), establishmentTown: m('Testford') },
  });
  await o.ok(`mutation ($input: UpdateReleasePlanItemInput!) { updateReleasePlanItem(input: $input) { version } }`, {
    input: {
      personId: id,
      expectedVersion: 0,
      item: 'DUTY_TO_REFER',
      status: 'DONE',
      onDate: today(),
      council: m('Northvale'),
      outcome: m('Accepted'),
      detail: m('Referral detail'),
    },
  });

  // Outcomes: an NDTA and a quarter's service use.
  await o.ok(`mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { rescoreDue } }`, {
    input: {
      personId: id,
      assessedOn: today(),
      notes: m('Assessment notes'),
      scores: NDTA.domains.map((d) => ({ domain: d.key, score: 2 })),
    },
  });
  const now = new Date();
  const quarterStart = `${now.getUTCFullYear()}-${String(Math.floor(now.getUTCMonth() / 3) * 3 + 1).padStart(2, '0')}-01`;
  await o.ok(`mutation ($input: RecordServiceUseInput!) { recordServiceUse(input: $input) { quarterStart } }`, {
    input: { personId: id, quarterStart, evictions: 1, arrests: 2, nightsInPrison: 3, aeAttendances: 4, mentalHealthInpatientDays: 5 },
  });
  // A referral to the partner, with the person's own words on consent, declined with a reason and closed with an outcome.
  const referral = await o.ok<{ sendReferral: { id: string; version: number } }>(
    `mutation ($input: SendReferralInput!) { sendReferral(input: $input) { id version } }`,
    {
      input: {
        personId: id,
        receivingOrganisationId: partnerOrg.id,
        kind: 'ACCOMMODATION',
        consent: { method: 'WRITTEN', givenOn: today(), personsWords: m('Consent words') },
        message: m('Referral message'),
        sections: ['NEEDS'],
        expiresOn: daysFromToday(30),
        lawfulBasis: { article6: 'ART6_1_E', article9: 'ART9_2_H', schedule1: ['SCH1_P2'], commonLaw: 'CL_AGREEMENT' },
      },
    },
  );
  const declined = await partner.client.ok<{ declineReferral: { version: number } }>(
    `mutation ($input: DeclineReferralInput!) { declineReferral(input: $input) { version } }`,
    { input: { id: referral.sendReferral.id, version: referral.sendReferral.version, reason: m('Decline reason') } },
  );
  await o.ok(`mutation ($input: CloseReferralInput!) { closeReferral(input: $input) { id } }`, {
    input: { id: referral.sendReferral.id, version: declined.declineReferral.version, outcome: m('Referral outcome') },
  });

  // Reminders for the actions due (tomorrow's is one).
  await app.server.services.notifications.runReminders();

  return { id, legalName, preferredName, marker, admin: admin.client, manager: manager.client, owner: o, chair: chair.client, meetingId };
}
