import { addDays, isBankHoliday, weekday } from '@casehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, recordAgreement } from '../../../test/people.js';

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
/** The first ordinary Friday (not a bank holiday) at least a week away, so the release is within the flags' window. */
const nextOrdinaryFriday = () => {
  for (let day = addDays(today(), 7); ; day = addDays(day, 1)) if (weekday(day) === 5 && !isBankHoliday(day)) return day;
};

const UPDATE_PLAN = `mutation ($input: UpdateReleasePlanInput!) { updateReleasePlan(input: $input) { version releaseTime redFlags } }`;
const PLAN = `query ($id: ID!) { releasePlan(personId: $id) { version releaseTime redFlags } }`;
const FLAGS = `query ($id: ID!) { person(id: $id, purpose: "Test") { flags { kind text } } }`;

type Plan = { version: number; releaseTime: string | null; redFlags: string[] };

describe('the time of release on the plan, and the Friday-afternoon red flag', () => {
  let app: TestApp;
  let owner: GqlClient;
  let partner: GqlClient;
  let partnerOrg: string;
  let personId: string;
  const friday = nextOrdinaryFriday();

  beforeAll(async () => {
    app = await startTestApp();
    const ownerOrg = (await buildOrganisation(app.dataSource, { kind: 'PRISON', name: 'HMP Timing' })).id;
    partnerOrg = (await buildOrganisation(app.dataSource, { kind: 'POLICE', name: 'Timing Police' })).id;
    const make = async (org: string) => {
      const user = await buildUser(app.dataSource, { organisationId: org, role: 'PRACTITIONER' });
      const client = new GqlClient(app.url);
      await client.login(user.email, TEST_PASSWORD);
      return client;
    };
    owner = await make(ownerOrg);
    partner = await make(partnerOrg);
    personId = await createFullPerson(owner);
    await owner.ok(`mutation ($input: UpdatePersonSituationInput!) { updatePersonSituation(input: $input) { id } }`, {
      input: {
        personId,
        expectedVersion: 1,
        situation: { kind: 'CUSTODY', establishment: 'HMP Timing', releaseDate: friday, accommodationStatus: 'HOSTEL' },
      },
    });
  });
  afterAll(() => app.stop());

  it('records a release time; a Friday release at or after midday is flagged, a morning one is not', async () => {
    const saved = await owner.ok<{ updateReleasePlan: Plan }>(UPDATE_PLAN, {
      input: { personId, expectedVersion: 0, destinationCouncilArea: 'Northvale', establishmentTown: 'Timeford', releaseTime: '14:00' },
    });
    expect(saved.updateReleasePlan).toMatchObject({ releaseTime: '14:00', redFlags: expect.arrayContaining(['FRIDAY_RELEASE']) });
    const flags = await owner.ok<{ person: { flags: Array<{ kind: string; text: string }> } }>(FLAGS, { id: personId });
    const fridayFlag = flags.person.flags.find((f) => f.kind === 'RELEASE_FRIDAY');
    expect(fridayFlag?.text).toMatch(
      /^Release on Friday \d{1,2} \w{3} \d{4} at 14:00: there may be too little time to reach probation and housing before the weekend/,
    );

    const morning = await owner.ok<{ updateReleasePlan: Plan }>(UPDATE_PLAN, {
      input: { personId, expectedVersion: saved.updateReleasePlan.version, destinationCouncilArea: 'Northvale', releaseTime: '09:30' },
    });
    expect(morning.updateReleasePlan.releaseTime).toBe('09:30');
    expect(morning.updateReleasePlan.redFlags).not.toContain('FRIDAY_RELEASE');
    const after = await owner.ok<{ person: { flags: Array<{ kind: string }> } }>(FLAGS, { id: personId });
    expect(after.person.flags.map((f) => f.kind)).not.toContain('RELEASE_FRIDAY');
  });

  it('keeps the time when an edit does not mention it, clears it with null, and refuses a time that is not HH:MM', async () => {
    const current = (await owner.ok<{ releasePlan: Plan }>(PLAN, { id: personId })).releasePlan;
    const kept = await owner.ok<{ updateReleasePlan: Plan }>(UPDATE_PLAN, {
      input: { personId, expectedVersion: current.version, destinationCouncilArea: 'Eastbrook' },
    });
    expect(kept.updateReleasePlan.releaseTime).toBe(current.releaseTime);

    const bad = await owner.request(UPDATE_PLAN, {
      input: { personId, expectedVersion: current.version + 1, destinationCouncilArea: 'Eastbrook', releaseTime: '2pm' },
    });
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    expect(bad.errors?.[0]?.extensions?.fields).toEqual({ releaseTime: 'Enter the release time in 24-hour format, like 09:30 or 14:00.' });

    const cleared = await owner.ok<{ updateReleasePlan: Plan }>(UPDATE_PLAN, {
      input: { personId, expectedVersion: current.version + 1, destinationCouncilArea: 'Eastbrook', releaseTime: null },
    });
    // No time recorded: a Friday release is flagged, as it may be in the afternoon.
    expect(cleared.updateReleasePlan).toMatchObject({ releaseTime: null, redFlags: expect.arrayContaining(['FRIDAY_RELEASE']) });
  });

  it('shows the time only to those who may see the release plan', async () => {
    const refused = await partner.request(PLAN, { id: personId });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    await recordAgreement(owner, personId, [partnerOrg], ['NEEDS']);
    expect(errorCode(await partner.request(PLAN, { id: personId }))).toBe('FORBIDDEN');
    await recordAgreement(owner, personId, [partnerOrg], ['OFFENDING']);
    const shared = await partner.ok<{ releasePlan: Plan }>(PLAN, { id: personId });
    expect(shared.releasePlan.redFlags).toContain('FRIDAY_RELEASE');
  });
});
