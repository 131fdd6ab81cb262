import { randomUUID } from 'node:crypto';
import { LIMITS } from '@casehuddle/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import type { NotificationChannel, NotificationRow } from './notification.service.js';

const CREATE_ACTION = `mutation ($input: CreateActionInput!) { createAction(input: $input) { id version } }`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A channel standing in for an e-mail sender: it keeps what it was given, or fails when told to. */
class RecordingChannel implements NotificationChannel {
  readonly received: NotificationRow[] = [];
  attempts = 0;
  failing = false;
  constructor(public readonly name: string) {}
  async deliver(notifications: NotificationRow[]): Promise<void> {
    this.attempts++;
    if (this.failing) throw new Error(`${this.name} is down`);
    this.received.push(...notifications);
  }
}

describe('notifications and their channels', () => {
  let a: TestApp;
  let b: TestApp;
  const channels = { a: new RecordingChannel('mail on a'), b: new RecordingChannel('mail on b') };
  let pat: GqlClient;
  let halId: string;
  let hal: GqlClient;
  const delivered = () => [...channels.a.received, ...channels.b.received];

  beforeAll(async () => {
    a = await startTestApp();
    // A second process on the same database, as behind a load balancer: each has the channel.
    b = await startTestApp({ databaseUrl: a.databaseUrl });
    a.server.services.notifications.addChannel(channels.a);
    b.server.services.notifications.addChannel(channels.b);
    const org = await buildOrganisation(a.dataSource, { kind: 'PROBATION' });
    const patUser = await buildUser(a.dataSource, { organisationId: org.id });
    const halUser = await buildUser(a.dataSource, { organisationId: org.id });
    halId = halUser.id;
    pat = new GqlClient(a.url);
    await pat.login(patUser.email, TEST_PASSWORD);
    hal = new GqlClient(b.url);
    await hal.login(halUser.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });

  it('hands every new notification, from any source, to the channels exactly once across processes, and records it as sent', async () => {
    // An assignment (made on process a), a status change (made on process b), and reminders.
    const assigned = await pat.ok<{ createAction: { id: string; version: number } }>(CREATE_ACTION, {
      input: { title: 'Chase the housing referral', ownerId: halId, dueDate: day(1) },
    });
    await hal.ok(`mutation ($input: UpdateActionInput!) { updateAction(input: $input) { id } }`, {
      input: { id: assigned.createAction.id, expectedVersion: 1, status: 'IN_PROGRESS' },
    });
    await Promise.all([a.server.services.notifications.runReminders(), b.server.services.notifications.runReminders()]);

    const all = async () =>
      (await a.dataSource.query(`SELECT id, kind, emailed_at FROM notification ORDER BY created_at`)) as Array<{
        id: string;
        kind: string;
        emailed_at: Date | null;
      }>;
    const rows = await all();
    expect(rows.map((r) => r.kind).sort()).toEqual(['ASSIGNED', 'DUE_TOMORROW', 'STATUS_CHANGED']);
    await vi.waitFor(() => expect(delivered()).toHaveLength(rows.length), { timeout: 10_000, interval: 50 });
    expect(
      delivered()
        .map((n) => n.id)
        .sort(),
    ).toEqual(rows.map((r) => r.id).sort());
    expect(delivered().find((n) => n.kind === 'ASSIGNED')).toMatchObject({
      user_id: halId,
      message: expect.stringMatching(/Chase the housing referral/),
    });
    expect((await all()).every((r) => r.emailed_at instanceof Date)).toBe(true);
  });

  it('leaves a notification marked unsent when a channel fails, and keeps it in the feed', async () => {
    channels.a.failing = true;
    channels.b.failing = true;
    try {
      const before = delivered().length;
      const attempts = channels.a.attempts + channels.b.attempts;
      const created = await pat.ok<{ createAction: { id: string } }>(CREATE_ACTION, {
        input: { title: 'Book the GP appointment', ownerId: halId, dueDate: day(9) },
      });
      const emailedAt = async () =>
        (await a.dataSource.query(`SELECT emailed_at FROM notification WHERE action_id = $1 AND kind = 'ASSIGNED'`, [
          created.createAction.id,
        ])) as Array<{ emailed_at: Date | null }>;
      // The row is claimed (emailed_at written) before the channel is tried; when it fails, the claim is taken back.
      await vi.waitFor(
        async () => {
          expect(channels.a.attempts + channels.b.attempts).toBe(attempts + 1);
          expect(await emailedAt()).toEqual([{ emailed_at: null }]);
        },
        { timeout: 10_000, interval: 50 },
      );
      expect(delivered()).toHaveLength(before);
      const feed = await hal.ok<{ notifications: Array<{ message: string }> }>(`{ notifications { message } }`);
      expect(feed.notifications.map((n) => n.message)).toContainEqual(expect.stringMatching(/Book the GP appointment/));
    } finally {
      channels.a.failing = false;
      channels.b.failing = false;
    }
  });

  it(`marks up to ${LIMITS.notificationsMax} notifications read by id, and refuses a longer list with a typed error`, async () => {
    const MARK = `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
    const [own] = (await a.dataSource.query(`SELECT id FROM notification WHERE user_id = $1 AND read_at IS NULL LIMIT 1`, [
      halId,
    ])) as Array<{
      id: string;
    }>;
    const unread = (await hal.ok<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`)).unreadNotificationCount;
    const ids = [own!.id, ...Array.from({ length: LIMITS.notificationsMax - 1 }, () => randomUUID())];
    expect(await hal.ok<{ markNotificationsRead: number }>(MARK, { ids })).toEqual({ markNotificationsRead: unread - 1 });

    const tooMany = await hal.request(MARK, { ids: [...ids, randomUUID()] });
    expect(errorCode(tooMany)).toBe('VALIDATION_FAILED');
    expect(tooMany.errors?.[0]?.extensions?.fields).toEqual({ ids: `Mark ${LIMITS.notificationsMax} notifications or fewer at a time.` });
  });
});

describe('the reminder job', () => {
  let app: TestApp;
  beforeAll(async () => {
    // The harness turns the job off; this server runs it every second, as REMINDER_INTERVAL_SECONDS says.
    app = await startTestApp({ env: { REMINDER_INTERVAL_SECONDS: '1' } });
  });
  afterAll(() => app.stop());

  it('runs by itself every REMINDER_INTERVAL_SECONDS', async () => {
    const org = await buildOrganisation(app.dataSource);
    const owner = await buildUser(app.dataSource, { organisationId: org.id });
    const client = new GqlClient(app.url);
    await client.login(owner.email, TEST_PASSWORD);
    const created = await client.ok<{ createAction: { id: string } }>(CREATE_ACTION, {
      input: { title: 'Renew the bus pass', ownerId: owner.id, dueDate: day(3) },
    });
    await app.dataSource.query(`UPDATE action SET due_date = current_date - 1 WHERE id = $1`, [created.createAction.id]);
    // Nobody calls runReminders here: the server's own timer does.
    await vi.waitFor(
      async () => {
        const feed = await client.ok<{ notifications: Array<{ kind: string; actionId: string }> }>(`{ notifications { kind actionId } }`);
        expect(feed.notifications).toContainEqual({ kind: 'OVERDUE', actionId: created.createAction.id });
      },
      { timeout: 10_000, interval: 100 },
    );
  });
});
