import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, recordAgreement } from '../../../test/people.js';

const FIELDS = `id kind status receivedOn originalDueOn extendedDueOn extensionReason dueOn deadlineState identityCheckedOn identityCheckMethod
  identityCheckedBy response refusalReason closedOn loggedBy canManage version person { id displayName }`;
const LOG = `mutation ($input: LogRightsRequestInput!) { logRightsRequest(input: $input) { ${FIELDS} } }`;
const PROGRESS = `mutation ($input: ProgressRightsRequestInput!) { progressRightsRequest(input: $input) { ${FIELDS} } }`;
const LIST = `query ($personId: ID, $openOnly: Boolean) { rightsRequests(personId: $personId, openOnly: $openOnly) { ${FIELDS} } }`;

interface Request {
  id: string;
  kind: string;
  status: string;
  receivedOn: string;
  originalDueOn: string;
  extendedDueOn: string | null;
  dueOn: string;
  deadlineState: string;
  identityCheckedOn: string | null;
  identityCheckMethod: string | null;
  identityCheckedBy: string | null;
  response: string | null;
  refusalReason: string | null;
  closedOn: string | null;
  canManage: boolean;
  version: number;
  person: { id: string } | null;
}

describe('the register of rights requests', () => {
  let app: TestApp;
  let manager: GqlClient;
  let practitioner: GqlClient;
  let partner: GqlClient;
  let outsider: GqlClient;
  let managerName: string;
  let personId: string;

  const signIn = async (organisationId: string, role: 'PRACTITIONER' | 'COORDINATOR' | 'MANAGER', name?: string) => {
    const user = await buildUser(app.dataSource, { organisationId, role, ...(name ? { name } : {}) });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    return client;
  };
  const log = async (kind: string, receivedOn: string) =>
    (await manager.ok<{ logRightsRequest: Request }>(LOG, { input: { personId, kind, receivedOn, details: 'Asked at the drop-in' } }))
      .logRightsRequest;
  const step = (client: GqlClient, r: Request, input: Record<string, unknown>) =>
    client.request<{ progressRightsRequest: Request }>(PROGRESS, { input: { id: r.id, expectedVersion: r.version, ...input } });

  beforeAll(async () => {
    app = await startTestApp();
    const owner = (await buildOrganisation(app.dataSource, { kind: 'COUNCIL_HOUSING' })).id;
    const partnerOrg = (await buildOrganisation(app.dataSource, { kind: 'PROBATION' })).id;
    const outsiderOrg = (await buildOrganisation(app.dataSource, { kind: 'POLICE' })).id;
    managerName = 'Rita Register';
    manager = await signIn(owner, 'MANAGER', managerName);
    practitioner = await signIn(owner, 'PRACTITIONER');
    partner = await signIn(partnerOrg, 'MANAGER');
    outsider = await signIn(outsiderOrg, 'MANAGER');
    personId = await createFullPerson(manager, 'Rights Person');
    await recordAgreement(manager, personId, [partnerOrg], ['NEEDS']);
  });
  afterAll(() => app.stop());

  it('sets the deadline one calendar month from receipt by the ICO rule, and flags a late request', async () => {
    // 31 Jan 2025: February has no 31st, so the last day of February (a Friday).
    const jan = await log('SUBJECT_ACCESS', '2025-01-31');
    expect(jan).toMatchObject({
      status: 'RECEIVED',
      originalDueOn: '2025-02-28',
      dueOn: '2025-02-28',
      deadlineState: 'OVERDUE',
      canManage: true,
    });
    expect(jan.person).toEqual({ id: personId, displayName: expect.any(String) });
    // 31 Jan 2026: 28 Feb 2026 is a Saturday, so the next working day.
    expect((await log('RECTIFICATION', '2026-01-31')).dueOn).toBe('2026-03-02');
    const today = new Date().toISOString().slice(0, 10);
    expect((await log('OBJECTION', today)).deadlineState).toMatch(/ON_TRACK|DUE_SOON/);
    expect(errorCode(await manager.request(LOG, { input: { personId, kind: 'ERASURE', receivedOn: '2099-01-01' } }))).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('moves through identity check, extension to three months and completion, in order and with a version', async () => {
    const r = await log('SUBJECT_ACCESS', '2025-01-31');
    expect(errorCode(await step(manager, r, { step: 'START' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await step(manager, r, { step: 'CHECK_IDENTITY', identityCheckedOn: '2025-02-03' }))).toBe('VALIDATION_FAILED');
    const checked = (
      await manager.ok<{ progressRightsRequest: Request }>(PROGRESS, {
        input: {
          id: r.id,
          expectedVersion: r.version,
          step: 'CHECK_IDENTITY',
          identityCheckedOn: '2025-02-03',
          identityCheckMethod: 'Known to the lead professional, seen in person',
        },
      })
    ).progressRightsRequest;
    expect(checked).toMatchObject({
      status: 'IDENTITY_CHECKED',
      identityCheckedOn: '2025-02-03',
      identityCheckedBy: managerName,
      version: r.version + 1,
    });
    // A stale version is refused.
    expect(errorCode(await step(manager, r, { step: 'START' }))).toBe('VERSION_CONFLICT');

    expect(errorCode(await step(manager, checked, { step: 'EXTEND' }))).toBe('VALIDATION_FAILED');
    const extended = (await step(manager, checked, { step: 'EXTEND', extensionReason: 'Records held by four partners' })).data!
      .progressRightsRequest;
    expect(extended).toMatchObject({ status: 'EXTENDED', originalDueOn: '2025-02-28', extendedDueOn: '2025-04-30', dueOn: '2025-04-30' });
    expect(errorCode(await step(manager, extended, { step: 'EXTEND', extensionReason: 'Again' }))).toBe('VALIDATION_FAILED');

    expect(errorCode(await step(manager, extended, { step: 'COMPLETE' }))).toBe('VALIDATION_FAILED');
    const done = (await step(manager, extended, { step: 'COMPLETE', response: 'Export sent by secure email' })).data!.progressRightsRequest;
    expect(done).toMatchObject({ status: 'COMPLETED', deadlineState: 'CLOSED', response: 'Export sent by secure email' });
    expect(done.closedOn).not.toBeNull();
    expect(errorCode(await step(manager, done, { step: 'REFUSE', refusalReason: 'Too late' }))).toBe('VALIDATION_FAILED');
  });

  it('records a refusal with its reason', async () => {
    const r = await log('ERASURE', '2026-11-02');
    expect(errorCode(await step(manager, r, { step: 'REFUSE' }))).toBe('VALIDATION_FAILED');
    const refused = (await step(manager, r, { step: 'REFUSE', refusalReason: 'Needed for a legal obligation (Art. 17(3)(b))' })).data!
      .progressRightsRequest;
    expect(refused).toMatchObject({
      status: 'REFUSED',
      refusalReason: 'Needed for a legal obligation (Art. 17(3)(b))',
      deadlineState: 'CLOSED',
    });
  });

  it('is read by those who may see beyond the name, managed by the owning organisation, and audited', async () => {
    const mine = (await manager.ok<{ rightsRequests: Request[] }>(LIST, { personId })).rightsRequests;
    expect(mine.length).toBeGreaterThanOrEqual(5);
    // Most urgent first: open requests by deadline, then closed ones.
    expect(mine[0]!.closedOn).toBeNull();
    expect(mine.at(-1)!.closedOn).not.toBeNull();
    expect(
      (await manager.ok<{ rightsRequests: Request[] }>(LIST, { openOnly: true })).rightsRequests.every((r) => r.closedOn === null),
    ).toBe(true);

    // A partner sharing the record sees the requests (they must hear of a rectification, UK GDPR Art. 19) but cannot manage them.
    const seen = (await partner.ok<{ rightsRequests: Request[] }>(LIST, {})).rightsRequests;
    expect(seen).toHaveLength(mine.length);
    expect(seen.every((r) => !r.canManage)).toBe(true);
    expect(errorCode(await partner.request(LOG, { input: { personId, kind: 'OBJECTION', receivedOn: '2026-11-01' } }))).toBe('FORBIDDEN');
    expect(errorCode(await step(partner, seen[0]!, { step: 'START' }))).toBe('FORBIDDEN');

    // Someone with no access learns nothing: an empty list, and the one refusal.
    expect((await outsider.ok<{ rightsRequests: Request[] }>(LIST, {})).rightsRequests).toEqual([]);
    expect(errorCode(await outsider.request(LIST, { personId }))).toBe('FORBIDDEN');
    expect(errorCode(await outsider.request(`query ($id: ID!) { rightsRequest(id: $id) { id } }`, { id: mine[0]!.id }))).toBe('FORBIDDEN');
    // Practitioners pass requests to their coordinator or manager.
    expect(errorCode(await practitioner.request(LOG, { input: { personId, kind: 'OBJECTION', receivedOn: '2026-11-01' } }))).toBe(
      'FORBIDDEN',
    );

    const audited = await app.dataSource.query(
      `SELECT action, detail->>'step' AS step FROM audit_event WHERE person_id = $1 AND action = 'RIGHTS_REQUEST' ORDER BY id`,
      [personId],
    );
    expect(audited.map((a: { step: string }) => a.step)).toEqual(
      expect.arrayContaining(['LOGGED', 'CHECK_IDENTITY', 'EXTEND', 'COMPLETE', 'REFUSE']),
    );
    const reads = await app.dataSource.query(
      `SELECT 1 FROM audit_event WHERE person_id = $1 AND action = 'READ' AND purpose = 'Rights requests'`,
      [personId],
    );
    expect(reads.length).toBeGreaterThan(0);
  });
});
