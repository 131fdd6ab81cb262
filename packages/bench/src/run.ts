/**
 * `pnpm bench`: measures CaseHuddle on this machine, on loopback, against the production
 * build, and writes docs/performance.md. Timings live here, never in `pnpm test`.
 */
import 'reflect-metadata';
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import pg from 'pg';
import { createAppDataSource } from '@casehuddle/server/dist/app/data-source.js';
import { freePort, startEmbeddedDatabase } from '@casehuddle/server/dist/core/embedded-db.js';
import { hashPassword } from '@casehuddle/server/dist/modules/auth/password.js';
import { benchMatching } from './matching.js';
import { runLighthouse } from './lighthouse.js';
import { benchLiveText } from './live-text.js';
import { benchScale, parseSize } from './scale.js';
import { benchExportStream } from './export-stream.js';
import { summariseCpuProfiles, topStatements } from './profile.js';
import { compareAgenda, urlForBuild } from './compare.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SERVER = path.join(ROOT, 'packages/server/dist/main.js');
const PASSWORD = 'bench-password-123';
const quick = process.argv.includes('--quick');
/** `--profile`: CPU profiles of the servers and PostgreSQL's statement statistics, printed at the end. */
const profile = process.argv.includes('--profile');
/** `--only=agenda,fanout,live,search,start,matching,lighthouse`: run just those parts (docs/performance.md is then left alone). `--compare=<main.js>`: see compare.ts. */
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
/** `--scale[=50k,100k,250k,1m]` and `--scale-audit=1m,10m,50m`: growth curves on large data seeded once under .data/bench-scale (scale.ts). */
const scaleArg = process.argv.find((a) => a === '--scale' || a.startsWith('--scale='));
const fanoutCurve: string[][] = [];
/** Subscriber counts for the fan-out (BENCH_FANOUT=100,500,2000 to choose); 2,000 adds about 40 s to the run on a quiet machine. */
const FANOUT = process.env.BENCH_FANOUT ? process.env.BENCH_FANOUT.split(',').map(Number) : [100, 500, 2000];
const runs = (part: 'agenda' | 'fanout' | 'live' | 'search' | 'start' | 'matching' | 'lighthouse') => !only || only.includes(part);
// BENCH_NODE_FLAGS: extra flags for the server processes (to try V8 settings, say).
const DURATION = quick ? 3 : 10;
/** What a fan-out receiver (subscribers.mjs) reports. */
type Received = { live?: number; presence?: number; delivered?: number; seq?: number; type?: string; error?: string; closed?: string };
/** Edits timed per fan-out round. */
const EDITS = quick ? 3 : 10;
const PROFILE_DIR = path.join(ROOT, '.data/bench-profile');

type Row = { measure: string; figure: string; aim: string };
const rows: Row[] = [];
const record = (measure: string, figure: string, aim = '') => {
  rows.push({ measure, figure, aim });
  console.log(`${measure.padEnd(58)} ${figure.padEnd(28)} ${aim}`);
};
const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function startServer(databaseUrl: string, port: number, main = SERVER): Promise<{ child: ChildProcess; startMs: number }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
      main,
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        COOKIE_SECURE: 'false',
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'error',
        SEED_DEMO_DATA: 'false',
        DATABASE_POOL_SIZE: '20',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  await waitHealthy(child, port, started, 'A server process');
  return { child, startMs: performance.now() - started };
}

/** Waits until the process on `port` answers /healthz, failing if it exits first or takes over 3 minutes. */
async function waitHealthy(child: ChildProcess, port: number, started: number, what: string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited before it was healthy`);
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return;
    if (performance.now() - started > 180_000) throw new Error(`${what} was not healthy after 3 minutes`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs `pnpm start` (install check, build check, serve) with its own data folder; the time to a healthy /healthz. */
async function timePnpmStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('pnpm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await waitHealthy(child, port, started, '`pnpm start`');
    return performance.now() - started;
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

async function login(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`,
      variables: { e: email, p: PASSWORD },
    }),
  });
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

async function gql(base: string, cookie: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/**
 * The bench's own PostgreSQL processes: its postmaster (from `postmaster.pid`) and that
 * postmaster's children (backends, writers), not the other clusters on a shared machine.
 */
function clusterPids(dataDir: string): number[] {
  const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

/** CPU time (ms) used so far by each of these processes, or by each PostgreSQL process when `pids` is 'postgres'. */
function cpuMs(pids: number[] | 'postgres'): Map<number, number> {
  const list =
    pids === 'postgres'
      ? readdirSync('/proc')
          .filter((d) => /^\d+$/.test(d))
          .filter((d) => {
            try {
              return readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'postgres';
            } catch {
              return false;
            }
          })
          .map(Number)
      : pids;
  const used = new Map<number, number>();
  for (const pid of list) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      used.set(pid, (Number(fields[11]) + Number(fields[12])) * 10); // utime + stime, 100 ticks a second
    } catch {
      // the process ended
    }
  }
  return used;
}

/** CPU used between two readings, by processes alive at the second (a process that ended in between is not counted). */
const cpuSince = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

function cannon(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ ...opts, duration: DURATION }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const AGENDA_QUERY = `query ($id: ID!) { meeting(id: $id) { id status seq items { id position kind title reason personRestricted notes notesVersion decisions decisionsVersion systemBarrier
  person { id displayName pronouns access { basis sections } } actions { id title status dueDate owner { name } } } } }`;

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'casehuddle-bench-'));
  chmodSync(dir, 0o755);
  const pgDir = path.join(dir, 'pg');
  const db = await startEmbeddedDatabase(pgDir, undefined, {
    settings: profile
      ? ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all', 'pg_stat_statements.track_planning=on']
      : [],
  });
  if (profile) {
    rmSync(PROFILE_DIR, { recursive: true, force: true });
    mkdirSync(PROFILE_DIR, { recursive: true });
  }
  const processes: ChildProcess[] = [];
  try {
    await db.ensureDatabase('bench');
    const url = db.urlFor('bench');
    // Seeding 50,000 people may take longer than any request may: no bounds for this set-up connection.
    const ds = createAppDataSource({ url, poolSize: 4, timeouts: { statementMs: 0, lockMs: 0, idleInTransactionMs: 0 } });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    console.log('Seeding: a meeting of 30 items (each with a person, needs, an agreement and 5 actions) and 50,000 people…');
    const hash = await hashPassword(PASSWORD);
    const [org] = await ds.query(
      `INSERT INTO organisation (name, kind, council_area) VALUES ('Bench Charity', 'CHARITY', 'Benchshire') RETURNING id`,
    );
    const [partner] = await ds.query(
      `INSERT INTO organisation (name, kind, council_area) VALUES ('Bench Housing', 'COUNCIL_HOUSING', 'Benchshire') RETURNING id`,
    );
    const [chair] = await ds.query(
      `INSERT INTO app_user (name, email, organisation_id, role, password_hash) VALUES ('Bench Chair', 'chair@bench.test', $1, 'COORDINATOR', $2) RETURNING id`,
      [org.id, hash],
    );
    await ds.query(
      `INSERT INTO app_user (name, email, organisation_id, role, password_hash) SELECT 'Member ' || n, 'member' || n || '@bench.test', $1, 'PRACTITIONER', $2 FROM generate_series(1, 500) n`,
      [partner.id, hash],
    );
    // 50,000 people owned by the chair's organisation, with names, dates of birth and NHS-like numbers.
    await ds.query(
      `INSERT INTO person (owning_organisation_id, legal_name, date_of_birth, council_area, crn, created_by)
       SELECT $1, (ARRAY['Aaron','Bethany','Callum','Dionne','Eamon','Fern','Gareth','Hollie','Imran','Jade'])[1 + n % 10] || ' ' ||
                  (ARRAY['Ashworth','Birch','Carver','Doyle','Ellison','Fletcher','Gallagher','Hewitt','Iqbal','Jennings','Kelly','Lowe'])[1 + (n / 10) % 12] || ' ' || n,
              date '1960-01-01' + (n % 15000), 'Benchshire', 'B' || lpad(n::text, 6, '0'), $2
         FROM generate_series(1, 50000) n`,
      [org.id, chair.id],
    );
    await ds.query(
      `INSERT INTO person_need (person_id, domain) SELECT p.id, d FROM (SELECT id FROM person ORDER BY crn LIMIT 30) p, unnest(ARRAY['ACCOMMODATION','FINANCE_AND_ID','HEALTH','EDUCATION_SKILLS_WORK']) d`,
    );
    const [huddle] = await ds.query(
      `INSERT INTO huddle (name, council_area, created_by) VALUES ('Bench huddle', 'Benchshire', $1) RETURNING id`,
      [chair.id],
    );
    await ds.query(`INSERT INTO huddle_member (huddle_id, organisation_id) VALUES ($1, $2), ($1, $3)`, [huddle.id, org.id, partner.id]);
    await ds.query(`INSERT INTO huddle_chair (huddle_id, user_id) VALUES ($1, $2)`, [huddle.id, chair.id]);
    const [meeting] = await ds.query(`INSERT INTO meeting (huddle_id, starts_at, status) VALUES ($1, now(), 'LIVE') RETURNING id`, [
      huddle.id,
    ]);
    const items: Array<{ id: string; person_id: string }> = await ds.query(
      `INSERT INTO agenda_item (meeting_id, position, kind, person_id, title, reason, notes, created_by)
       SELECT $1, row_number() OVER (), 'RAISED', p.id, 'Review', 'Weekly review', 'Notes so far', $2 FROM (SELECT id FROM person ORDER BY crn LIMIT 30) p
       RETURNING id, person_id`,
      [meeting.id, chair.id],
    );
    await ds.query(
      `INSERT INTO sharing_agreement (person_id, organisation_ids, sections, agreed_on, expires_on, recorded_by)
       SELECT person_id, ARRAY[$1::uuid], ARRAY['STORY','NEEDS','CONTACT'], current_date, current_date + 300, $2 FROM unnest($3::uuid[]) person_id`,
      [partner.id, chair.id, items.map((i) => i.person_id)],
    );
    await ds.query(
      `INSERT INTO action (title, person_id, owner_user_id, owner_organisation_id, due_date, created_by, huddle_id, meeting_id, agenda_item_id)
       SELECT 'Action ' || k, i.person_id, $1, $2, current_date + k, $1, $3, $4, i.id FROM jsonb_to_recordset($5::jsonb) AS i(id uuid, person_id uuid), generate_series(1, 5) k`,
      [chair.id, org.id, huddle.id, meeting.id, JSON.stringify(items)],
    );
    await ds.query(`ANALYZE`);
    if (profile) await ds.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);

    // --- start-up -------------------------------------------------------------------------
    const ports = [await freePort(), await freePort()];
    const started = await Promise.all(ports.map((port) => startServer(url, port)));
    processes.push(...started.map((s) => s.child));
    record('Start-up: server process to healthy /healthz (built, migrated)', ms(Math.max(...started.map((s) => s.startMs))), '≤ 10 s');
    const base = `http://127.0.0.1:${ports[0]}`;
    const cookie = await login(base, 'chair@bench.test');
    const check = (await gql(base, cookie, AGENDA_QUERY, { id: meeting.id })) as { meeting: { items: unknown[] } };
    if (check.meeting.items.length !== 30) throw new Error('The bench meeting does not have 30 items');
    if (runs('lighthouse'))
      await runLighthouse({ base, cookie, meetingId: meeting.id, dist: path.join(ROOT, 'packages/client/dist'), record });

    // --- 1. agenda query vs a hand-written baseline ---------------------------------------
    if (runs('agenda')) {
      const body = JSON.stringify({ query: AGENDA_QUERY, variables: { id: meeting.id } });
      // Idle connections are kept, so that PostgreSQL's CPU can be counted across each step.
      const pool = new pg.Pool({ connectionString: url, max: 20, idleTimeoutMillis: 0 });
      const baseline = createServer(async (_req, res) => {
        if (pool.ending) return res.end();
        const { rows: agenda } = await pool.query(
          `SELECT i.id, i.position, i.kind, i.title, i.reason, i.notes, i.notes_version, i.decisions, i.decisions_version, i.system_barrier,
                p.id AS person_id, coalesce(p.preferred_name, p.legal_name) AS display_name, p.pronouns,
                (SELECT json_agg(json_build_object('id', a.id, 'title', a.title, 'status', a.status, 'dueDate', a.due_date, 'owner', u.name))
                   FROM action a JOIN app_user u ON u.id = a.owner_user_id WHERE a.agenda_item_id = i.id) AS actions,
                (SELECT array_agg(DISTINCT s) FROM sharing_agreement sa, unnest(sa.sections) s WHERE sa.person_id = p.id) AS sections
           FROM agenda_item i LEFT JOIN person p ON p.id = i.person_id WHERE i.meeting_id = $1 ORDER BY i.position`,
          [meeting.id],
        );
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { meeting: { id: meeting.id, items: agenda } } }));
      });
      const baselinePort = await freePort();
      await new Promise<void>((r) => baseline.listen(baselinePort, '127.0.0.1', () => r()));
      const stats = profile ? new pg.Pool({ connectionString: url, max: 1 }) : undefined;
      for (const connections of [1, 16, 64]) {
        await stats?.query('SELECT pg_stat_statements_reset()');
        const cpuBefore = { server: cpuMs([started[0]!.child.pid!]), postgres: cpuMs('postgres'), cluster: cpuMs(clusterPids(pgDir)) };
        const g = await cannon({
          url: `${base}/graphql`,
          method: 'POST',
          connections,
          body,
          headers: { 'content-type': 'application/json', cookie },
        });
        const perRequest = (after: Map<number, number>, before: Map<number, number>) =>
          (cpuSince(before, after) / g.requests.total).toFixed(1);
        record(
          `Agenda at ${connections}: CPU per GraphQL request, server / PostgreSQL`,
          `${perRequest(cpuMs([started[0]!.child.pid!]), cpuBefore.server)} ms / ${perRequest(cpuMs(clusterPids(pgDir)), cpuBefore.cluster)} ms (every postgres on the machine: ${perRequest(cpuMs('postgres'), cpuBefore.postgres)} ms)`,
        );
        if (stats) {
          console.log(`\nPostgreSQL statements by total time (GraphQL agenda, ${connections} client(s), ${g.requests.total} requests):`);
          for (const line of await topStatements(stats, 8)) console.log(line);
        }
        const b = await cannon({ url: `http://127.0.0.1:${baselinePort}/`, connections });
        record(`Agenda (30 items): GraphQL at ${connections} client(s): p50 / p99`, `${ms(g.latency.p50)} / ${ms(g.latency.p99)}`);
        record(`Agenda: baseline at ${connections} client(s): p50 / p99`, `${ms(b.latency.p50)} / ${ms(b.latency.p99)}`);
        record(
          `Agenda: GraphQL / baseline p99 at ${connections}`,
          `${ms(g.latency.p99)} / ${ms(b.latency.p99)} = ${(g.latency.p99 / b.latency.p99).toFixed(1)}×`,
          connections === 16 ? '≤ 2×' : '',
        );
        record(
          `Agenda: GraphQL / baseline throughput at ${connections}`,
          `${g.requests.average.toFixed(0)} / ${b.requests.average.toFixed(0)} req/s = ${(g.requests.average / b.requests.average).toFixed(2)}`,
          '≥ 0.5',
        );
        if (g.non2xx || g.errors) record(`  (GraphQL errors at ${connections})`, `${g.non2xx} non-2xx, ${g.errors} errors`);
      }
      baseline.closeAllConnections();
      await new Promise<void>((r) => baseline.close(() => r()));
      await pool.end();
      await stats?.end();
      // prettier-ignore
      await compareAgenda({ argv: process.argv, self: { pid: started[0]!.child.pid!, base, cookie }, start: async (main) => { const port = await freePort(); return { child: (await startServer(urlForBuild(main, url), port, main)).child, base: `http://127.0.0.1:${port}` }; }, login: (b) => login(b, 'chair@bench.test'), postgresCpuMs: () => [...cpuMs(clusterPids(pgDir)).values()].reduce((a, b) => a + b, 0), body, rounds: quick ? 3 : 12, record });
    }

    // --- 2. live fan-out across two processes ----------------------------------------------
    if (runs('fanout')) {
      if (runs('agenda')) {
        // Fresh processes, so that the memory measured is the connections', not the agenda load's.
        for (const s of started) s.child.kill('SIGTERM');
        await Promise.all(started.map((s) => (s.child.exitCode === null ? new Promise((r) => s.child.once('exit', r)) : undefined)));
        const again = await Promise.all(ports.map((port) => startServer(url, port)));
        started.splice(0, started.length, ...again);
        processes.push(...again.map((s) => s.child));
      }
      const memberCookies: string[] = [];
      for (let i = 1; i <= 500; i++) memberCookies.push(await login(`http://127.0.0.1:${ports[i % 2]}`, `member${i}@bench.test`));
      const rss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
      const edit_ = async (text: string) => {
        const [item] = (await ds.query(`SELECT id, notes_version FROM agenda_item WHERE id = $1`, [items[0]!.id])) as Array<{
          id: string;
          notes_version: number;
        }>;
        await gql(base, cookie, `mutation ($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id } }`, {
          input: { itemId: item!.id, field: 'NOTES', expectedVersion: item!.notes_version, text },
        });
      };
      await edit_('Before the fan-out'); // so that the log has an event to replay as a readiness check
      for (const subscribers of FANOUT) {
        const before = started.map((s) => rss(s.child.pid!));
        // Each subscriber asks to replay the last stored event: its arrival shows the subscription is live.
        const { seq } = ((await ds.query(`SELECT seq FROM meeting WHERE id = $1`, [meeting.id])) as Array<{ seq: string }>)[0]!;
        const deliveries: number[] = [];
        const saveAt = new Map<number, number>();
        const perEdit: Record<number, number[]> = {};
        let live = 0;
        const errors: string[] = [];
        const closed: string[] = [];
        let presence = 0;
        // Receivers in two worker threads, so that reading 500 messages is not itself the bottleneck.
        const workers = [0, 1].map((w) => {
          const worker = new Worker(new URL('./subscribers.mjs', import.meta.url), {
            workerData: {
              // Past 500 subscribers, members hold several connections each (as with several tabs).
              cookies: Array.from({ length: subscribers }, (_, i) => memberCookies[i % memberCookies.length]!).filter(
                (_, i) => i % 2 === w,
              ),
              urls: ports.map((p) => `ws://127.0.0.1:${p}/graphql`),
              meetingId: meeting.id,
              afterSeq: Number(seq) - 1,
            },
          });
          worker.on('message', (m: Received) => {
            if (m.live) live++;
            else if (m.presence) presence++;
            else if (m.error) errors.push(m.error);
            else if (m.closed) closed.push(m.closed);
            else if (m.type === 'ITEM_CHANGED' && saveAt.has(m.seq!)) {
              deliveries.push(m.delivered! - saveAt.get(m.seq!)!);
              if (process.env.BENCH_DEBUG) (perEdit[m.seq!] ??= []).push(m.delivered! - saveAt.get(m.seq!)!);
            }
          });
          return worker;
        });
        const connectBy = performance.now() + 60_000;
        while (live < subscribers && performance.now() < connectBy) await new Promise((r) => setTimeout(r, 50));
        if (live < subscribers) record(`  (only ${live} of ${subscribers} subscriptions went live: ${errors[0] ?? 'no error'})`, '');
        await new Promise((r) => setTimeout(r, 1_000));
        const after = started.map((s) => rss(s.child.pid!));
        // Two untimed edits first (warm code paths), then several timed ones, a moment apart;
        // each delivery is timed from the start of its own save.
        for (let warm = 0; warm < 2; warm++) {
          await edit_(`Warm-up ${warm} at ${subscribers}`);
          await new Promise((r) => setTimeout(r, 300));
        }
        for (let edit = 0; edit < EDITS; edit++) {
          const current = Number(
            ((await ds.query(`SELECT seq FROM meeting WHERE id = $1`, [meeting.id])) as Array<{ seq: string }>)[0]!.seq,
          );
          const expected = deliveries.length + subscribers;
          saveAt.set(current + 1, performance.timeOrigin + performance.now());
          await edit_(`Edit ${edit} at ${subscribers}`);
          const deadline = performance.now() + 10_000;
          while (deliveries.length < expected && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
          await new Promise((r) => setTimeout(r, 300));
        }
        if (process.env.BENCH_DEBUG) console.log(`  presence events delivered during the round: ${presence}`);
        if (process.env.BENCH_DEBUG)
          for (const [seq, times] of Object.entries(perEdit))
            console.log(`  edit ${seq}: first ${ms(Math.min(...times))}, p50 ${ms(pct(times, 50))}, last ${ms(Math.max(...times))}`);
        record(
          `Fan-out: an edit to ${subscribers} subscribers on 2 processes: p50 / p99`,
          `${ms(pct(deliveries, 50))} / ${ms(pct(deliveries, 99))} (${deliveries.length} of ${EDITS * subscribers} deliveries)`,
          subscribers === 500 ? 'p99 ≤ 100 ms' : subscribers === 2000 ? 'p99 ≤ 150 ms' : '',
        );
        fanoutCurve.push([
          String(subscribers),
          `${ms(pct(deliveries, 50))} / ${ms(pct(deliveries, 99))}`,
          `${deliveries.length} of ${EDITS * subscribers}`,
        ]);
        if (errors.length || closed.length)
          record(
            `  (${subscribers}: ${errors.length} error answer(s), ${closed.length} socket(s) closed by the server)`,
            [errors[0], closed[0]].filter(Boolean).join('; ').slice(0, 300),
          );
        const perConnection = (after.reduce((a, b) => a + b, 0) - before.reduce((a, b) => a + b, 0)) / subscribers;
        record(`Memory per idle subscribed connection (${subscribers})`, `${(perConnection / 1024).toFixed(0)} KiB`);
        await Promise.all(workers.map((w) => new Promise((r) => (w.once('exit', r), w.postMessage('close')))));
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    if (runs('live'))
      await benchLiveText({
        ds,
        ports,
        meetingId: meeting.id,
        itemIds: [items[1]!.id, items[2]!.id],
        emails: Array.from({ length: 30 }, (_, i) => `member${i + 1}@bench.test`),
        password: PASSWORD,
        quick,
        record,
      });
    // --- 3. person search over 50,000 people -------------------------------------------------
    if (runs('search')) {
      // The agenda run wrote tens of thousands of audit rows; settle the tables first, so that
      // autovacuum waking up mid-measurement is not what gets measured.
      await ds.query('VACUUM ANALYZE');
      const searches: Array<[string, () => Record<string, unknown>]> = [
        ['name with a typo', () => ({ name: `Dionne Dolye ${Math.floor(Math.random() * 50000)}` })],
        [
          'date of birth',
          () => ({ dateOfBirth: new Date(Date.UTC(1960, 0, 1 + Math.floor(Math.random() * 15000))).toISOString().slice(0, 10) }),
        ],
        ['identifier (CRN)', () => ({ identifier: `B${String(1 + Math.floor(Math.random() * 50000)).padStart(6, '0')}` })],
      ];
      for (const [label, input] of searches) {
        const times: number[] = [];
        for (let i = 0; i < 20; i++)
          await gql(base, cookie, `query ($s: PeopleSearchInput!) { people(search: $s) { id displayName } }`, { s: input() });
        for (let i = 0; i < (quick ? 40 : 300); i++) {
          const t = performance.now();
          await gql(base, cookie, `query ($s: PeopleSearchInput!) { people(search: $s) { id displayName } }`, { s: input() });
          times.push(performance.now() - t);
        }
        record(
          `Search 50,000 people by ${label}: p50 / p99`,
          `${ms(pct(times, 50))} / ${ms(pct(times, 99))}`,
          label === 'name with a typo' ? 'p99 ≤ 20 ms' : 'p99 ≤ 30 ms',
        );
      }
    }
    await ds.destroy();

    // --- "already known?" matching, on its own database of realistic names ----------------------
    if (runs('matching')) {
      await db.ensureDatabase('matching');
      const matchingDs = createAppDataSource({
        url: db.urlFor('matching'),
        poolSize: 4,
        timeouts: { statementMs: 0, lockMs: 0, idleInTransactionMs: 0 },
      });
      await matchingDs.initialize();
      await matchingDs.runMigrations({ transaction: 'each' });
      await benchMatching(matchingDs, record, { people: 50_000, registrations: quick ? 500 : 3_000 });
      await matchingDs.destroy();
    }

    // --- 4. `pnpm start`, as a user runs it (installed and built) -------------------------------
    if (runs('start')) {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'casehuddle-start-'));
      chmodSync(dataDir, 0o755);
      try {
        const first = await timePnpmStart(dataDir);
        record('Start-up: `pnpm start` to healthy /healthz, first time (new database, demo data)', ms(first), '≤ 10 s');
        const again = await timePnpmStart(dataDir);
        record('Start-up: `pnpm start` to healthy /healthz, again', ms(again), '≤ 10 s');
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }

    // --- 4. client bundle (a full run only: `--only` runs may have no client build) ------------
    if (!only) {
      const dist = path.join(ROOT, 'packages/client/dist');
      const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
      const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
      const gz = initial.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dist, file))).length, 0);
      record('Client initial JavaScript, gzipped', `${(gz / 1024).toFixed(0)} KB (${initial.length} file(s))`, '≤ 250 KB');
    }
    void readdirSync;
  } finally {
    for (const child of processes) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1_000));
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  if (scaleArg)
    await benchScale({
      root: ROOT,
      quick,
      people: (scaleArg.split('=')[1] ?? '50k,100k,250k,1m')
        .split(',')
        .filter((s) => s && s !== 'none')
        .map(parseSize),
      audit: (process.argv.find((a) => a.startsWith('--scale-audit='))?.slice(14) ?? '1m,10m,50m')
        .split(',')
        .filter((s) => s && s !== 'none')
        .map(parseSize),
      extra: fanoutCurve.length
        ? [
            {
              title: 'Fan-out of one edit on 2 processes: subscribers → p50 / p99',
              columns: ['subscribers', 'p50 / p99', 'deliveries'],
              rows: fanoutCurve,
            },
          ]
        : [],
    });
  // `--export-stream[=rows]`: the subject access export of the busiest person, GraphQL against the streamed download
  // (export-stream.ts; BENCH_EXPORT=graphql or stream measures one of them).
  const exportArg = process.argv.find((a) => a === '--export-stream' || a.startsWith('--export-stream='));
  if (exportArg)
    await benchExportStream({
      root: ROOT,
      quick,
      rows: exportArg.includes('=') ? parseSize(exportArg.split('=')[1]!) : undefined,
      only: process.env.BENCH_EXPORT === 'graphql' || process.env.BENCH_EXPORT === 'stream' ? process.env.BENCH_EXPORT : undefined,
    });
  if (profile) {
    console.log('\nServer CPU profiles (' + PROFILE_DIR + '):');
    for (const line of summariseCpuProfiles(PROFILE_DIR)) console.log(line);
  }
  if (only || profile) return;

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const machine = `${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL 18 (embedded)`;
  const date = new Date().toISOString().slice(0, 10);
  let commit = '';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
  } catch {
    commit = 'unknown';
  }
  const table = ['| measure | figure | aim |', '|---|---|---|', ...rows.map((r) => `| ${r.measure} | ${r.figure} | ${r.aim} |`)].join('\n');
  // The figures go between the markers; what is written around them (the analysis) is kept.
  const file = path.join(ROOT, 'docs/performance.md');
  const generated =
    `<!-- bench:start -->\nWritten by \`pnpm bench\`${quick ? ' (quick run)' : ''} on ${date} at commit ${commit}.\n\nMachine: ${machine}. Everything runs on loopback against the production build; ` +
    `each load step runs ${DURATION} s with autocannon. The baseline answers the same agenda with one hand-written SQL statement and \`JSON.stringify\`.\n\n${table}\n<!-- bench:end -->`;
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const text = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/.test(previous)
    ? previous.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, () => generated)
    : `# Performance\n\n${generated}\n`;
  // Formatted as the repository's Prettier would, so that `pnpm lint` stays clean.
  const prettier = await import('prettier').catch(() => undefined);
  writeFileSync(file, prettier ? await prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file }) : text);
  console.log('\nWrote docs/performance.md');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
