import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { buildHuddleMeeting } from '../../../test/meetings.js';
import { createFullPerson, recordAgreement } from '../../../test/people.js';

const ADD = `mutation ($input: AddMinutesCorrectionInput!) { addMinutesCorrection(input: $input) }`;
const MINUTES = `query ($id: ID!) { meeting(id: $id) { status items { id title notes personRestricted corrections { text reason addedBy addedAt } } } }`;

type Item = {
  id: string;
  title: string;
  notes: string | null;
  personRestricted: boolean;
  corrections: Array<{ text: string; reason: string; addedBy: string; addedAt: string }>;
};

describe('corrections to frozen minutes', () => {
  let app: TestApp;
  let chair: GqlClient;
  let sharedMember: GqlClient;
  let unsharedMember: GqlClient;
  let practitioner: GqlClient;
  let meetingId: string;
  let itemId: string;
  let otherItemId: string;

  const minutes = async (client: GqlClient) =>
    (await client.ok<{ meeting: { status: string; items: Item[] } }>(MINUTES, { id: meetingId })).meeting;

  beforeAll(async () => {
    app = await startTestApp();
    const built = await buildHuddleMeeting(app, 'Corrections huddle');
    chair = built.chair;
    meetingId = built.meetingId;
    const probation = (await buildOrganisation(app.dataSource, { kind: 'PROBATION' })).id;
    const police = (await buildOrganisation(app.dataSource, { kind: 'POLICE' })).id;
    await app.dataSource.query(`INSERT INTO huddle_member (huddle_id, organisation_id) VALUES ($1, $2), ($1, $3)`, [
      built.huddleId,
      probation,
      police,
    ]);
    const signIn = async (organisationId: string, role: 'PRACTITIONER' | 'COORDINATOR') => {
      const user = await buildUser(app.dataSource, { organisationId, role });
      const client = new GqlClient(app.url);
      await client.login(user.email, TEST_PASSWORD);
      return client;
    };
    sharedMember = await signIn(probation, 'COORDINATOR');
    unsharedMember = await signIn(police, 'COORDINATOR');
    practitioner = await signIn(built.organisationId, 'PRACTITIONER');

    const personId = await createFullPerson(chair, 'Minutes Person');
    await recordAgreement(chair, personId, [probation], ['NEEDS']);
    await chair.ok(`mutation ($id: ID!) { startMeeting(meetingId: $id) { status } }`, { id: meetingId });
    const added = await chair.ok<{ addAgendaItem: { id: string } }>(
      `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
      {
        input: { meetingId, personId, title: 'Housing after release' },
      },
    );
    itemId = added.addAgendaItem.id;
    await chair.ok(`mutation ($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id } }`, {
      input: { itemId, field: 'NOTES', expectedVersion: 1, text: 'Tenancy offered at Elm Road.' },
    });
    const other = await chair.ok<{ addAgendaItem: { id: string } }>(
      `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
      {
        input: { meetingId, title: 'Any other business' },
      },
    );
    otherItemId = other.addAgendaItem.id;
  });
  afterAll(() => app.stop());

  it('is refused while the meeting is live: only closed minutes take corrections', async () => {
    expect(errorCode(await chair.request(ADD, { input: { meetingId, itemId, text: 'Oak Road', reason: 'Wrong street' } }))).toBe(
      'NOT_FOUND',
    );
    await chair.ok(`mutation ($id: ID!) { closeMeeting(meetingId: $id) { id } }`, { id: meetingId });
  });

  it('appends a dated correction and leaves the original text unchanged', async () => {
    const [before] = await app.dataSource.query(`SELECT to_jsonb(mi) AS row FROM meeting_minutes_item mi WHERE item_id = $1`, [itemId]);
    await chair.ok(ADD, {
      input: { meetingId, itemId, text: 'The tenancy is at Oak Road, not Elm Road.', reason: 'The person asked for rectification' },
    });
    await sharedMember.ok(ADD, { input: { meetingId, itemId, text: 'Start date is 4 Jan 2027.', reason: 'Date missing' } });

    const [after] = await app.dataSource.query(`SELECT to_jsonb(mi) AS row FROM meeting_minutes_item mi WHERE item_id = $1`, [itemId]);
    expect(after.row).toEqual(before.row);
    const item = (await minutes(chair)).items.find((i) => i.id === itemId)!;
    expect(item.notes).toBe('Tenancy offered at Elm Road.');
    expect(item.corrections.map((c) => c.text)).toEqual(['The tenancy is at Oak Road, not Elm Road.', 'Start date is 4 Jan 2027.']);
    expect(item.corrections[0]).toMatchObject({
      reason: 'The person asked for rectification',
      addedBy: expect.stringContaining('Test User'),
    });
    expect(new Date(item.corrections[0]!.addedAt).getTime()).toBeLessThanOrEqual(new Date(item.corrections[1]!.addedAt).getTime());

    // The correction itself cannot be edited either.
    await expect(app.dataSource.query(`UPDATE minutes_correction SET text = 'changed'`)).rejects.toThrow(/cannot be changed/);
    const audited = await app.dataSource.query(`SELECT 1 FROM audit_event WHERE action = 'MINUTES_CORRECTION'`);
    expect(audited).toHaveLength(2);
  });

  it('shows corrections about a person only to those who may read the item’s notes', async () => {
    const shared = (await minutes(sharedMember)).items.find((i) => i.id === itemId)!;
    expect(shared.corrections).toHaveLength(2);
    const unshared = (await minutes(unsharedMember)).items.find((i) => i.id === itemId)!;
    expect(unshared).toMatchObject({ personRestricted: true, notes: null, corrections: [] });
    // Nor can they add one about that person.
    expect(errorCode(await unsharedMember.request(ADD, { input: { meetingId, itemId, text: 'x', reason: 'y' } }))).toBe('FORBIDDEN');
    // An item about nobody is open to every member.
    await unsharedMember.ok(ADD, { input: { meetingId, itemId: otherItemId, text: 'Next meeting moved to Thursday.', reason: 'Typo' } });
    expect((await minutes(unsharedMember)).items.find((i) => i.id === otherItemId)!.corrections).toHaveLength(1);
  });

  it('is for the huddle’s chairs and coordinators only', async () => {
    expect(errorCode(await practitioner.request(ADD, { input: { meetingId, itemId: otherItemId, text: 'x', reason: 'y' } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await chair.request(ADD, { input: { meetingId, itemId, text: '', reason: 'y' } }))).toBe('VALIDATION_FAILED');
  });
});
