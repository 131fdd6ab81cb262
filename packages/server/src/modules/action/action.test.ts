import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collect, errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, recordAgreement } from '../../../test/people.js';

const ACTION_FIELDS = `id title status statusReason version overdue canEdit dueDate dueWindow personRestricted
  person { id displayName } owner { id name } ownerOrganisation { id name } createdBy { id }
  history { field from to actor { name } } comments { body author { name } }`;
const CREATE = `mutation ($input: CreateActionInput!) { createAction(input: $input) { ${ACTION_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateActionInput!) { updateAction(input: $input) { ${ACTION_FIELDS} } }`;

interface ActionData {
  id: string;
  status: string;
  statusReason: string | null;
  version: number;
  overdue: boolean;
  canEdit: boolean;
  personRestricted: boolean;
  person: { id: string; displayName: string } | null;
  history: Array<{ field: string; from: string | null; to: string | null; actor: { name: string } }>;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('actions', () => {
  let app: TestApp;
  const c: Record<string, GqlClient> = {};
  const u: Record<string, { id: string }> = {};
  const orgs: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    orgs.probation = (await buildOrganisation(app.dataSource, { kind: 'PROBATION', name: 'Probation' })).id;
    orgs.housing = (await buildOrganisation(app.dataSource, { kind: 'COUNCIL_HOUSING', name: 'Housing' })).id;
    orgs.police = (await buildOrganisation(app.dataSource, { kind: 'POLICE', name: 'Police' })).id;
    const add = async (key: string, org: string, role: 'PRACTITIONER' | 'COORDINATOR' | 'MANAGER' | 'ADMIN') => {
      const user = await buildUser(app.dataSource, { organisationId: orgs[org]!, role, name: key });
      c[key] = new GqlClient(app.url);
      await c[key]!.login(user.email, TEST_PASSWORD);
      u[key] = user;
    };
    await add('pat', 'probation', 'PRACTITIONER');
    await add('pia', 'probation', 'PRACTITIONER');
    await add('hal', 'housing', 'PRACTITIONER');
    await add('hana', 'housing', 'MANAGER');
    await add('polly', 'police', 'PRACTITIONER');
    await add('mo', 'police', 'MANAGER');
    await add('admin', 'police', 'ADMIN');
  });
  afterAll(() => app.stop());

  const create = async (client: GqlClient, input: Record<string, unknown>) =>
    (await client.ok<{ createAction: ActionData }>(CREATE, { input })).createAction;
  const update = (client: GqlClient, input: Record<string, unknown>) => client.request<{ updateAction: ActionData }>(UPDATE, { input });

  it('moves through valid statuses, refuses invalid ones, and needs a reason for couldn’t and didn’t', async () => {
    const action = await create(c.pat!, { title: 'Book GP registration', ownerId: u.hal!.id, dueDate: day(5), dueWindow: 'MORNING' });
    expect(action).toMatchObject({ status: 'OPEN', version: 1, canEdit: true });

    let version = 1;
    const move = async (client: GqlClient, status: string, statusReason?: string) => {
      const result = await update(client, { id: action.id, expectedVersion: version, status, statusReason });
      if (!result.errors) version = result.data!.updateAction.version;
      return result;
    };
    expect((await move(c.hal!, 'IN_PROGRESS')).data!.updateAction.status).toBe('IN_PROGRESS');
    const noReason = await move(c.hal!, 'NOT_POSSIBLE');
    expect(errorCode(noReason)).toBe('VALIDATION_FAILED');
    expect(noReason.errors?.[0]?.extensions?.fields).toEqual({
      statusReason: 'Say what stopped it: the barrier the strategic board should know about.',
    });
    const blocked = await move(c.hal!, 'NOT_POSSIBLE', 'No GP in the area is taking patients without a fixed address');
    expect(blocked.data!.updateAction).toMatchObject({
      status: 'NOT_POSSIBLE',
      statusReason: 'No GP in the area is taking patients without a fixed address',
    });
    expect(errorCode(await move(c.hal!, 'DONE'))).toBe('VALIDATION_FAILED'); // must be reopened first
    expect((await move(c.hal!, 'OPEN')).data!.updateAction.statusReason).toBeNull();
    expect((await move(c.hal!, 'DONE')).data!.updateAction.status).toBe('DONE');
    expect((await move(c.hal!, 'IN_PROGRESS')).data!.updateAction.status).toBe('IN_PROGRESS');
    expect((await move(c.hal!, 'CANCELLED')).data!.updateAction.status).toBe('CANCELLED');
    const final = await move(c.hal!, 'OPEN');
    expect(errorCode(final)).toBe('VALIDATION_FAILED');
    expect(final.errors?.[0]?.message).toBe('An action that is cancelled cannot become open.');

    const history = (
      await c.pat!.ok<{ action: ActionData }>(`query ($id: ID!) { action(id: $id) { ${ACTION_FIELDS} } }`, { id: action.id })
    ).action.history;
    expect(history.filter((h) => h.field === 'status').map((h) => `${h.from}→${h.to}`)).toEqual([
      'OPEN→IN_PROGRESS',
      'IN_PROGRESS→NOT_POSSIBLE',
      'NOT_POSSIBLE→OPEN',
      'OPEN→DONE',
      'DONE→IN_PROGRESS',
      'IN_PROGRESS→CANCELLED',
    ]);
    expect(history.every((h) => h.actor.name === 'hal' || h.field === 'created')).toBe(true);
  });

  it('detects stale versions', async () => {
    const action = await create(c.pat!, { title: 'Apply for ID', ownerId: u.pat!.id, dueDate: day(3) });
    expect((await update(c.pat!, { id: action.id, expectedVersion: 1, title: 'Apply for a provisional licence' })).errors).toBeUndefined();
    const stale = await update(c.pia!, { id: action.id, expectedVersion: 1, status: 'DONE' });
    expect(errorCode(stale)).toBe('VERSION_CONFLICT');
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ title: 'Apply for a provisional licence', version: 2 });
  });

  it('lets practitioners change their own and their organisation’s actions only; admins none', async () => {
    const action = await create(c.pat!, { title: 'Referral to recovery service', ownerId: u.pia!.id, dueDate: day(2) });
    // Same organisation as the owner: may change it.
    expect((await update(c.pat!, { id: action.id, expectedVersion: 1, status: 'IN_PROGRESS' })).errors).toBeUndefined();
    // Another organisation's practitioner cannot see it at all.
    expect(errorCode(await update(c.polly!, { id: action.id, expectedVersion: 2, status: 'DONE' }))).toBe('NOT_FOUND');
    expect(errorCode(await c.polly!.request(`query ($id: ID!) { action(id: $id) { id } }`, { id: action.id }))).toBe('NOT_FOUND');
    // Another organisation's manager sees it (partnership view) but cannot change it.
    const seen = await c.mo!.ok<{ action: ActionData }>(`query ($id: ID!) { action(id: $id) { id canEdit } }`, { id: action.id });
    expect(seen.action.canEdit).toBe(false);
    expect(errorCode(await update(c.mo!, { id: action.id, expectedVersion: 2, status: 'DONE' }))).toBe('FORBIDDEN');
    expect(errorCode(await c.admin!.request(`query { actions { id } }`))).toBeUndefined();
    expect((await c.admin!.ok<{ actions: unknown[] }>(`query { actions { id } }`)).actions).toEqual([]);
    expect(errorCode(await c.admin!.request(CREATE, { input: { title: 'x', ownerId: u.pat!.id, dueDate: day(1) } }))).toBe('FORBIDDEN');
  });

  it('takes comments from those working on an action, newest last, and refuses everyone else', async () => {
    const COMMENT = `mutation ($id: ID!, $body: String!) { addActionComment(actionId: $id, body: $body) { id version comments { body author { name } } } }`;
    const action = await create(c.pat!, { title: 'Chase the benefits claim', ownerId: u.hal!.id, dueDate: day(6) });
    const first = await c.hal!.ok<{ addActionComment: { version: number; comments: Array<{ body: string; author: { name: string } }> } }>(
      COMMENT,
      { id: action.id, body: '  Called the job centre; waiting to hear.  ' },
    );
    // A comment is not a change to the action: the version stays.
    expect(first.addActionComment.version).toBe(1);
    const second = await c.pat!.ok<{ addActionComment: { comments: Array<{ body: string; author: { name: string } }> } }>(COMMENT, {
      id: action.id,
      body: 'Thanks, I will tell the huddle.',
    });
    expect(second.addActionComment.comments).toEqual([
      { body: 'Called the job centre; waiting to hear.', author: { name: 'hal' } },
      { body: 'Thanks, I will tell the huddle.', author: { name: 'pat' } },
    ]);

    const blank = await c.hal!.request(COMMENT, { id: action.id, body: '   ' });
    expect(errorCode(blank)).toBe('VALIDATION_FAILED');
    expect(blank.errors?.[0]?.extensions?.fields).toEqual({ body: 'Enter a comment.' });
    const long = await c.hal!.request(COMMENT, { id: action.id, body: 'x'.repeat(5001) });
    expect(long.errors?.[0]?.extensions?.fields).toEqual({ body: 'Keep the comment to 5,000 characters or fewer.' });
    // Another organisation's practitioner cannot see it; a partnership manager sees it but is not working on it.
    expect(errorCode(await c.polly!.request(COMMENT, { id: action.id, body: 'Hello' }))).toBe('NOT_FOUND');
    const manager = await c.mo!.request(COMMENT, { id: action.id, body: 'Hello' });
    expect(errorCode(manager)).toBe('FORBIDDEN');
    expect(manager.errors?.[0]?.message).toBe('Only those working on this action can comment on it.');
    expect(errorCode(await new GqlClient(app.url).request(COMMENT, { id: action.id, body: 'Hello' }))).toBe('UNAUTHENTICATED');
    const stored = await app.dataSource.query(`SELECT count(*)::int AS n FROM action_comment WHERE action_id = $1`, [action.id]);
    expect(stored).toEqual([{ n: 2 }]);
  });

  it('tells live views of changes to the actions each viewer may see, and no others', async () => {
    const CHANGED = `subscription { actionChanged { actionId status version } }`;
    type Changed = { data: { actionChanged: { actionId: string; status: string; version: number } } };
    const hanaWs = c.hana!.ws(app.wsUrl); // housing manager: sees every action (partnership view)
    const pollyWs = c.polly!.ws(app.wsUrl); // police practitioner: sees only police actions
    const hana = collect<Changed>(hanaWs, CHANGED);
    const polly = collect<Changed>(pollyWs, CHANGED);
    // Reads events until the one about `actionId`, dropping any before it.
    const until = async (sub: typeof polly, actionId: string) => {
      while ((await sub.next(1_000)).data.actionChanged.actionId !== actionId);
    };
    // Police actions first, until one reaches the police practitioner: both subscriptions are then live.
    let warmUp = '';
    await vi.waitFor(
      async () => {
        warmUp = (await create(c.polly!, { title: 'Warm-up', ownerId: u.polly!.id, dueDate: day(2) })).id;
        await until(polly, warmUp);
      },
      { timeout: 15_000 },
    );
    await until(hana, warmUp);

    // A probation action, changed by its owner: the manager hears of it, the police practitioner does not.
    const probationAction = await create(c.pat!, { title: 'Probation-only action', ownerId: u.pia!.id, dueDate: day(4) });
    expect((await hana.next()).data.actionChanged).toEqual({ actionId: probationAction.id, status: 'OPEN', version: 1 });
    await update(c.pia!, { id: probationAction.id, expectedVersion: 1, status: 'IN_PROGRESS' });
    expect((await hana.next()).data.actionChanged).toEqual({ actionId: probationAction.id, status: 'IN_PROGRESS', version: 2 });
    // A police action after it: the first thing the police practitioner hears is this one.
    const policeAction = await create(c.polly!, { title: 'Police action', ownerId: u.polly!.id, dueDate: day(4) });
    expect((await polly.next()).data.actionChanged).toEqual({ actionId: policeAction.id, status: 'OPEN', version: 1 });
    expect(polly.events).toEqual([]);
    await Promise.all([hanaWs.dispose(), pollyWs.dispose()]);
  });

  it('shows the person with an action only as the person’s sharing rules allow', async () => {
    const personId = await createFullPerson(c.pat!, 'Riley Action-Person');
    const action = await create(c.pat!, { title: 'Housing assessment', ownerId: u.hal!.id, personId, dueDate: day(4) });
    expect(action.person).toMatchObject({ id: personId, displayName: 'Riley' });
    // The housing practitioner owns the action but has no agreement yet: the person is hidden.
    const forHousing = (
      await c.hal!.ok<{ action: ActionData }>(`query ($id: ID!) { action(id: $id) { ${ACTION_FIELDS} } }`, { id: action.id })
    ).action;
    expect(forHousing.person).toBeNull();
    expect(forHousing.personRestricted).toBe(true);
    await recordAgreement(c.pat!, personId, [orgs.housing!], ['NEEDS']);
    const shared = (await c.hal!.ok<{ action: ActionData }>(`query ($id: ID!) { action(id: $id) { ${ACTION_FIELDS} } }`, { id: action.id }))
      .action;
    expect(shared.person?.displayName).toBe('Riley');
    // A manager elsewhere in the partnership sees the action but never the person.
    const partnership = (
      await c.mo!.ok<{ actions: ActionData[] }>(
        `query ($p: ID!) { actions(filter: { organisationId: $p }) { id person { id } personRestricted } }`,
        { p: orgs.housing },
      )
    ).actions;
    const row = partnership.find((a) => a.id === action.id)!;
    expect(row.person).toBeNull();
    // Creating an action for someone you may not know of is refused.
    expect(errorCode(await c.polly!.request(CREATE, { input: { title: 'x', ownerId: u.polly!.id, personId, dueDate: day(1) } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('neutralises spreadsheet formulas and quotes awkward values in the CSV export', async () => {
    const titles = [
      '=HYPERLINK("http://evil.example","click")',
      '+44 7700 900123 call back',
      '-1 day late',
      '@SUM(A1)',
      'Comma, and "quotes"',
      'Plain title',
    ];
    for (const title of titles) await create(c.hana!, { title, ownerId: u.hana!.id, dueDate: day(10) });
    const csv = (
      await c.hana!.ok<{ actionsCsv: string }>(`query ($f: ActionFilter) { actionsCsv(filter: $f) }`, { f: { ownerId: u.hana!.id } })
    ).actionsCsv;
    expect(csv.split('\n')[0]).toBe('Title,Status,Reason,Owner,Organisation,Due,Window,Overdue,Created by,Created,Completed');
    // Read back as a spreadsheet would: every cell survives, and none starts a formula.
    const cells: string[][] = parse(csv);
    expect(
      cells
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(
      [
        `'=HYPERLINK("http://evil.example","click")`,
        `'+44 7700 900123 call back`,
        `'-1 day late`,
        `'@SUM(A1)`,
        'Comma, and "quotes"',
        'Plain title',
      ].sort(),
    );
    expect(cells.flat().every((cell) => !/^[=+\-@]/.test(cell))).toBe(true);
    // Quoting is used exactly where a value needs it.
    expect(csv).toContain('"Comma, and ""quotes"""');
  });

  it('sends each reminder once when two server processes run the job at the same time', async () => {
    const second = await (await import('../../../test/harness.js')).startTestApp({ databaseUrl: app.databaseUrl });
    try {
      const dueTomorrow = await create(c.pat!, { title: 'Chase benefit claim', ownerId: u.pia!.id, dueDate: day(1) });
      const overdue = await create(c.pat!, { title: 'Return prescription form', ownerId: u.pia!.id, dueDate: day(3) });
      await app.dataSource.query(`UPDATE action SET due_date = current_date - 2 WHERE id = $1`, [overdue.id]);
      const ws = c.pia!.ws(app.wsUrl);
      const feed = collect<{ data: { notificationAdded: { kind: string; actionId: string } } }>(
        ws,
        `subscription { notificationAdded { kind actionId message } }`,
      );
      await new Promise((r) => setTimeout(r, 300));
      const results = await Promise.all([
        app.server.services.notifications.runReminders(),
        second.server.services.notifications.runReminders(),
        app.server.services.notifications.runReminders(),
        second.server.services.notifications.runReminders(),
      ]);
      const rows: Array<{ kind: string; action_id: string }> = await app.dataSource.query(
        `SELECT kind, action_id FROM notification WHERE action_id = ANY ($1::uuid[]) AND kind IN ('DUE_TOMORROW','OVERDUE') ORDER BY kind`,
        [[dueTomorrow.id, overdue.id]],
      );
      expect(rows).toEqual([
        { kind: 'DUE_TOMORROW', action_id: dueTomorrow.id },
        { kind: 'OVERDUE', action_id: overdue.id },
      ]);
      expect(results.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
      const delivered = [await feed.next(), await feed.next()].map((e) => e.data.notificationAdded.kind).sort();
      // Assigned notifications for these two arrived first; the reminders follow, once each.
      const all = [...delivered];
      while (!(all.includes('DUE_TOMORROW') && all.includes('OVERDUE'))) all.push((await feed.next()).data.notificationAdded.kind);
      await new Promise((r) => setTimeout(r, 300));
      const extra = feed.events.map((e) => e.data.notificationAdded.kind).filter((k) => k === 'DUE_TOMORROW' || k === 'OVERDUE');
      expect(all.filter((k) => k === 'DUE_TOMORROW')).toHaveLength(1);
      expect(all.filter((k) => k === 'OVERDUE')).toHaveLength(1);
      expect(extra).toEqual([]);
      const count = await c.pia!.ok<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`);
      expect(count.unreadNotificationCount).toBeGreaterThanOrEqual(4);
      expect((await c.pia!.ok<{ markNotificationsRead: number }>(`mutation { markNotificationsRead }`)).markNotificationsRead).toBe(0);
      await ws.dispose();
    } finally {
      await second.stop();
    }
  });

  it('notifies the owner when assigned and the creator when the status changes', async () => {
    const action = await create(c.pat!, { title: 'Arrange travel warrant', ownerId: u.hal!.id, dueDate: day(6) });
    await update(c.hal!, { id: action.id, expectedVersion: 1, status: 'DONE' });
    const halFeed = await c.hal!.ok<{ notifications: Array<{ kind: string; message: string }> }>(`{ notifications { kind message } }`);
    expect(halFeed.notifications.find((n) => n.kind === 'ASSIGNED' && n.message.includes('Arrange travel warrant'))?.message).toMatch(
      /^pat gave you an action: Arrange travel warrant \(due \d+ \w{3} \d{4}\)$/,
    );
    const patFeed = await c.pat!.ok<{ notifications: Array<{ kind: string; message: string }> }>(`{ notifications { kind message } }`);
    expect(patFeed.notifications.find((n) => n.kind === 'STATUS_CHANGED')?.message).toBe('hal marked “Arrange travel warrant” as done');
  });
});

describe('manager review figures', () => {
  let app: TestApp;
  let manager: GqlClient;
  let orgA: string;
  let orgB: string;
  beforeAll(async () => {
    app = await startTestApp();
    orgA = (await buildOrganisation(app.dataSource, { name: 'Alpha Housing', kind: 'COUNCIL_HOUSING' })).id;
    orgB = (await buildOrganisation(app.dataSource, { name: 'Beta Recovery', kind: 'DRUG_AND_ALCOHOL' })).id;
    const a = await buildUser(app.dataSource, { organisationId: orgA, role: 'PRACTITIONER' });
    const b = await buildUser(app.dataSource, { organisationId: orgB, role: 'PRACTITIONER' });
    const m = await buildUser(app.dataSource, { organisationId: orgA, role: 'MANAGER' });
    manager = new GqlClient(app.url);
    await manager.login(m.email, TEST_PASSWORD);
    // A known data set, inserted directly so that dates are exact:
    //   Alpha: 2 open (1 overdue), 3 done (took 2, 4 and 10 days), 1 not possible, 1 cancelled
    //   Beta:  3 open (2 overdue), 1 done (took 6 days), 1 not undertaken, 1 not possible
    const insert = (org: string, owner: string, status: string, dueOffset: number, daysToDone?: number, reason?: string) =>
      app.dataSource.query(
        `INSERT INTO action (title, owner_user_id, owner_organisation_id, due_date, status, status_reason, created_by, created_at, completed_at)
         VALUES ($1, $2, $3, current_date + $4::int, $5, $6, $2, now() - interval '20 days',
                 CASE WHEN $7::numeric IS NULL THEN NULL ELSE now() - interval '20 days' + make_interval(days => $7::int) END)`,
        [`${status} ${dueOffset}`, owner, org, dueOffset, status, reason ?? null, daysToDone ?? null],
      );
    await insert(orgA, a.id, 'OPEN', 5);
    await insert(orgA, a.id, 'IN_PROGRESS', -3);
    await insert(orgA, a.id, 'DONE', -1, 2);
    await insert(orgA, a.id, 'DONE', -1, 4);
    await insert(orgA, a.id, 'DONE', -1, 10);
    await insert(orgA, a.id, 'NOT_POSSIBLE', -2, undefined, 'No hostel beds for people with dogs');
    await insert(orgA, a.id, 'CANCELLED', 1);
    await insert(orgB, b.id, 'OPEN', 2);
    await insert(orgB, b.id, 'OPEN', -1);
    await insert(orgB, b.id, 'IN_PROGRESS', -9);
    await insert(orgB, b.id, 'DONE', 0, 6);
    await insert(orgB, b.id, 'NOT_UNDERTAKEN', -4, undefined, 'Worker off sick, no cover');
    await insert(orgB, b.id, 'NOT_POSSIBLE', -5, undefined, 'Prison released him before the assessment');
  });
  afterAll(() => app.stop());

  const SUMMARY = `query ($f: ActionFilter) { actionSummary(filter: $f) { total open overdue done blocked notPossible notUndertaken cancelled completionRate medianDaysToComplete
    overdueByOrganisation { organisation { name } count } barriers { title reason organisation { name } } } }`;

  it('computes the partnership figures as worked out by hand', async () => {
    const { actionSummary: s } = await manager.ok<{ actionSummary: Record<string, unknown> }>(SUMMARY);
    // 13 actions; open = 2 + 3 = 5; overdue = 1 + 2 = 3; done = 4; blocked = 1 + 2 = 3.
    // Completion = 4 done ÷ 12 not cancelled = 0.3333. Median of 2, 4, 6, 10 days = 5.
    expect(s).toEqual({
      total: 13,
      open: 5,
      overdue: 3,
      done: 4,
      blocked: 3,
      notPossible: 2,
      notUndertaken: 1,
      cancelled: 1,
      completionRate: 0.3333,
      medianDaysToComplete: 5,
      overdueByOrganisation: [
        { organisation: { name: 'Beta Recovery' }, count: 2 },
        { organisation: { name: 'Alpha Housing' }, count: 1 },
      ],
      barriers: expect.arrayContaining([
        { title: 'NOT_POSSIBLE -2', reason: 'No hostel beds for people with dogs', organisation: { name: 'Alpha Housing' } },
        { title: 'NOT_POSSIBLE -5', reason: 'Prison released him before the assessment', organisation: { name: 'Beta Recovery' } },
      ]),
    });
  });

  it('filters by organisation and date range, and drills down to the same actions', async () => {
    const { actionSummary: s } = await manager.ok<{ actionSummary: { total: number; done: number; medianDaysToComplete: number } }>(
      SUMMARY,
      { f: { organisationId: orgA } },
    );
    expect(s).toMatchObject({ total: 7, done: 3, medianDaysToComplete: 4 });
    const ranged = await manager.ok<{ actionSummary: { total: number } }>(SUMMARY, {
      f: { dueFrom: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10), dueTo: new Date().toISOString().slice(0, 10) },
    });
    // Due from 3 days ago to today: IN_PROGRESS -3, DONE -1 ×3, NOT_POSSIBLE -2, OPEN -1, DONE 0 = 7.
    expect(ranged.actionSummary.total).toBe(7);
    const drill = await manager.ok<{ actions: Array<{ title: string }> }>(`query ($f: ActionFilter) { actions(filter: $f) { title } }`, {
      f: { overdueOnly: true },
    });
    expect(drill.actions.map((a) => a.title).sort()).toEqual(['IN_PROGRESS -3', 'IN_PROGRESS -9', 'OPEN -1']);
  });
});
