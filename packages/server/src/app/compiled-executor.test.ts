import { createPubSub } from '@graphql-yoga/subscription';
import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { buildHuddleMeeting } from '../../test/meetings.js';
import { createFullPerson, recordAgreement } from '../../test/people.js';
import type { Context } from '../core/context.js';
import { readSessionToken } from '../modules/auth/session-cookie.js';
import { buildAppSchema } from './schema.js';

/** The agenda as the meeting room reads it: people, their access, notes and actions. */
const AGENDA = `query ($id: ID!) { meeting(id: $id) { id status seq isChair items { id position kind title reason personRestricted
  notes notesVersion decisions decisionsVersion systemBarrier outcome
  person { id displayName pronouns access { basis sections } } actions { id title status dueDate owner { name } } } } }`;

describe('compiled execution (graphql-jit behind Apollo Server)', () => {
  let app: TestApp;
  let chair: GqlClient;
  let outsider: GqlClient;
  let meetingId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const built = await buildHuddleMeeting(app, 'Compiled agenda');
    ({ chair, meetingId } = built);
    // A person owned by another organisation, shared with the chair's for STORY only: some of
    // the agenda is shown, some hidden by the disclosure gate.
    const ownerOrg = await buildOrganisation(app.dataSource, { kind: 'PROBATION' });
    const owner = new GqlClient(app.url);
    await owner.login((await buildUser(app.dataSource, { organisationId: ownerOrg.id, role: 'PRACTITIONER' })).email, TEST_PASSWORD);
    const personId = await createFullPerson(owner, 'Jordan Compiled');
    await recordAgreement(owner, personId, [built.organisationId], ['STORY']);
    const item = await chair.ok<{ addAgendaItem: { id: string } }>(
      `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
      { input: { meetingId, personId, title: 'Housing review', reason: 'Tenancy ends soon' } },
    );
    await chair.ok(`mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
      input: { title: 'Call the landlord', ownerId: built.chairUser.id, dueDate: '2027-02-01', agendaItemId: item.addAgendaItem.id },
    });
    await chair.ok(`mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`, {
      input: { meetingId, title: 'Any other business' },
    });
    const outsiderOrg = await buildOrganisation(app.dataSource, { kind: 'CHARITY' });
    outsider = new GqlClient(app.url);
    await outsider.login((await buildUser(app.dataSource, { organisationId: outsiderOrg.id, role: 'PRACTITIONER' })).email, TEST_PASSWORD);
  }, 120_000);
  afterAll(() => app?.stop());

  it('answers the agenda exactly as graphql-js does, twice over (compiled, then from the cache)', async () => {
    const token = readSessionToken(chair.cookie, app.config.cookieSecure)!;
    const session = (await app.server.services.auth.resolveSession(token))!;
    const contextValue: Context = {
      requestId: 'compiled-executor-test',
      logger: app.server.services.logger,
      viewer: session.viewer,
      sessionId: session.sessionId,
      services: app.server.services,
    };
    const interpreted = await execute({
      schema: await buildAppSchema(createPubSub()),
      document: parse(AGENDA),
      variableValues: { id: meetingId },
      contextValue,
    });
    expect(interpreted.errors).toBeUndefined();
    const expected = JSON.parse(JSON.stringify(interpreted.data)) as { meeting: { items: Array<{ person: unknown }> } };
    expect(expected.meeting.items.some((i) => i.person !== null)).toBe(true);
    for (let round = 0; round < 2; round++) {
      expect(await chair.ok(AGENDA, { id: meetingId })).toEqual(expected);
    }
  });

  it('keeps typed errors: a refusal, a bad variable, a malformed id, no session', async () => {
    expect(errorCode(await outsider.request(AGENDA, { id: meetingId }))).toBe('FORBIDDEN');
    expect(errorCode(await chair.request(AGENDA, { id: { not: 'an id' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await chair.request(AGENDA, { id: 'not-a-uuid' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await new GqlClient(app.url).request(AGENDA, { id: meetingId }))).toBe('UNAUTHENTICATED');
  });
});
