import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, recordAgreement } from '../../../test/people.js';
import type { NotificationRow } from './notification.service.js';

const CREATE_ACTION = `mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`;
const FEED = `{ notifications(limit: 50) { kind message actionId aboutPerson person { id legalName displayName } } }`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface FeedItem {
  kind: string;
  message: string;
  actionId: string | null;
  aboutPerson: boolean;
  person: { id: string; legalName: string; displayName: string } | null;
}

/**
 * Whom a notification is about is decided when it is read: a reader who may know of the person
 * now is told who; one who may not is told nothing that names them.
 */
describe('notifications say about whom, to readers who may know', () => {
  let app: TestApp;
  let holder: GqlClient;
  let partner: GqlClient;
  let partnerUserId: string;
  let partnerOrgId: string;
  let personId: string;
  const name = 'Nadia Notifyworth';

  beforeAll(async () => {
    app = await startTestApp();
    const holderOrg = await buildOrganisation(app.dataSource, { kind: 'COUNCIL_HOUSING', name: 'Holding Housing' });
    const partnerOrg = await buildOrganisation(app.dataSource, { kind: 'PROBATION', name: 'Partner Probation' });
    partnerOrgId = partnerOrg.id;
    const holderUser = await buildUser(app.dataSource, { organisationId: holderOrg.id });
    const partnerUser = await buildUser(app.dataSource, { organisationId: partnerOrg.id });
    partnerUserId = partnerUser.id;
    holder = new GqlClient(app.url);
    await holder.login(holderUser.email, TEST_PASSWORD);
    partner = new GqlClient(app.url);
    await partner.login(partnerUser.email, TEST_PASSWORD);
    personId = await createFullPerson(holder, name);
  });
  afterAll(() => app.stop());

  it('names the person while the reader may know of them, and stops naming them once that access ends', async () => {
    const agreementId = await recordAgreement(holder, personId, [partnerOrgId], ['NEEDS']);
    const created = await holder.ok<{ createAction: { id: string } }>(CREATE_ACTION, {
      input: { title: 'Book the housing assessment', ownerId: partnerUserId, dueDate: day(5), personId },
    });
    // Made overdue, so the reminder job adds a second notification about the same person.
    await app.dataSource.query(`UPDATE action SET due_date = current_date - 2 WHERE id = $1`, [created.createAction.id]);
    await app.server.services.notifications.runReminders();

    const before = (await partner.ok<{ notifications: FeedItem[] }>(FEED)).notifications.filter(
      (n) => n.actionId === created.createAction.id,
    );
    expect(before.map((n) => n.kind).sort()).toEqual(['ASSIGNED', 'OVERDUE']);
    for (const n of before) expect(n).toMatchObject({ aboutPerson: true, person: { id: personId, legalName: name } });
    // Reading the name is audited as a read, like the actions list.
    const audited = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE person_id = $1 AND actor_id = $2 AND purpose = 'Notifications'`,
      [personId, partnerUserId],
    )) as Array<{ n: number }>;
    expect(audited[0]!.n).toBeGreaterThan(0);

    await holder.ok(`mutation ($id: ID!) { withdrawSharingAgreement(id: $id, reason: "Withdrawn") { id } }`, { id: agreementId });
    const after = (await partner.ok<{ notifications: FeedItem[] }>(FEED)).notifications.filter(
      (n) => n.actionId === created.createAction.id,
    );
    expect(after).toHaveLength(2);
    for (const n of after) {
      expect(n).toMatchObject({ aboutPerson: true, person: null });
      expect(JSON.stringify(n)).not.toMatch(/Nadia|Notifyworth/);
    }
  });

  it('puts a name into an access request’s words only for a reader who may know of the person, and never for other channels', async () => {
    const other = await buildOrganisation(app.dataSource, { kind: 'CHARITY', name: 'Asking Charity' });
    const asker = await buildUser(app.dataSource, { organisationId: other.id });
    const asking = new GqlClient(app.url);
    await asking.login(asker.email, TEST_PASSWORD);
    // The asker's organisation may know of the person through an agreement for one section.
    const agreementId = await recordAgreement(holder, personId, [other.id], ['STORY']);
    // A channel standing in for e-mail: what leaves the app must name nobody.
    const mailed: NotificationRow[] = [];
    app.server.services.notifications.addChannel({ name: 'mail', deliver: async (n) => void mailed.push(...n) });
    const asked = await asking.request(`mutation ($input: RequestAccessInput!) { requestAccess(input: $input) { id } }`, {
      input: { personId, sections: ['NEEDS'], reason: 'To plan support together.' },
    });
    expect(asked.errors).toBeUndefined();
    const holderFeed = (await holder.ok<{ notifications: FeedItem[] }>(FEED)).notifications.find((n) => n.kind === 'ACCESS_REQUEST');
    expect(holderFeed).toMatchObject({ aboutPerson: true, person: { legalName: name }, message: expect.stringContaining(name) });
    // What is stored names nobody: the name is put in when read.
    const stored = (await app.dataSource.query(`SELECT message FROM notification WHERE kind = 'ACCESS_REQUEST' AND person_id = $1`, [
      personId,
    ])) as Array<{ message: string }>;
    expect(stored.length).toBeGreaterThan(0);
    for (const s of stored) expect(s.message).not.toContain('Nadia');
    await vi.waitFor(() => expect(mailed.some((n) => n.kind === 'ACCESS_REQUEST')).toBe(true), { timeout: 10_000, interval: 50 });
    for (const n of mailed) {
      expect(n.message).not.toContain('Nadia');
      expect(n.message).not.toContain('{person}');
    }

    const [request] = (await app.dataSource.query(`SELECT id, version FROM access_request WHERE person_id = $1`, [personId])) as Array<{
      id: string;
      version: number;
    }>;
    await holder.ok(`mutation ($input: AnswerAccessRequestInput!) { answerAccessRequest(input: $input) { id } }`, {
      input: { id: request!.id, version: request!.version, grant: false, personAgreed: false, reason: 'The person did not agree.' },
    });
    const answer = (await asking.ok<{ notifications: FeedItem[] }>(FEED)).notifications.find((n) => n.kind === 'ACCESS_REQUEST');
    expect(answer).toMatchObject({ person: { legalName: name }, message: expect.stringContaining(`${name}’s record`) });

    await holder.ok(`mutation ($id: ID!) { withdrawSharingAgreement(id: $id, reason: "Withdrawn") { id } }`, { id: agreementId });
    const later = (await asking.ok<{ notifications: FeedItem[] }>(FEED)).notifications.find((n) => n.kind === 'ACCESS_REQUEST');
    expect(later).toMatchObject({ aboutPerson: true, person: null, message: expect.stringContaining('a person’s record') });
    expect(JSON.stringify(later)).not.toMatch(/Nadia|Notifyworth/);
  });
});
