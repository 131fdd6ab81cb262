import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, readPerson } from '../../../test/people.js';

const GRANTS = `query ($reviewed: Boolean) {
  breakGlassGrants(reviewed: $reviewed) {
    id userName userOrganisationName reason grantedAt expiresAt outcome reviewNote reviewedBy reviewedAt
    person { id displayName }
    reads { action sections at }
  }
}`;
const REVIEW = `mutation ($input: ReviewBreakGlassInput!) { reviewBreakGlass(input: $input) { id outcome reviewNote reviewedBy reviewedAt } }`;

interface Grant {
  id: string;
  userName: string;
  userOrganisationName: string;
  reason: string;
  outcome: string | null;
  reviewNote: string | null;
  reviewedBy: string | null;
  person: { id: string; displayName: string } | null;
  reads: Array<{ action: string; sections: string[] }>;
}

describe('misuse aids', () => {
  let app: TestApp;
  const signIn = async (user: { email: string }) => {
    const client = new GqlClient(app.url);
    expect((await client.login(user.email, TEST_PASSWORD)).errors).toBeUndefined();
    return client;
  };
  beforeAll(async () => {
    app = await startTestApp({ env: { BULK_READ_THRESHOLD: '3', BULK_READ_WINDOW_MINUTES: '60' } });
  });
  afterAll(() => app.stop());

  describe('the break-glass review queue', () => {
    it('lists each grant on the organisation’s records for its managers, with what was read, and records a review once', async () => {
      const owner = await buildOrganisation(app.dataSource, { name: 'Owning Probation' });
      const partnerOrg = await buildOrganisation(app.dataSource, { name: 'Night Shelter' });
      const author = await signIn(await buildUser(app.dataSource, { organisationId: owner.id }));
      const manager = await signIn(await buildUser(app.dataSource, { organisationId: owner.id, role: 'MANAGER', name: 'Morgan Manager' }));
      const practitioner = await signIn(await buildUser(app.dataSource, { organisationId: owner.id }));
      const otherManager = await signIn(await buildUser(app.dataSource, { organisationId: partnerOrg.id, role: 'MANAGER' }));
      const responder = await signIn(await buildUser(app.dataSource, { organisationId: partnerOrg.id, name: 'Riley Responder' }));
      const personId = await createFullPerson(author, 'Casey Example');

      await responder.ok(
        `mutation ($id: ID!) { breakGlass(personId: $id, reason: "Found unwell at the shelter; need medication details") { expiresAt } }`,
        {
          id: personId,
        },
      );
      expect((await readPerson(responder, personId)).errors).toBeUndefined();

      const { breakGlassGrants: queue } = await manager.ok<{ breakGlassGrants: Grant[] }>(GRANTS, { reviewed: false });
      expect(queue).toHaveLength(1);
      const grant = queue[0]!;
      expect(grant).toMatchObject({
        userName: 'Riley Responder',
        userOrganisationName: 'Night Shelter',
        reason: 'Found unwell at the shelter; need medication details',
        outcome: null,
        person: { id: personId, displayName: expect.stringContaining('Casey') },
      });
      expect(grant.reads.length).toBeGreaterThanOrEqual(1);
      expect(grant.reads[0]).toMatchObject({ action: 'READ' });
      expect(grant.reads[0]!.sections).toContain('HEALTH');

      // Only managers, and only of the organisation that owns the record.
      expect(errorCode(await practitioner.request(GRANTS))).toBe('FORBIDDEN');
      expect((await otherManager.ok<{ breakGlassGrants: Grant[] }>(GRANTS)).breakGlassGrants).toEqual([]);
      expect(errorCode(await otherManager.request(REVIEW, { input: { grantId: grant.id, outcome: 'APPROPRIATE' } }))).toBe('NOT_FOUND');

      // Inappropriate use needs a note.
      const noNote = await manager.request(REVIEW, { input: { grantId: grant.id, outcome: 'INAPPROPRIATE' } });
      expect(errorCode(noNote)).toBe('VALIDATION_FAILED');

      const reviewed = await manager.ok<{ reviewBreakGlass: Grant }>(REVIEW, {
        input: { grantId: grant.id, outcome: 'INAPPROPRIATE', note: 'No emergency: the shelter could have phoned the lead professional.' },
      });
      expect(reviewed.reviewBreakGlass).toMatchObject({
        id: grant.id,
        outcome: 'INAPPROPRIATE',
        reviewNote: 'No emergency: the shelter could have phoned the lead professional.',
        reviewedBy: 'Morgan Manager',
      });
      expect(errorCode(await manager.request(REVIEW, { input: { grantId: grant.id, outcome: 'APPROPRIATE' } }))).toBe('ALREADY_EXISTS');
      expect((await manager.ok<{ breakGlassGrants: Grant[] }>(GRANTS, { reviewed: false })).breakGlassGrants).toEqual([]);
      expect((await manager.ok<{ breakGlassGrants: Grant[] }>(GRANTS, { reviewed: true })).breakGlassGrants).toHaveLength(1);

      // Audited against the record, and shown in "who has seen this record".
      const audit = await app.dataSource.query(
        `SELECT a.actor_name, a.detail, n.text FROM audit_event a LEFT JOIN audit_note n ON n.audit_event_id = a.id
          WHERE a.action = 'BREAK_GLASS_REVIEWED' AND a.person_id = $1`,
        [personId],
      );
      expect(audit).toEqual([
        {
          actor_name: 'Morgan Manager',
          detail: { grantId: grant.id, outcome: 'INAPPROPRIATE' },
          text: 'No emergency: the shelter could have phoned the lead professional.',
        },
      ]);
    });
  });

  describe('bulk-read alerts', () => {
    it('fire once when a user reads exactly the threshold of different people in the window, and not below', async () => {
      const org = await buildOrganisation(app.dataSource);
      const author = await signIn(await buildUser(app.dataSource, { organisationId: org.id }));
      const managerUser = await buildUser(app.dataSource, { organisationId: org.id, role: 'MANAGER' });
      const manager = await signIn(managerUser);
      const readerUser = await buildUser(app.dataSource, { organisationId: org.id, name: 'Reader Rees' });
      const reader = await signIn(readerUser);
      const people = [];
      for (let i = 0; i < 3; i++) people.push(await createFullPerson(author));

      const forReader = <T extends { userId: string }>(alerts: T[]) => alerts.filter((a) => a.userId === readerUser.id);
      // Two people, read several times each: below the threshold of three.
      for (const id of people.slice(0, 2)) {
        await readPerson(reader, id);
        await readPerson(reader, id);
      }
      expect(forReader(await app.server.services.bulkReads.scan())).toEqual([]);

      await readPerson(reader, people[2]!);
      const raised = forReader(await app.server.services.bulkReads.scan());
      expect(raised).toHaveLength(1);
      expect(raised[0]).toMatchObject({ userName: 'Reader Rees', peopleCount: 3, threshold: 3 });
      expect(raised[0]!.windowEnd.getTime() - raised[0]!.windowStart.getTime()).toBe(60 * 60_000);
      // Once per window.
      expect(forReader(await app.server.services.bulkReads.scan())).toEqual([]);

      const listed = await manager.ok<{ bulkReadAlerts: Array<{ userId: string; userName: string; peopleCount: number }> }>(
        `{ bulkReadAlerts { id userId userName peopleCount threshold windowStart windowEnd raisedAt organisationName } }`,
      );
      expect(forReader(listed.bulkReadAlerts)).toEqual([expect.objectContaining({ userName: 'Reader Rees', peopleCount: 3 })]);
      const notified = await manager.ok<{ notifications: Array<{ kind: string; message: string }> }>(`{ notifications { kind message } }`);
      // (The author, who read each record back as it was created, is over the threshold too.)
      expect(notified.notifications.filter((n) => n.kind === 'BULK_READ_ALERT' && n.message.startsWith('Reader Rees'))).toEqual([
        { kind: 'BULK_READ_ALERT', message: 'Reader Rees read or exported 3 people’s records within 1 hour. Check that this was needed.' },
      ]);
      expect(errorCode(await reader.request(`{ bulkReadAlerts { id } }`))).toBe('FORBIDDEN');
    });
  });

  describe('the incident log', () => {
    const FIELDS = `id version title discoveredAt icoDeadline overdue icoDecision icoReportedAt icoReference dataCategories peopleAffected recordedBy`;
    const base = {
      title: 'Referral sent to the wrong council',
      whatHappened: 'A referral with health details was e-mailed to the wrong housing team.',
      occurredAt: null,
      dataCategories: ['IDENTITY', 'HEALTH'],
      peopleAffected: 1,
      recordsAffected: 1,
      likelyConsequences: 'Distress; health details seen by staff with no need to know.',
      measuresTaken: 'Recipient asked to delete it and confirmed.',
      measuresProposed: 'Check the address book entries.',
      peopleTold: 'NOT_YET',
      peopleToldDetail: '',
      icoDecision: 'UNDECIDED',
    };

    it('records an incident with the ICO deadline 72 hours after discovery, flags it overdue, and keeps versions', async () => {
      const org = await buildOrganisation(app.dataSource);
      const manager = await signIn(await buildUser(app.dataSource, { organisationId: org.id, role: 'MANAGER' }));
      const practitioner = await signIn(await buildUser(app.dataSource, { organisationId: org.id }));
      const otherManager = await signIn(await buildUser(app.dataSource, { role: 'MANAGER' }));
      const record = `mutation ($input: IncidentInput!) { recordIncident(input: $input) { ${FIELDS} } }`;

      const discoveredAt = new Date(Date.now() - 3_600_000).toISOString();
      const { recordIncident: fresh } = await manager.ok<{ recordIncident: { id: string; icoDeadline: string; overdue: boolean } }>(
        record,
        {
          input: { ...base, discoveredAt },
        },
      );
      expect(new Date(fresh.icoDeadline).getTime() - new Date(discoveredAt).getTime()).toBe(72 * 3_600_000);
      expect(fresh.overdue).toBe(false);

      const late = await manager.ok<{ recordIncident: { id: string; version: number; overdue: boolean } }>(record, {
        input: { ...base, discoveredAt: new Date(Date.now() - 73 * 3_600_000).toISOString() },
      });
      expect(late.recordIncident.overdue).toBe(true);

      const update = `mutation ($input: UpdateIncidentInput!) { updateIncident(input: $input) { ${FIELDS} } }`;
      const reportedAt = new Date(Date.now() - 60_000).toISOString();
      const missing = await manager.request(update, {
        input: {
          id: late.recordIncident.id,
          expectedVersion: 1,
          incident: { ...base, discoveredAt: new Date(Date.now() - 73 * 3_600_000).toISOString(), icoDecision: 'REPORTED' },
        },
      });
      expect(errorCode(missing)).toBe('VALIDATION_FAILED');
      const reported = await manager.ok<{ updateIncident: { version: number; overdue: boolean; icoReference: string } }>(update, {
        input: {
          id: late.recordIncident.id,
          expectedVersion: 1,
          incident: {
            ...base,
            discoveredAt: new Date(Date.now() - 73 * 3_600_000).toISOString(),
            icoDecision: 'REPORTED',
            icoReportedAt: reportedAt,
            icoReference: 'IC-123456-A1B2',
          },
        },
      });
      expect(reported.updateIncident).toMatchObject({ version: 2, overdue: false, icoReference: 'IC-123456-A1B2' });
      const stale = await manager.request(update, {
        input: { id: late.recordIncident.id, expectedVersion: 1, incident: { ...base, discoveredAt } },
      });
      expect(errorCode(stale)).toBe('VERSION_CONFLICT');

      const { incidents } = await manager.ok<{ incidents: Array<{ id: string }> }>(`{ incidents { ${FIELDS} } }`);
      expect(incidents.map((i) => i.id).sort()).toEqual([fresh.id, late.recordIncident.id].sort());
      expect(errorCode(await practitioner.request(`{ incidents { id } }`))).toBe('FORBIDDEN');
      expect(errorCode(await otherManager.request(`query ($id: ID!) { incident(id: $id) { id } }`, { id: fresh.id }))).toBe('NOT_FOUND');
      const audited = await app.dataSource.query(`SELECT action FROM audit_event WHERE detail->>'incidentId' = $1 ORDER BY id`, [
        late.recordIncident.id,
      ]);
      expect(audited.map((a: { action: string }) => a.action)).toEqual(['INCIDENT_RECORDED', 'INCIDENT_CHANGED']);
    });
  });
});
