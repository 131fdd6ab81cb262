import type { DataSource } from 'typeorm';
import { GqlClient } from './client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from './factories.js';

/**
 * A huddle of one charity with a signed-in coordinator as chair, and its next meeting (planned
 * an hour from now, with its draft agenda).
 */
export async function buildHuddleMeeting(
  app: { dataSource: DataSource; url: string },
  name: string,
): Promise<{ chair: GqlClient; chairUser: { id: string }; organisationId: string; huddleId: string; meetingId: string }> {
  const organisationId = (await buildOrganisation(app.dataSource, { kind: 'CHARITY' })).id;
  const chairUser = await buildUser(app.dataSource, { organisationId, role: 'COORDINATOR' });
  const chair = new GqlClient(app.url);
  await chair.login(chairUser.email, TEST_PASSWORD);
  const huddle = await chair.ok<{ createHuddle: { id: string } }>(
    `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`,
    {
      input: { name, councilArea: 'Testshire', memberOrganisationIds: [organisationId], chairIds: [chairUser.id] },
    },
  );
  const scheduled = await chair.ok<{ scheduleMeeting: { meetings: Array<{ id: string }> } }>(
    `mutation ($h: ID!, $at: DateTimeISO!) { scheduleMeeting(huddleId: $h, startsAt: $at) { meetings { id } } }`,
    { h: huddle.createHuddle.id, at: new Date(Date.now() + 3_600_000).toISOString() },
  );
  return { chair, chairUser, organisationId, huddleId: huddle.createHuddle.id, meetingId: scheduled.scheduleMeeting.meetings[0]!.id };
}
