import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient, errorCode, type GqlResult } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { createTestDatabase } from '../../../test/harness.js';
import { createAppDataSource } from '../../app/data-source.js';
import { freePort } from '../../core/embedded-db.js';
import type { DataSource } from 'typeorm';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A real server process (TypeScript through tsx), so it can be killed like a real one. */
async function startProcess(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'error',
      REMINDER_INTERVAL_SECONDS: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('The server process exited during start-up');
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The server process did not start in time');
}

describe('a server process killed during a live meeting', () => {
  let ds: DataSource;
  let databaseUrl: string;
  const ports: number[] = [];
  const processes: ChildProcess[] = [];

  beforeAll(async () => {
    databaseUrl = (await createTestDatabase()).url;
    ds = createAppDataSource({ url: databaseUrl, poolSize: 2 });
    await ds.initialize();
    ports.push(await freePort(), await freePort());
    processes.push(...(await Promise.all(ports.map((port) => startProcess(databaseUrl, port)))));
  }, 120_000);
  afterAll(async () => {
    for (const p of processes) if (p.exitCode === null) p.kill('SIGKILL');
    await ds?.destroy();
  });

  it('loses no acknowledged save and applies none twice; clients catch up on the other process', async () => {
    const url = (i: number) => `http://127.0.0.1:${ports[i]}`;
    const orgId = (await buildOrganisation(ds, { kind: 'CHARITY' })).id;
    const chairUser = await buildUser(ds, { organisationId: orgId, role: 'COORDINATOR' });
    const chair = new GqlClient(url(0));
    await chair.login(chairUser.email, TEST_PASSWORD);
    const huddle = await chair.ok<{ createHuddle: { id: string } }>(
      `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`,
      {
        input: { name: 'Resilience', councilArea: 'Testshire', memberOrganisationIds: [orgId], chairIds: [chairUser.id] },
      },
    );
    const scheduled = await chair.ok<{ scheduleMeeting: { meetings: Array<{ id: string }> } }>(
      `mutation ($h: ID!, $at: DateTimeISO!) { scheduleMeeting(huddleId: $h, startsAt: $at) { meetings { id } } }`,
      { h: huddle.createHuddle.id, at: new Date(Date.now() + 3_600_000).toISOString() },
    );
    const meetingId = scheduled.scheduleMeeting.meetings[0]!.id;
    await chair.ok(`mutation ($id: ID!) { startMeeting(meetingId: $id) { status } }`, { id: meetingId });
    const itemId = (
      await chair.ok<{ addAgendaItem: { id: string } }>(`mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`, {
        input: { meetingId, title: 'Kept safe' },
      })
    ).addAgendaItem.id;
    const seqAtStart = (await chair.ok<{ meeting: { seq: number } }>(`query ($id: ID!) { meeting(id: $id) { seq } }`, { id: meetingId }))
      .meeting.seq;

    // A watcher on process 0 follows the meeting's events; it will lose its socket in the kill.
    const watcherUser = await buildUser(ds, { organisationId: orgId });
    const watcher = new GqlClient(url(0));
    await watcher.login(watcherUser.email, TEST_PASSWORD);
    const seen: number[] = [];
    const follow = (i: number, after: number) =>
      new Promise<void>((resolve) => {
        const ws = watcher.ws(`${url(i).replace('http', 'ws')}/graphql`);
        ws.subscribe<{ meetingEvents: { seq: number | null } }>(
          {
            query: `subscription ($id: ID!, $after: Int) { meetingEvents(meetingId: $id, afterSeq: $after) { seq type } }`,
            variables: { id: meetingId, after },
          },
          {
            next: (e) => e.data?.meetingEvents.seq && seen.push(e.data.meetingEvents.seq),
            error: () => resolve(),
            complete: () => resolve(),
          },
        );
        ws.on('closed', () => resolve());
        followers.push(ws);
      });
    const followers: Array<{ dispose: () => void | Promise<void> }> = [];
    const firstFollow = follow(0, seqAtStart);

    // Six editors, three on each process, append lines with compare-and-set saves.
    const acknowledged: string[] = [];
    let killed = false;
    const editors = await Promise.all(
      Array.from({ length: 6 }, async (_, e) => {
        const user = await buildUser(ds, { organisationId: orgId });
        const client = new GqlClient(url(e % 2));
        await client.login(user.email, TEST_PASSWORD);
        return { client, e };
      }),
    );
    await Promise.all(
      editors.map(async ({ client, e }) => {
        let known = { text: '', version: 1 };
        for (let n = 0; n < 15; n++) {
          const line = `e${e}n${n}`;
          for (;;) {
            const text = known.text ? `${known.text}\n${line}` : line;
            let result: GqlResult | null = null;
            try {
              result = await client.request(
                `mutation ($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { notes notesVersion } }`,
                { input: { itemId, field: 'NOTES', expectedVersion: known.version, text } },
              );
            } catch {
              // The process died under us: move to the other one (as a load balancer would) and retry.
              client.baseUrl = url(1);
              continue;
            }
            if (!result.errors) {
              acknowledged.push(line);
              // The answer is the item as read after the save committed: someone else may have saved
              // since. Its text and version go together; pairing our own text with its version would
              // let our next save overwrite their line.
              const saved = (result.data as { updateAgendaItem: { notes: string; notesVersion: number } }).updateAgendaItem;
              known = { text: saved.notes, version: saved.notesVersion };
              break;
            }
            expect(errorCode(result)).toBe('VERSION_CONFLICT');
            const current = result.errors[0]!.extensions!.current as { value: string; version: number };
            known = { text: current.value, version: current.version };
            // A save whose answer was lost in the kill may already be in: never apply it twice.
            if (current.value.split('\n').includes(line)) {
              acknowledged.push(line);
              break;
            }
          }
          if (e === 0 && n === 5 && !killed) {
            killed = true;
            processes[0]!.kill('SIGKILL');
          }
        }
      }),
    );
    expect(killed).toBe(true);
    await firstFollow; // the watcher's socket went with the process

    // The watcher reconnects to the other process and catches up from the last event it saw.
    const resumeAfter = seen.length ? Math.max(...seen) : seqAtStart;
    const checker = new GqlClient(url(1));
    checker.cookie = watcher.cookie;
    const finalSeq = (
      await checker.ok<{ meeting: { seq: number; items: Array<{ id: string; notes: string }> } }>(
        `query ($id: ID!) { meeting(id: $id) { seq items { id notes } } }`,
        { id: meetingId },
      )
    ).meeting;
    void follow(1, resumeAfter);
    const deadline = Date.now() + 15_000;
    while (Math.max(0, ...seen) < finalSeq.seq && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    for (const f of followers) await f.dispose();
    const expectedSeqs = Array.from({ length: finalSeq.seq - seqAtStart }, (_, i) => seqAtStart + 1 + i);
    expect([...new Set(seen)].sort((a, b) => a - b)).toEqual(expectedSeqs);

    // Every acknowledged save is in the final notes, exactly once.
    const notes = finalSeq.items.find((i) => i.id === itemId)!.notes.split('\n');
    expect(acknowledged).toHaveLength(90);
    expect(notes.sort()).toEqual([...acknowledged].sort());
  }, 180_000);
});
