import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { meetingHub } from './meeting-hub.js';

const EVENTS = `subscription ($id: ID!, $after: Int) { meetingEvents(meetingId: $id, afterSeq: $after) { seq type } }`;
type EventData = { data: { meetingEvents: { seq: number; type: string } } };

describe('following a meeting when membership changes', () => {
  let app: TestApp;
  let chair: GqlClient;
  let meetingId: string;
  const orgs: Record<string, string> = {};
  const clients: Record<string, GqlClient> = {};

  beforeAll(async () => {
    app = await startTestApp();
    for (const key of ['charity', 'housing']) orgs[key] = (await buildOrganisation(app.dataSource, { name: `Org ${key}` })).id;
    const signIn = async (key: string, org: string, role: 'COORDINATOR' | 'PRACTITIONER') => {
      const user = await buildUser(app.dataSource, { organisationId: orgs[org]!, role });
      const client = new GqlClient(app.url);
      await client.login(user.email, TEST_PASSWORD);
      clients[key] = client;
      return user;
    };
    const chairUser = await signIn('chair', 'charity', 'COORDINATOR');
    chair = clients.chair!;
    await signIn('charityMember', 'charity', 'PRACTITIONER');
    await signIn('housingMember', 'housing', 'PRACTITIONER');
    const huddle = await chair.ok<{ createHuddle: { id: string } }>(
      `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`,
      {
        input: {
          name: 'Hub test',
          councilArea: 'Northvale',
          memberOrganisationIds: [orgs.charity, orgs.housing],
          chairIds: [chairUser.id],
        },
      },
    );
    const scheduled = await chair.ok<{ scheduleMeeting: { meetings: Array<{ id: string }> } }>(
      `mutation ($h: ID!, $at: DateTimeISO!) { scheduleMeeting(huddleId: $h, startsAt: $at) { meetings { id } } }`,
      { h: huddle.createHuddle.id, at: new Date(Date.now() + 3_600_000).toISOString() },
    );
    meetingId = scheduled.scheduleMeeting.meetings[0]!.id;
  });
  afterAll(() => app.stop());

  it('ends the stream of someone whose organisation leaves the huddle, in one query per meeting, and keeps the others', async () => {
    const housingWs = clients.housingMember!.ws(app.wsUrl);
    const charityWs = clients.charityMember!.ws(app.wsUrl);
    // Resuming from the current sequence number, so an event sent while subscribing is not missed.
    const { meeting } = await chair.ok<{ meeting: { seq: number } }>(`query ($id: ID!) { meeting(id: $id) { seq } }`, { id: meetingId });
    const housing = collect<EventData>(housingWs, EVENTS, { id: meetingId, after: meeting.seq });
    const charity = collect<EventData>(charityWs, EVENTS, { id: meetingId, after: meeting.seq });
    // Both are following: an event reaches both.
    await chair.ok(`mutation ($m: ID!) { recordAttendance(meetingId: $m, present: true) }`, { m: meetingId });
    expect((await housing.next()).data.meetingEvents.type).toBe('ATTENDANCE');
    expect((await charity.next()).data.meetingEvents.type).toBe('ATTENDANCE');

    // Housing leaves the huddle (an administrator's change, made straight in the database here).
    await app.dataSource.query(`DELETE FROM huddle_member WHERE organisation_id = $1`, [orgs.housing]);
    app.sqlLog.length = 0;
    await meetingHub(app.server.services.bus, app.dataSource).recheck();
    expect(app.sqlLog.filter((s) => s.includes('unnest'))).toHaveLength(1);

    // A change after the re-check reaches the member who stayed. Housing's stream must have
    // ended instead of delivering it: whichever comes first, the end or an event, is the answer.
    const housingOutcome = Promise.race([housing.ended, housing.next(10_000)]);
    await chair.ok(`mutation ($m: ID!) { recordAttendance(meetingId: $m, present: false) }`, { m: meetingId });
    let heard = (await charity.next()).data.meetingEvents;
    if (heard.type === 'LEFT') heard = (await charity.next()).data.meetingEvents; // the room is told housing's member left
    expect(heard.type).toBe('ATTENDANCE');
    expect(await housingOutcome).toBe('complete');
    // And following the meeting again is refused.
    const again = collect<EventData>(housingWs, EVENTS, { id: meetingId, after: meeting.seq });
    expect(await again.ended).toBe('complete');
    expect(again.events).toMatchObject([{ errors: [{ extensions: { code: 'FORBIDDEN' } }] }]);
    await Promise.all([housingWs.dispose(), charityWs.dispose()]);
  });
});
