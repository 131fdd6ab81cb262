import { addDays, bankHolidaysEnglandAndWales, isBankHoliday, weekday } from '@casehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { buildHuddleMeeting } from '../../../test/meetings.js';
import { createFullPerson, recordAgreement } from '../../../test/people.js';

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
/** The first day after today that `test` accepts. */
const nextDay = (test: (day: string) => boolean) => {
  for (let day = addDays(today(), 1); ; day = addDays(day, 1)) if (test(day)) return day;
};
const nextSaturday = () => nextDay((d) => weekday(d) === 6);
const nextOrdinaryFriday = () => nextDay((d) => weekday(d) === 5 && !isBankHoliday(d));
const nextOrdinaryWeekday = () => nextDay((d) => weekday(d) >= 1 && weekday(d) <= 4 && !isBankHoliday(d) && !isBankHoliday(addDays(d, 1)));
const nextBankHoliday = () => {
  const year = Number(today().slice(0, 4));
  return [...bankHolidaysEnglandAndWales(year), ...bankHolidaysEnglandAndWales(year + 1)].find((d) => d > today())!;
};

type Flag = { kind: string; text: string };
const PERSON_FLAGS = `query ($id: ID!) { person(id: $id, purpose: "Test") {
  flags { kind text }
  openActions { title dueDate overdue owner { name } ownerOrganisation { name } }
  huddles { id name addedOn nextMeetingAt }
  situation { releaseDate warnings { code message } } } }`;

describe('red flags, open actions and huddles on the page; weekend warnings; appointments for everyone', () => {
  let app: TestApp;
  let owner: GqlClient;
  let ownerName: string;
  let ownerOrg: string;
  let huddle: Awaited<ReturnType<typeof buildHuddleMeeting>>;

  beforeAll(async () => {
    app = await startTestApp();
    ownerOrg = (await buildOrganisation(app.dataSource, { kind: 'PRISON', name: 'HMP Flags' })).id;
    const user = await buildUser(app.dataSource, { organisationId: ownerOrg, role: 'PRACTITIONER' });
    ownerName = user.name;
    owner = new GqlClient(app.url);
    await owner.login(user.email, TEST_PASSWORD);
    huddle = await buildHuddleMeeting(app, 'Flags huddle');
  });
  afterAll(() => app.stop());

  async function setSituation(personId: string, version: number, situation: Record<string, unknown>) {
    return owner.ok<{ updatePersonSituation: { situation: { warnings: Array<{ code: string; message: string }> } } }>(
      `mutation ($input: UpdatePersonSituationInput!) { updatePersonSituation(input: $input) { situation { warnings { code message } } } }`,
      { input: { personId, expectedVersion: version, situation } },
    );
  }

  it('flags a release with no fixed abode on the record and the agenda, only for viewers who may see the release', async () => {
    const id = await createFullPerson(owner, 'Aled Flagged');
    const releaseDate = nextSaturday();
    const saved = await setSituation(id, 1, {
      kind: 'CUSTODY',
      establishment: 'HMP Flags',
      releaseDate,
      accommodationStatus: 'NO_FIXED_ABODE',
    });
    // The answer to the change warns of the weekend release.
    expect(saved.updatePersonSituation.situation.warnings.map((w) => w.code)).toEqual(['WEEKEND']);

    // An overdue action the owner's organisation holds: owner sees it counted; the huddle's chair does not.
    const action = await owner.ok<{ createAction: { id: string } }>(
      `mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`,
      {
        input: {
          title: 'Book a housing options interview',
          personId: id,
          ownerId: (await ownerId(owner)).id,
          dueDate: addDays(today(), 2),
        },
      },
    );
    await app.dataSource.query(`UPDATE action SET due_date = current_date - 2 WHERE id = $1`, [action.createAction.id]);

    const mine = await owner.ok<{ person: { flags: Flag[]; openActions: Array<Record<string, unknown>>; huddles: unknown[] } }>(
      PERSON_FLAGS,
      {
        id,
      },
    );
    const days = Math.round((Date.parse(releaseDate) - Date.parse(today())) / 86_400_000);
    expect(mine.person.flags).toEqual(
      expect.arrayContaining([
        {
          kind: 'RELEASE_NO_ACCOMMODATION',
          text: expect.stringMatching(/^Release (in \d+ days|tomorrow) \(Saturday .+\) with no fixed abode\.$/),
        },
        { kind: 'RELEASE_WEEKEND', text: expect.stringContaining('a weekend') },
        { kind: 'OVERDUE_ACTIONS', text: '1 action is overdue.' },
      ]),
    );
    expect(days).toBeGreaterThan(0);
    expect(mine.person.openActions).toEqual([
      {
        title: 'Book a housing options interview',
        dueDate: addDays(today(), -2),
        overdue: true,
        owner: { name: ownerName },
        ownerOrganisation: { name: 'HMP Flags' },
      },
    ]);
    // The prison is not a member of the huddle: it is told of no huddle.
    expect(mine.person.huddles).toEqual([]);

    // The huddle's charity may see needs and contact details, not offending: no release flags.
    await recordAgreement(owner, id, [huddle.organisationId], ['NEEDS', 'CONTACT']);
    await huddle.chair.ok(`mutation ($input: AddToCaseloadInput!) { addToCaseload(input: $input) { huddle { id } } }`, {
      input: {
        huddleId: huddle.huddleId,
        personId: id,
        referringOrganisationId: huddle.organisationId,
        offerOfHelp: 'Key worker',
        coordinatorId: huddle.chairUser.id,
      },
    });
    const scheduled = await huddle.chair.ok<{ scheduleMeeting: { meetings: Array<{ id: string; startsAt: string }> } }>(
      `mutation ($h: ID!, $at: DateTimeISO!) { scheduleMeeting(huddleId: $h, startsAt: $at) { meetings { id startsAt } } }`,
      { h: huddle.huddleId, at: new Date(Date.now() + 2 * 86_400_000).toISOString() },
    );
    const meetingId = scheduled.scheduleMeeting.meetings.find((m) => m.id !== huddle.meetingId)!.id;
    const agenda = () =>
      huddle.chair.ok<{ meeting: { items: Array<{ kind: string; person: { id: string } | null; flags: Flag[] }> } }>(
        `query ($id: ID!) { meeting(id: $id) { items { kind person { id } flags { kind text } } } }`,
        { id: meetingId },
      );
    const itemFor = async () => (await agenda()).meeting.items.find((i) => i.person?.id === id)!;
    const hidden = await itemFor();
    expect(hidden.kind).toBe('PERSON_DISCUSSED');
    expect(hidden.flags).toEqual([]);
    const theirs = await huddle.chair.ok<{
      person: { flags: Flag[]; openActions: unknown[]; huddles: Array<{ id: string; name: string }>; situation: unknown };
    }>(PERSON_FLAGS, { id });
    expect(theirs.person.flags).toEqual([]);
    expect(theirs.person.situation).toBeNull();
    expect(theirs.person.openActions).toEqual([]);
    expect(theirs.person.huddles).toEqual([expect.objectContaining({ id: huddle.huddleId, name: 'Flags huddle' })]);

    // Once offending is shared, the release flags appear on the agenda item and the record; the
    // owner's overdue action still does not.
    await recordAgreement(owner, id, [huddle.organisationId], ['NEEDS', 'CONTACT', 'OFFENDING']);
    const shown = await itemFor();
    expect(shown.kind).toBe('RELEASE_SOON');
    expect(shown.flags.map((f) => f.kind)).toEqual(['RELEASE_NO_ACCOMMODATION', 'RELEASE_WEEKEND']);
    const now = await huddle.chair.ok<{ person: { flags: Flag[] } }>(PERSON_FLAGS, { id });
    expect(now.person.flags.map((f) => f.kind)).toEqual(['RELEASE_NO_ACCOMMODATION', 'RELEASE_WEEKEND']);
  });

  it('flags a Duty to Refer not made within 56 days of release, and clears it once made', async () => {
    const id = await createFullPerson(owner);
    const releaseDate = addDays(nextOrdinaryWeekday(), 35);
    const plain =
      weekday(releaseDate) >= 1 && weekday(releaseDate) <= 4 && !isBankHoliday(releaseDate) ? releaseDate : addDays(releaseDate, 7);
    await setSituation(id, 1, { kind: 'CUSTODY', establishment: 'HMP Flags', releaseDate: plain, accommodationStatus: 'HOSTEL' });
    const kinds = async () => (await owner.ok<{ person: { flags: Flag[] } }>(PERSON_FLAGS, { id })).person.flags.map((f) => f.kind);
    // No release plan yet: no Duty to Refer item to flag.
    expect(await kinds()).toEqual([]);
    await owner.ok(`mutation ($input: UpdateReleasePlanInput!) { updateReleasePlan(input: $input) { version } }`, {
      input: { personId: id, expectedVersion: 0, destinationCouncilArea: 'Testshire' },
    });
    expect(await kinds()).toEqual(['DUTY_TO_REFER_NOT_MADE']);
    await owner.ok(`mutation ($input: UpdateReleasePlanItemInput!) { updateReleasePlanItem(input: $input) { version } }`, {
      input: { personId: id, expectedVersion: 0, item: 'DUTY_TO_REFER', status: 'DONE', onDate: today(), council: 'Testshire' },
    });
    expect(await kinds()).toEqual([]);
  });

  it('warns of releases on a bank holiday or a Friday, and says discharge for hospital', async () => {
    const id = await createFullPerson(owner);
    const holiday = await setSituation(id, 1, { kind: 'HOSPITAL', establishment: 'Ward 7', releaseDate: nextBankHoliday() });
    expect(holiday.updatePersonSituation.situation.warnings).toEqual([
      { code: 'BANK_HOLIDAY', message: expect.stringMatching(/^Discharge on .+, a bank holiday: most services are shut\.$/) },
    ]);
    const friday = await setSituation(id, 2, { kind: 'CUSTODY', establishment: 'HMP Flags', releaseDate: nextOrdinaryFriday() });
    expect(friday.updatePersonSituation.situation.warnings.map((w) => w.code)).toEqual(['FRIDAY_AFTERNOON']);
    expect(friday.updatePersonSituation.situation.warnings[0]!.message).toContain('if after midday');
    const midweek = await setSituation(id, 3, { kind: 'CUSTODY', establishment: 'HMP Flags', releaseDate: nextOrdinaryWeekday() });
    expect(midweek.updatePersonSituation.situation.warnings).toEqual([]);
  });

  it('books appointments for a person in the community, with clash checks and weekend warnings it can proceed past', async () => {
    const id = await createFullPerson(owner);
    await setSituation(id, 1, { kind: 'COMMUNITY', accommodationStatus: 'TEMPORARY' });
    type Booked = {
      bookAppointment: {
        appointment: { id: string; date: string; warnings: Array<{ code: string }> };
        clashes: Array<{ rule: string }>;
        warnings: Array<{ code: string; message: string }>;
      };
    };
    const book = (input: Record<string, unknown>) =>
      owner.ok<Booked>(
        `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) {
           appointment { id date warnings { code } } clashes { rule } warnings { code message } } }`,
        { input: { personId: id, purpose: 'Key work session', town: 'Testford', ...input } },
      );
    const weekdayDate = nextOrdinaryWeekday();
    const morning = await book({ date: weekdayDate, window: 'MORNING' });
    expect(morning.bookAppointment.clashes).toEqual([]);
    expect(morning.bookAppointment.warnings).toEqual([]);
    const clash = await book({ date: weekdayDate, window: 'EXACT', startTime: '10:30' });
    expect(clash.bookAppointment.clashes.map((c) => c.rule)).toEqual(['TIME_IN_WINDOW']);

    const saturday = nextSaturday();
    const weekend = await book({ date: saturday, window: 'AFTERNOON' });
    expect(weekend.bookAppointment.appointment.date).toBe(saturday);
    expect(weekend.bookAppointment.warnings).toEqual([
      { code: 'WEEKEND', message: expect.stringContaining('is a weekend: check the service is open.') },
    ]);
    const friday = await book({ date: nextOrdinaryFriday(), window: 'EXACT', startTime: '15:00' });
    expect(friday.bookAppointment.warnings.map((w) => w.code)).toEqual(['FRIDAY_AFTERNOON']);
    const holiday = await book({ date: nextBankHoliday(), window: 'MORNING' });
    expect(holiday.bookAppointment.warnings.map((w) => w.code)).toEqual(['BANK_HOLIDAY']);

    const listed = await owner.ok<{ appointments: Array<{ id: string; clashes: unknown[]; warnings: Array<{ code: string }> }> }>(
      `query ($id: ID!) { appointments(personId: $id) { id clashes { rule } warnings { code } } }`,
      { id },
    );
    expect(listed.appointments).toHaveLength(5);
    expect(listed.appointments.find((a) => a.id === weekend.bookAppointment.appointment.id)!.warnings).toEqual([{ code: 'WEEKEND' }]);
    // Release plans stay for custody and hospital.
    expect(errorCode(await owner.request(`query ($id: ID!) { releasePlan(personId: $id) { version } }`, { id }))).toBe('VALIDATION_FAILED');
  });
});

async function ownerId(client: GqlClient): Promise<{ id: string }> {
  return (await client.ok<{ me: { id: string } }>(`{ me { id } }`)).me;
}
