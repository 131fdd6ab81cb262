import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient, type GqlResult } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, PERSON_FIELDS, readPerson, recordAgreement, TEST_LAWFUL_BASIS } from '../../../test/people.js';

const REQUEST_FIELDS = `id direction source status sections reason matchReason newPersonId declineReason grantedSections expiresOn canAnswer version
  requestedBy person { id legalName } holdingOrganisation { id name } requestingOrganisation { id name }`;
const REQUEST = `mutation ($input: RequestAccessInput!) { requestAccess(input: $input) { ${REQUEST_FIELDS} } }`;
const ANSWER = `mutation ($input: AnswerAccessRequestInput!) { answerAccessRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const LIST = `query ($filter: AccessRequestFilter) { accessRequests(filter: $filter) { ${REQUEST_FIELDS} } }`;
const NOTIFICATIONS = `{ notifications(limit: 50, unreadOnly: false) { kind message } }`;
const CREATE = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON_FIELDS} possibleExistingRecord } }`;

interface Req {
  id: string;
  direction: string;
  source: string;
  status: string;
  sections: string[];
  reason: string;
  matchReason: string | null;
  newPersonId: string | null;
  declineReason: string | null;
  grantedSections: string[] | null;
  canAnswer: boolean;
  version: number;
  person: { id: string; legalName: string } | null;
  holdingOrganisation: { id: string; name: string } | null;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Every string in a JSON value (keys included), for proving what an answer does not contain. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

describe('access requests', () => {
  let app: TestApp;
  const orgs: Record<'holder' | 'requester' | 'outsider' | 'hostel', { id: string; name: string }> = {} as never;
  const c: Record<string, GqlClient> = {};

  const as = async (key: string, organisationId: string, role: 'PRACTITIONER' | 'COORDINATOR' | 'MANAGER' | 'ADMIN') => {
    const user = await buildUser(app.dataSource, { organisationId, role, name: `User ${key}` });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    c[key] = client;
  };

  const grant = (id: string, version: number, overrides: Record<string, unknown> = {}) => ({
    input: { id, version, grant: true, personAgreed: true, expiresOn: inDays(90), lawfulBasis: TEST_LAWFUL_BASIS, ...overrides },
  });

  /** A record held by the holder, of which the requester knows (STORY is shared with it). */
  const knownRecord = async () => {
    const personId = await createFullPerson(c.holder!);
    await recordAgreement(c.holder!, personId, [orgs.requester.id], ['STORY']);
    return personId;
  };

  beforeAll(async () => {
    app = await startTestApp();
    orgs.holder = await buildOrganisation(app.dataSource, { kind: 'COUNCIL_HOUSING', name: 'Holder Housing' });
    orgs.requester = await buildOrganisation(app.dataSource, { kind: 'CHARITY', name: 'Requesting Charity' });
    orgs.outsider = await buildOrganisation(app.dataSource, { kind: 'POLICE', name: 'Outsider Police' });
    orgs.hostel = await buildOrganisation(app.dataSource, { kind: 'CHARITY', name: 'Northgate Hostel' });
    await as('holder', orgs.holder.id, 'PRACTITIONER');
    await as('holderManager', orgs.holder.id, 'MANAGER');
    await as('requester', orgs.requester.id, 'PRACTITIONER');
    await as('outsider', orgs.outsider.id, 'PRACTITIONER');
    await as('hostel', orgs.hostel.id, 'PRACTITIONER');
  });
  afterAll(() => app.stop());

  it('asks only about a record the requester knows of, for sections not yet shared, once at a time', async () => {
    const personId = await knownRecord();
    const input = { personId, sections: ['NEEDS', 'CONTACT'], reason: 'To plan a move-on.' };
    expect(errorCode(await c.outsider!.request(REQUEST, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await c.holder!.request(REQUEST, { input }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await c.requester!.request(REQUEST, { input: { ...input, reason: '   ' } }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await c.requester!.request(REQUEST, { input: { ...input, sections: ['STORY'] } }))).toBe('VALIDATION_FAILED');

    const { requestAccess } = await c.requester!.ok<{ requestAccess: Req }>(REQUEST, { input });
    expect(requestAccess).toMatchObject({ direction: 'OUTGOING', source: 'USER', status: 'PENDING', sections: ['NEEDS', 'CONTACT'] });
    expect(requestAccess.holdingOrganisation?.name).toBe('Holder Housing');
    expect(requestAccess.canAnswer).toBe(false);
    expect(errorCode(await c.requester!.request(REQUEST, { input }))).toBe('ALREADY_EXISTS');

    const incoming = await c.holderManager!.ok<{ accessRequests: Req[] }>(LIST, { filter: { direction: 'INCOMING' } });
    expect(incoming.accessRequests.find((r) => r.id === requestAccess.id)).toMatchObject({ canAnswer: true, person: { id: personId } });
    const outsiderList = await c.outsider!.ok<{ accessRequests: Req[] }>(LIST, {});
    expect(outsiderList.accessRequests).toEqual([]);
    const holderNotes = await c.holder!.ok<{ notifications: Array<{ kind: string; message: string }> }>(NOTIFICATIONS);
    expect(holderNotes.notifications.some((n) => n.kind === 'ACCESS_REQUEST' && n.message.startsWith('Requesting Charity asked'))).toBe(
      true,
    );
  });

  it('granting shares exactly the sections granted; only the holder may answer, once', async () => {
    const personId = await knownRecord();
    const { requestAccess: req } = await c.requester!.ok<{ requestAccess: Req }>(REQUEST, {
      input: { personId, sections: ['NEEDS', 'CONTACT', 'RISK'], reason: 'Joint support plan.' },
    });
    expect(errorCode(await c.requester!.request(ANSWER, grant(req.id, req.version)))).toBe('FORBIDDEN');
    expect(errorCode(await c.outsider!.request(ANSWER, grant(req.id, req.version)))).toBe('NOT_FOUND');
    expect(errorCode(await c.holder!.request(ANSWER, grant(req.id, req.version, { personAgreed: false })))).toBe('VALIDATION_FAILED');
    expect(errorCode(await c.holder!.request(ANSWER, grant(req.id, req.version + 1)))).toBe('VERSION_CONFLICT');

    const { answerAccessRequest } = await c.holder!.ok<{ answerAccessRequest: Req }>(
      ANSWER,
      grant(req.id, req.version, { sections: ['NEEDS', 'CONTACT'] }),
    );
    expect(answerAccessRequest).toMatchObject({ status: 'GRANTED', grantedSections: ['NEEDS', 'CONTACT'], canAnswer: false });
    expect(errorCode(await c.holderManager!.request(ANSWER, grant(req.id, req.version)))).toBe('VERSION_CONFLICT');
    expect(errorCode(await c.holderManager!.request(ANSWER, grant(req.id, answerAccessRequest.version)))).toBe('VERSION_CONFLICT');

    const read = await readPerson(c.requester!, personId);
    expect(read.errors).toBeUndefined();
    expect(read.data!.person.access.sections.sort()).toEqual(['CONTACT', 'NEEDS', 'STORY']);
    expect(read.data!.person.risk).toBeNull();
    expect(read.data!.person.preferences).not.toBeNull();
    const notes = await c.requester!.ok<{ notifications: Array<{ kind: string; message: string }> }>(NOTIFICATIONS);
    expect(notes.notifications.map((n) => n.message)).toContain(
      `Holder Housing granted access to ${read.data!.person.legalName}’s record (Needs, Preferences and contact) until ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' }).format(new Date(`${inDays(90)}T12:00:00Z`))}.`,
    );
  });

  it('declining records a reason, tells the requester, and shares nothing', async () => {
    const personId = await knownRecord();
    const { requestAccess: req } = await c.requester!.ok<{ requestAccess: Req }>(REQUEST, {
      input: { personId, sections: ['HEALTH'], reason: 'Medication review.' },
    });
    const decline = { input: { id: req.id, version: req.version, grant: false, personAgreed: false } };
    expect(errorCode(await c.holder!.request(ANSWER, decline))).toBe('VALIDATION_FAILED');
    const { answerAccessRequest } = await c.holder!.ok<{ answerAccessRequest: Req }>(ANSWER, {
      input: { ...decline.input, reason: 'The person did not agree.' },
    });
    expect(answerAccessRequest).toMatchObject({ status: 'DECLINED', declineReason: 'The person did not agree.', grantedSections: null });
    const read = await readPerson(c.requester!, personId);
    expect(read.data!.person.access.sections).toEqual(['STORY']);
    const outgoing = await c.requester!.ok<{ accessRequests: Req[] }>(LIST, { filter: { direction: 'OUTGOING' } });
    expect(outgoing.accessRequests.find((r) => r.id === req.id)).toMatchObject({
      status: 'DECLINED',
      declineReason: 'The person did not agree.',
    });
    const notes = await c.requester!.ok<{ notifications: Array<{ kind: string; message: string }> }>(NOTIFICATIONS);
    expect(notes.notifications.some((n) => n.message.endsWith('record: The person did not agree.'))).toBe(true);
  });

  it('the registration check tells the creator nothing of the other record, and asks its holder to get in touch', async () => {
    const { createPerson: existing } = await c.holder!.ok<{ createPerson: { id: string; possibleExistingRecord: boolean } }>(CREATE, {
      input: { legalName: 'Aaron Ashworth', dateOfBirth: '1981-05-23', councilArea: 'Testshire' },
    });
    expect(existing.possibleExistingRecord).toBe(false);

    const created: GqlResult<{ createPerson: { id: string; possibleExistingRecord: boolean } }> = await c.hostel!.request(CREATE, {
      input: { legalName: 'Aron Ashworth', dateOfBirth: '1981-05-23', councilArea: 'Testshire' },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPerson.possibleExistingRecord).toBe(true);
    const said = strings(created).join('\n');
    for (const secret of [existing.id, 'Aaron', orgs.holder.name, orgs.holder.id, 'Similar name']) expect(said).not.toContain(secret);

    // The creator's organisation lists nothing, and hears nothing, until the holder shares.
    const outgoing = await c.hostel!.ok<{ accessRequests: Req[] }>(LIST, {});
    expect(outgoing.accessRequests).toEqual([]);
    const hostelNotes = await c.hostel!.ok<{ notifications: unknown[] }>(NOTIFICATIONS);
    expect(hostelNotes.notifications).toEqual([]);
    expect(errorCode(await readPerson(c.hostel!, existing.id))).toBe('FORBIDDEN');

    const incoming = await c.holder!.ok<{ accessRequests: Req[] }>(LIST, { filter: { pendingOnly: true } });
    const raised = incoming.accessRequests.find((r) => r.person?.id === existing.id)!;
    expect(raised).toMatchObject({
      direction: 'INCOMING',
      source: 'REGISTRATION_CHECK',
      matchReason: 'Similar name and date of birth',
      newPersonId: created.data!.createPerson.id,
      canAnswer: true,
    });
    const holderNotes = await c.holder!.ok<{ notifications: Array<{ message: string }> }>(NOTIFICATIONS);
    expect(holderNotes.notifications.map((n) => n.message)).toContain(
      'Northgate Hostel registered someone who may be Aaron Ashworth (Similar name and date of birth). They have been told a record may exist.',
    );

    await c.holder!.ok(ANSWER, grant(raised.id, raised.version, { sections: ['NEEDS', 'CONTACT'] }));
    const read = await readPerson(c.hostel!, existing.id);
    expect(read.data!.person.access.sections.sort()).toEqual(['CONTACT', 'NEEDS']);
    const afterGrant = await c.hostel!.ok<{ accessRequests: Req[] }>(LIST, {});
    expect(afterGrant.accessRequests).toMatchObject([
      { id: raised.id, status: 'GRANTED', holdingOrganisation: { name: 'Holder Housing' } },
    ]);
  });

  it('a registration with no likely match elsewhere says nothing may exist', async () => {
    const { createPerson } = await c.hostel!.ok<{ createPerson: { possibleExistingRecord: boolean } }>(CREATE, {
      input: { legalName: 'Zebedee Quill', dateOfBirth: '1990-02-02', councilArea: 'Testshire' },
    });
    expect(createPerson.possibleExistingRecord).toBe(false);
  });
});
