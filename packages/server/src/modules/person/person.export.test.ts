import type { SubjectAccessExport, SubjectAccessPart } from '@casehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../../../test/client.js';
import { createEverythingPerson, type EverythingPerson } from '../../../test/everything.js';
import { catalogueTables, columnsHolding } from '../../../test/catalogue.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { PERSON_DATA_MAP } from './person.export.js';

const EXPORT = `query ($id: ID!) { exportPerson(personId: $id) }`;

describe('subject access export', () => {
  let app: TestApp;
  let p: EverythingPerson;
  let exported: SubjectAccessExport;

  beforeAll(async () => {
    app = await startTestApp();
    p = await createEverythingPerson(app);
    exported = (await p.manager.ok<{ exportPerson: SubjectAccessExport }>(EXPORT, { id: p.id })).exportPerson;
  });
  afterAll(() => app.stop());

  it('has a part for every table that refers to a person, as the database catalogue lists them', async () => {
    const tables = await catalogueTables(app);
    // A new table about people fails here until PERSON_DATA_MAP says where its data goes in the export and on erasure.
    expect(tables).toEqual(Object.keys(PERSON_DATA_MAP).sort());
    // JSON that stores the person's id must come from a mapped table too.
    const holdingId = await columnsHolding(app, p.id);
    for (const column of holdingId) expect(Object.keys(PERSON_DATA_MAP), column).toContain(column.split('.')[0]);
    // And each part named in the map is in the export.
    const parts = new Set(Object.values(PERSON_DATA_MAP).flatMap((entry) => entry.parts));
    for (const part of parts) expect(exported, part).toHaveProperty(part);
  });

  it('exports every part, with the free text from each', () => {
    const lists: SubjectAccessPart[] = [
      'needs',
      'leadProfessionals',
      'sharingAgreements',
      'timeline',
      'changes',
      'appointments',
      'outcomes',
      'serviceUse',
      'actions',
      'caseloads',
      'minutes',
      'notifications',
      'breakGlassGrants',
      'auditTrail',
      'referrals',
    ];
    for (const part of lists) expect((exported[part] as unknown[]).length, part).toBeGreaterThan(0);
    const has = (value: unknown, text: string) => expect(JSON.stringify(value)).toContain(text);
    has(exported.story.text, p.marker);
    has(exported.preferences, `What helps ${p.marker}`);
    has(exported.situation, `Situation notes ${p.marker}`);
    has(exported.risk, `Safety plan ${p.marker}`);
    has(
      exported.needs.find((n) => n.domain === 'ACCOMMODATION'),
      `Needs notes ${p.marker}`,
    );
    has(exported.timeline, `Timeline note ${p.marker}`);
    has(exported.sharingAgreements, `Agreement notes ${p.marker}`);
    has(exported.sharingAgreements, `Withdrawn because ${p.marker}`);
    has(exported.breakGlassGrants, `Break-glass reason: safeguarding concern ${p.marker}`);
    has(exported.auditTrail, `Read purpose ${p.marker}`);
    has(exported.appointments, `Appointment location ${p.marker}`);
    has(exported.releasePlan, `Referral detail ${p.marker}`);
    has(exported.outcomes, `Assessment notes ${p.marker}`);
    has(exported.caseloads, `Offer of help ${p.marker}`);
    has(exported.notifications, 'was missed');

    expect(exported.person).toMatchObject({ legalName: p.legalName, preferredName: p.preferredName, dateOfBirth: '1981-05-23' });
    expect(exported.situation.accommodationStatus).toBe('NO_FIXED_ABODE');
    expect(exported.serviceUse[0]).toMatchObject({ evictions: 1, arrests: 2, nightsInPrison: 3, aeAttendances: 4, mhInpatientDays: 5 });
    const [ndta] = exported.outcomes;
    expect(ndta).toMatchObject({ total: 24, maxTotal: 48 });
    expect(ndta!.acknowledgement).toContain('South West London & St George’s Mental Health NHS Trust');
    expect(ndta!.scores).toHaveLength(10);
    expect(exported.releasePlan!.items.map((i) => i.item)).toEqual(['DUTY_TO_REFER']);

    const blocked = exported.actions.find((a) => a.title === `Action title ${p.marker}`)!;
    expect(blocked).toMatchObject({
      status: 'NOT_POSSIBLE',
      statusReason: `Barrier reason ${p.marker}`,
      detail: `Action detail ${p.marker}`,
    });
    expect(blocked.comments.map((c) => c.body)).toEqual([`Action comment ${p.marker}`]);
    expect(blocked.history.map((h) => h.field)).toEqual(expect.arrayContaining(['created', 'status']));
    expect(exported.actions.find((a) => a.title === `Agreed at the review ${p.marker}`)?.huddle).toMatch(/^Huddle /);

    // The minutes: their own item in full, and from the review only the action agreed for them.
    const own = exported.minutes.find((i) => i.aboutPerson)!;
    expect(own).toMatchObject({ notes: `Agenda notes ${p.marker}`, decisions: `Agenda decision ${p.marker}` });
    expect(own.actions.map((a) => a.title)).toEqual([`Agreed at their item ${p.marker}`]);
    const review = exported.minutes.find((i) => i.kind === 'INCOMPLETE_ACTIONS_REVIEW')!;
    expect(review).toMatchObject({ aboutPerson: false, notes: null, decisions: null });
    expect(review.actions.map((a) => a.title)).toEqual([`Agreed at the review ${p.marker}`]);
    expect(exported.notifications.map((n) => n.kind)).toEqual(expect.arrayContaining(['ASSIGNED', 'STATUS_CHANGED', 'APPOINTMENT_MISSED']));
  });

  it('names people and organisations rather than giving their ids', () => {
    const uuids = JSON.stringify(exported).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi) ?? [];
    // The record's own reference is the only id.
    expect([...new Set(uuids)]).toEqual([p.id]);
    const storyChange = exported.changes.find((c) => c.part === 'STORY')!;
    expect(storyChange.fields.find((f) => f.field === 'story_recorded_by')?.after).toMatch(/^Olu Owner /);
  });

  it('lists the whole audit trail about the person, oldest first, across months and partitions', async () => {
    // Entries from earlier months (one of them in the partition for everything before the
    // partitioning), two at the same moment, and one on a month boundary, beside those written today.
    await app.dataSource.query(
      `INSERT INTO audit_event (at, action, person_id, actor_name, actor_role, actor_organisation_name, sections, purpose)
       SELECT t::timestamptz, 'READ', $1, 'Earlier Reader', 'PRACTITIONER', 'Earlier organisation', ARRAY['STORY'], 'Earlier read ' || n
         FROM unnest(ARRAY['2019-06-30 23:59:59.999+00', '2025-01-15 10:00:00+00', '2025-01-15 10:00:00+00', '2025-02-01 00:00:00+00']) WITH ORDINALITY AS x(t, n)`,
      [p.id],
    );
    const expected = (
      (await app.dataSource.query(
        `SELECT a.at, a.action, a.actor_name, a.actor_role, a.actor_organisation_name, a.sections, coalesce(n.text, a.purpose) AS purpose, a.break_glass
           FROM audit_event a LEFT JOIN audit_note n ON n.audit_event_id = a.id WHERE a.person_id = $1 ORDER BY a.at, a.id`,
        [p.id],
      )) as Array<{
        at: Date;
        action: string;
        actor_name: string | null;
        actor_role: string | null;
        actor_organisation_name: string | null;
        sections: string[];
        purpose: string | null;
        break_glass: boolean;
      }>
    ).map((a) => ({
      at: a.at.toISOString(),
      action: a.action,
      actorName: a.actor_name,
      actorRole: a.actor_role,
      organisation: a.actor_organisation_name,
      sections: a.sections,
      purpose: a.purpose,
      breakGlass: a.break_glass,
    }));
    // Read in windows of up to two entries (whole months: the one with two entries at the same moment alone), the trail is the same.
    expect(await app.server.services.audit.trailForExport(app.dataSource, p.id, 2)).toEqual(expected);
    const { exportPerson } = await p.admin.ok<{ exportPerson: SubjectAccessExport }>(EXPORT, { id: p.id });
    expect(exportPerson.auditTrail).toEqual(expected);
    expect(exportPerson.auditTrail.slice(0, 4).map((e) => [e.at, e.purpose])).toEqual([
      ['2019-06-30T23:59:59.999Z', 'Earlier read 1'],
      ['2025-01-15T10:00:00.000Z', 'Earlier read 2'],
      ['2025-01-15T10:00:00.000Z', 'Earlier read 3'],
      ['2025-02-01T00:00:00.000Z', 'Earlier read 4'],
    ]);
  });

  it('is for administrators and managers of the owning organisation only', async () => {
    expect(errorCode(await p.owner.request(EXPORT, { id: p.id }))).toBe('FORBIDDEN');
    expect(errorCode(await p.chair.request(EXPORT, { id: p.id }))).toBe('FORBIDDEN');
    const byAdmin = await p.admin.ok<{ exportPerson: SubjectAccessExport }>(EXPORT, { id: p.id });
    expect(byAdmin.exportPerson.format).toBe('casehuddle-subject-access/3');
  });
});
