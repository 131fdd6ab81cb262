import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { buildHuddleMeeting } from '../../../test/meetings.js';
import { createFullPerson } from '../../../test/people.js';

const RUN = `mutation { runRetentionJob { ran sessionsPurged notificationsPurged flagged erased } }`;
const REVIEWS = `query { retentionReviews { id recordType description status canDecide eraseAfter person { id displayName } owningOrganisation { id } } }`;
const CONFIRM = `mutation ($id: ID!) { confirmRetentionErasure(reviewId: $id) }`;

type Run = { ran: boolean; sessionsPurged: number; notificationsPurged: number; flagged: number; erased: number };
type Review = {
  id: string;
  recordType: string;
  description: string;
  status: string;
  canDecide: boolean;
  person: { id: string; displayName: string } | null;
  owningOrganisation: { id: string } | null;
};

describe('retention: schedules, review and erasure', () => {
  let app: TestApp;
  let second: TestApp;
  let admin: GqlClient;
  let adminOnSecond: GqlClient;
  let manager: GqlClient;
  let coordinator: GqlClient;
  let practitioner: GqlClient;
  let otherManager: GqlClient;
  let ownerOrg: string;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => app.dataSource.query(text, params) as Promise<T[]>;
  const signIn = async (target: TestApp, organisationId: string, role: 'PRACTITIONER' | 'COORDINATOR' | 'MANAGER' | 'ADMIN') => {
    const user = await buildUser(app.dataSource, { organisationId, role });
    const client = new GqlClient(target.url);
    await client.login(user.email, TEST_PASSWORD);
    return client;
  };
  /** Moves everything that dates a record's last use back by `age` (a PostgreSQL interval). */
  const age = async (personId: string, interval: string) => {
    await sql(`UPDATE person SET updated_at = now() - $2::interval WHERE id = $1`, [personId, interval]);
    await sql(`UPDATE person_timeline SET at = now() - $2::interval WHERE person_id = $1`, [personId, interval]);
    await sql(`UPDATE action SET updated_at = now() - $2::interval, completed_at = now() - $2::interval WHERE person_id = $1`, [
      personId,
      interval,
    ]);
  };
  const run = async (client = admin) => (await client.ok<{ runRetentionJob: Run }>(RUN)).runRetentionJob;
  const reviews = async (client: GqlClient) => (await client.ok<{ retentionReviews: Review[] }>(REVIEWS)).retentionReviews;
  const exists = async (table: string, id: string) => (await sql(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length > 0;
  const endGrace = () => sql(`UPDATE retention_review SET erase_after = now() - interval '1 minute'`);

  beforeAll(async () => {
    app = await startTestApp();
    second = await startTestApp({ databaseUrl: app.databaseUrl });
    ownerOrg = (await buildOrganisation(app.dataSource, { kind: 'COUNCIL_HOUSING' })).id;
    const otherOrg = (await buildOrganisation(app.dataSource, { kind: 'PROBATION' })).id;
    const adminOrg = (await buildOrganisation(app.dataSource, { kind: 'CHARITY' })).id;
    admin = await signIn(app, adminOrg, 'ADMIN');
    adminOnSecond = await signIn(second, adminOrg, 'ADMIN');
    manager = await signIn(app, ownerOrg, 'MANAGER');
    coordinator = await signIn(app, ownerOrg, 'COORDINATOR');
    practitioner = await signIn(app, ownerOrg, 'PRACTITIONER');
    otherManager = await signIn(app, otherOrg, 'MANAGER');
  });
  afterAll(async () => {
    await second.stop();
    await app.stop();
  });

  it('is seeded with a schedule for every record type, each with its source', async () => {
    const { retentionSchedules } = await manager.ok<{
      retentionSchedules: Array<{ recordType: string; periodCount: number; periodUnit: string; graceDays: number | null; source: string }>;
    }>(`query { retentionSchedules { recordType periodCount periodUnit graceDays source } }`);
    expect(retentionSchedules.map((s) => [s.recordType, s.periodCount, s.periodUnit, s.graceDays])).toEqual([
      ['PERSON_RECORD', 6, 'YEARS', 30],
      ['ACTION', 6, 'YEARS', 30],
      ['MINUTES', 7, 'YEARS', 30],
      ['NOTIFICATION', 90, 'DAYS', null],
      ['SESSION', 30, 'DAYS', null],
    ]);
    for (const s of retentionSchedules) expect(s.source.length).toBeGreaterThan(20);
    // Only administrators change them, and a reviewed type needs its grace period.
    const change = `mutation ($input: UpdateRetentionScheduleInput!) { updateRetentionSchedule(input: $input) { recordType graceDays } }`;
    const input = { recordType: 'ACTION', periodCount: 6, periodUnit: 'YEARS', graceDays: 30, source: 'Agreed by the partnership board' };
    expect(errorCode(await manager.request(change, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await admin.request(change, { input: { ...input, graceDays: null } }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await admin.request(change, { input: { ...input, recordType: 'SESSION' } }))).toBe('VALIDATION_FAILED');
    await admin.ok(change, { input });
  });

  it('flags exactly the records past their period, leaves those just inside it, and erases nothing before the grace period ends', async () => {
    const due = await createFullPerson(manager, 'Retention Due');
    const justInside = await createFullPerson(manager, 'Retention Inside');
    const restricted = await createFullPerson(manager, 'Retention Restricted');
    await age(due, '6 years 1 day');
    await age(justInside, '6 years -1 day');
    await age(restricted, '8 years');
    await sql(`UPDATE person SET processing_restricted = true WHERE id = $1`, [restricted]);

    const [owner] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE organisation_id = $1 AND role = 'MANAGER'`, [ownerOrg]);
    const action = (title: string, status: string, ageing: string) =>
      sql<{ id: string }>(
        `INSERT INTO action (title, owner_user_id, owner_organisation_id, due_date, status, created_by, updated_at, completed_at)
         VALUES ($1, $2, $3, current_date - 3000, $4, $2, now() - $5::interval, CASE WHEN $4 = 'DONE' THEN now() - $5::interval END) RETURNING id`,
        [title, owner!.id, ownerOrg, status, ageing],
      ).then((r) => r[0]!.id);
    const closedAction = await action('Old closed action', 'DONE', '6 years 1 day');
    const recentClosedAction = await action('Recently closed action', 'DONE', '5 years 11 months');
    const openAction = await action('Old open action', 'OPEN', '9 years');

    const huddle = await buildHuddleMeeting(app, 'Retention huddle');
    await huddle.chair.ok(`mutation ($id: ID!) { startMeeting(meetingId: $id) { status } }`, { id: huddle.meetingId });
    await huddle.chair.ok(`mutation ($id: ID!) { closeMeeting(meetingId: $id) { id } }`, { id: huddle.meetingId });
    await sql(`UPDATE meeting SET closed_at = now() - interval '7 years 1 day' WHERE id = $1`, [huddle.meetingId]);

    const result = await run();
    expect(result).toMatchObject({ ran: true, erased: 0 });
    const flagged = await sql<{ record_type: string; person_id: string | null; action_id: string | null; meeting_id: string | null }>(
      `SELECT record_type, person_id, action_id, meeting_id FROM retention_review`,
    );
    expect(flagged.map((f) => f.person_id ?? f.action_id ?? f.meeting_id).sort()).toEqual([due, closedAction, huddle.meetingId].sort());
    expect(result.flagged).toBe(3);
    // Nothing erased yet: the owner has the grace period to review.
    for (const id of [due, justInside, restricted]) expect(await exists('person', id)).toBe(true);
    for (const id of [closedAction, recentClosedAction, openAction]) expect(await exists('action', id)).toBe(true);

    // The owner sees their organisation's records, named; administrators see every one, with no one named.
    const mine = await reviews(manager);
    expect(mine.map((r) => r.recordType).sort()).toEqual(['ACTION', 'PERSON_RECORD']);
    expect(mine.find((r) => r.recordType === 'PERSON_RECORD')).toMatchObject({ person: { id: due }, canDecide: true, status: 'FLAGGED' });
    const all = await reviews(admin);
    expect(all).toHaveLength(3);
    expect(all.every((r) => r.person === null && !r.canDecide)).toBe(true);
    expect(all.find((r) => r.recordType === 'MINUTES')!.description).toContain('Minutes of Retention huddle');
    expect(await reviews(otherManager)).toEqual([]);
    expect(errorCode(await practitioner.request(REVIEWS))).toBe('FORBIDDEN');

    // A second run flags nothing new.
    expect((await run()).flagged).toBe(0);
  });

  it('erases what is past its grace period once, through the erasure path, with two processes running the job at once', async () => {
    const [personReview] = await sql<{ person_id: string }>(`SELECT person_id FROM retention_review WHERE person_id IS NOT NULL`);
    const personId = personReview!.person_id;
    const [minutes] = await sql<{ meeting_id: string }>(`SELECT meeting_id FROM retention_review WHERE meeting_id IS NOT NULL`);
    await endGrace();

    const results = await Promise.all([run(admin), run(adminOnSecond)]);
    expect(results[0]!.erased + results[1]!.erased).toBe(3);
    expect(results.filter((r) => r.ran && r.erased > 0)).toHaveLength(1);

    expect(await exists('person', personId)).toBe(false);
    expect(await exists('meeting', minutes!.meeting_id)).toBe(false);
    expect(await sql(`SELECT 1 FROM action WHERE title = 'Old closed action'`)).toEqual([]);
    expect(await sql(`SELECT 1 FROM action WHERE title IN ('Recently closed action', 'Old open action')`)).toHaveLength(2);
    expect(await sql(`SELECT 1 FROM person WHERE legal_name IN ('Retention Inside', 'Retention Restricted')`)).toHaveLength(2);
    expect(await sql(`SELECT * FROM retention_review`)).toEqual([]);

    // The tombstone: one ERASE by the job (no actor), through the person erasure path.
    const erasures = await sql<{ actor_id: string | null; purpose: string; detail: Record<string, unknown> }>(
      `SELECT actor_id, purpose, detail FROM audit_event WHERE action = 'ERASE' AND person_id = $1`,
      [personId],
    );
    expect(erasures).toHaveLength(1);
    expect(erasures[0]).toMatchObject({
      actor_id: null,
      detail: { retention: true, recordType: 'PERSON_RECORD', confirmed: false, tombstone: true },
    });
    expect(erasures[0]!.purpose).toContain('Retention schedule');
    expect(await sql(`SELECT 1 FROM audit_event WHERE action = 'RETENTION_ERASE'`)).toHaveLength(2);
  });

  it('erases at once when the owning organisation confirms, and only for its coordinators and managers', async () => {
    const personId = await createFullPerson(coordinator, 'Retention Confirmed');
    await age(personId, '7 years');
    await run();
    const review = (await reviews(coordinator)).find((r) => r.person?.id === personId)!;
    expect(review.canDecide).toBe(true);

    expect(errorCode(await practitioner.request(CONFIRM, { id: review.id }))).toBe('FORBIDDEN');
    expect(errorCode(await otherManager.request(CONFIRM, { id: review.id }))).toBe('NOT_FOUND');
    expect(errorCode(await admin.request(CONFIRM, { id: review.id }))).toBe('FORBIDDEN');
    expect(await exists('person', personId)).toBe(true);

    expect(await coordinator.ok(CONFIRM, { id: review.id })).toEqual({ confirmRetentionErasure: true });
    expect(await exists('person', personId)).toBe(false);
    const [erased] = await sql<{ actor_id: string; detail: Record<string, unknown> }>(
      `SELECT actor_id, detail FROM audit_event WHERE action = 'ERASE' AND person_id = $1`,
      [personId],
    );
    expect(erased!.actor_id).not.toBeNull();
    expect(erased!.detail).toMatchObject({ retention: true, confirmed: true });
  });

  it('keeps a held record past the grace period, and drops a record from the list when it is used again', async () => {
    const held = await createFullPerson(manager, 'Retention Held');
    const usedAgain = await createFullPerson(manager, 'Retention Used Again');
    await age(held, '7 years');
    await age(usedAgain, '7 years');
    await run();
    const list = await reviews(manager);
    const heldReview = list.find((r) => r.person?.id === held)!;
    const hold = `mutation ($input: HoldRetentionReviewInput!) { holdRetentionReview(input: $input) { id status } }`;
    expect(
      errorCode(await manager.request(hold, { input: { reviewId: heldReview.id, until: '2020-01-01', reason: 'Complaint open' } })),
    ).toBe('VALIDATION_FAILED');
    await manager.ok(hold, { input: { reviewId: heldReview.id, until: '2099-01-01', reason: 'Complaint open with the ombudsman' } });

    await manager.ok(`mutation ($id: ID!, $text: String!) { addTimelineNote(personId: $id, text: $text) { id } }`, {
      id: usedAgain,
      text: 'Back in touch with the service',
    });
    await endGrace();
    expect((await run()).erased).toBe(0);
    expect(await exists('person', held)).toBe(true);
    expect(await exists('person', usedAgain)).toBe(true);
    const after = await reviews(manager);
    expect(after.find((r) => r.person?.id === held)).toMatchObject({ status: 'HELD' });
    expect(after.find((r) => r.person?.id === usedAgain)).toBeUndefined();
  });

  it('keeps a record with an open rights request off the list', async () => {
    const personId = await createFullPerson(manager, 'Retention Open Request');
    await manager.ok(`mutation ($input: LogRightsRequestInput!) { logRightsRequest(input: $input) { id } }`, {
      input: { personId, kind: 'SUBJECT_ACCESS', receivedOn: new Date().toISOString().slice(0, 10) },
    });
    await age(personId, '7 years');
    await run();
    expect((await reviews(manager)).find((r) => r.person?.id === personId)).toBeUndefined();
  });

  it('purges ended sessions and old notifications on their own schedules', async () => {
    const [user] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE organisation_id = $1 AND role = 'MANAGER'`, [ownerOrg]);
    const session = (id: string, ended: string, revoked = false) =>
      sql(
        `INSERT INTO session (id, user_id, created_at, expires_at, revoked_at) VALUES ($1, $2, now() - interval '60 days', now() - $3::interval, ${revoked ? 'now() - $3::interval' : 'NULL'})`,
        [id, user!.id, ended],
      );
    await session('old-expired', '31 days');
    await session('old-signed-out', '31 days', true);
    await session('recent-expired', '29 days');
    const [open] = await sql<{ id: string }>(
      `INSERT INTO action (title, owner_user_id, owner_organisation_id, due_date, created_by) VALUES ('Still overdue', $1, $2, current_date - 100, $1) RETURNING id`,
      [user!.id, ownerOrg],
    );
    const notification = (key: string, kind: string, ageing: string, actionId: string | null = null) =>
      sql(
        `INSERT INTO notification (user_id, kind, action_id, message, dedupe_key, created_at) VALUES ($1, $2, $3, 'A reminder', $4, now() - $5::interval)`,
        [user!.id, kind, actionId, key, ageing],
      );
    await notification('old', 'ASSIGNED', '91 days');
    await notification('recent', 'ASSIGNED', '89 days');
    await notification('old-overdue-open', 'OVERDUE', '91 days', open!.id);

    const result = await run();
    expect(result).toMatchObject({ sessionsPurged: 2, notificationsPurged: 1 });
    expect((await sql<{ id: string }>(`SELECT id FROM session WHERE id LIKE '%-%' ORDER BY id`)).map((s) => s.id)).toEqual([
      'recent-expired',
    ]);
    expect((await sql<{ dedupe_key: string }>(`SELECT dedupe_key FROM notification ORDER BY dedupe_key`)).map((n) => n.dedupe_key)).toEqual(
      ['old-overdue-open', 'recent'],
    );
    // Signed-in users keep their sessions.
    expect((await manager.ok<{ me: { id: string } }>(`query { me { id } }`)).me.id).toBe(user!.id);
  });

  it('claims each day’s scheduled run once across processes', async () => {
    const runs = await Promise.all([app.server.services.retention.runScheduled(), second.server.services.retention.runScheduled()]);
    expect(runs.filter((r) => r !== null)).toHaveLength(1);
    expect(await app.server.services.retention.runScheduled()).toBeNull();
    const [day] = await sql<{ finished_at: Date | null }>(`SELECT finished_at FROM retention_run WHERE run_on = current_date`);
    expect(day!.finished_at).not.toBeNull();
  });

  it('runs only for administrators when asked', async () => {
    expect(errorCode(await manager.request(RUN))).toBe('FORBIDDEN');
  });
});
