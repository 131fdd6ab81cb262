/**
 * `pnpm bench -- --export-stream[=1.36m]`: the subject access export for the busiest person of
 * the 50-million-row audit trail (1,357,844 rows about one person), old and new side by side:
 * the `exportPerson` GraphQL query (the whole document in one answer) and the streamed download
 * (`GET /exports/subject-access/:personId`). For each: time to the first byte, total time, the
 * answer's size and the server's peak memory (resident set) while it answers.
 *
 * Seeding 50 million rows takes 20 minutes, so this seeds only what the busiest person's export
 * reads: their rows, month by month over two years in the monthly partitions, beside rows about
 * 20,000 other people (so that the person's rows are a fraction of the table, as at 50 million, and
 * PostgreSQL plans index scans rather than a scan of everything), and a typical person with 100 rows.
 * Seeded once into .data/bench-export and reused (pending migrations are applied first).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@casehuddle/server/dist/core/embedded-db.js';
import { hashPassword } from '@casehuddle/server/dist/modules/auth/password.js';
import { dataSource, PASSWORD, serve } from './scale.js';

const DAYS = 730;
const OTHERS = 20_000;

const ms = (n: number) => `${n.toFixed(0)} ms`;
const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;

type Ds = Awaited<ReturnType<typeof dataSource>>;

async function seeded(url: string, rows: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return false;
  }
  try {
    const found = await client.query(`SELECT 1 FROM bench_export_seed WHERE size = $1`, [rows]).catch(() => undefined);
    return Boolean(found?.rowCount);
  } finally {
    await client.end();
  }
}

/** An organisation with a manager, the busiest person with `rows` audit rows, a typical one with 100, and others' rows around them. */
async function seed(db: EmbeddedDatabase, name: string, rows: number): Promise<void> {
  const admin = new pg.Client({ connectionString: db.urlFor('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
  await admin.end();
  await db.ensureDatabase(name);
  const ds: Ds = await dataSource(db.urlFor(name));
  try {
    const [org] = (await ds.query(
      `INSERT INTO organisation (name, kind, council_area) VALUES ('Export organisation', 'PROBATION', 'Scaleshire') RETURNING id`,
    )) as Array<{ id: string }>;
    const [manager] = (await ds.query(
      `INSERT INTO app_user (name, email, organisation_id, role, password_hash) VALUES ('Export manager', 'manager@export.test', $1, 'MANAGER', $2) RETURNING id`,
      [org!.id, await hashPassword(PASSWORD)],
    )) as Array<{ id: string }>;
    await ds.query(
      `INSERT INTO app_user (name, email, organisation_id, role, password_hash)
       SELECT 'Export user ' || n, 'user' || n || '@export.test', $1, 'PRACTITIONER', 'x' FROM generate_series(1, 199) n`,
      [org!.id],
    );
    await ds.query(
      `INSERT INTO person (owning_organisation_id, legal_name, date_of_birth, council_area, crn, situation_kind, created_by)
       SELECT $1, 'Export person ' || n, date '1980-01-01' + n, 'Scaleshire', 'E' || lpad(n::text, 6, '0'), 'COMMUNITY', $2
         FROM generate_series(0, $3) n`,
      [org!.id, manager!.id, OTHERS + 1],
    );
    // Two years of monthly partitions in place of the new database's one partition for the past (which holds no rows yet).
    const parts = (await ds.query(
      `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_event'::regclass AND c.relname LIKE 'audit_event_before_y%'`,
    )) as Array<{ relname: string }>;
    for (const { relname } of parts) {
      await ds.query(`ALTER TABLE audit_event DETACH PARTITION ${relname}`);
      await ds.query(`DROP TABLE ${relname}`);
    }
    await ds.query(
      `SELECT audit_ensure_partition((date_trunc('month', now() AT TIME ZONE 'UTC') - make_interval(months => m))::date) FROM generate_series(0, 25) m`,
    );
    await ds.query(
      `CREATE TABLE bench_export_actor AS SELECT (row_number() OVER (ORDER BY email) - 1)::int AS k, id, name, role FROM app_user`,
    );
    await ds.query(
      `CREATE TABLE bench_export_person AS SELECT (row_number() OVER (ORDER BY crn) - 1)::int AS k, id FROM person WHERE crn <> 'E000000' AND crn <> 'E000001'`,
    );
    const started = performance.now();
    // A month at a time, in time order as rows are written: the busiest person's rows, and as many about others.
    const [clock] = (await ds.query(`SELECT now() AS now`)) as Array<{ now: Date }>;
    const now = clock!.now;
    const start = new Date(now.getTime() - DAYS * 86_400_000);
    for (let m = 25; m >= 0; m--) {
      const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - m, 1));
      const bounds = {
        lower: new Date(Math.max(monthStart.getTime(), start.getTime())),
        upper: new Date(Math.min(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - m + 1, 1), now.getTime())),
      };
      const span = bounds.upper.getTime() - bounds.lower.getTime();
      if (span <= 0) continue;
      const n = Math.round((rows * span) / (DAYS * 86_400_000));
      for (const who of ['busiest', 'others'] as const) {
        await ds.query(
          `INSERT INTO audit_event (at, action, person_id, actor_id, actor_name, actor_role, actor_organisation_id, actor_organisation_name, sections, purpose)
           SELECT $1::timestamptz + make_interval(secs => (g::float8 / $3) * $4), CASE WHEN g % 10 < 7 THEN 'READ' ELSE 'SEARCH' END,
                  ${who === 'busiest' ? `(SELECT id FROM person WHERE crn = 'E000000')` : 'p.id'}, u.id, u.name, u.role, $5, 'Export organisation',
                  ARRAY['STORY','NEEDS'], CASE WHEN g % 10 < 7 THEN 'Agenda' ELSE 'Search' END
             FROM generate_series(0, $2::int - 1) g
             JOIN bench_export_actor u ON u.k = g % 200
             ${who === 'busiest' ? '' : `JOIN bench_export_person p ON p.k = (g * 7919) % ${OTHERS}`}`,
          [bounds.lower, n, n, span / 1000, org!.id],
        );
      }
      process.stdout.write(`\r  audit rows: month ${26 - m} of 26 (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
    process.stdout.write('\n');
    // The typical person: 100 rows over the two years.
    await ds.query(
      `INSERT INTO audit_event (at, action, person_id, actor_id, actor_name, actor_role, actor_organisation_id, actor_organisation_name, sections, purpose)
       SELECT now() - make_interval(days => g * 7), 'READ', (SELECT id FROM person WHERE crn = 'E000001'), $1, 'Export manager', 'MANAGER', $2,
              'Export organisation', ARRAY['STORY'], 'Agenda'
         FROM generate_series(0, 99) g`,
      [manager!.id, org!.id],
    );
    await ds.query(`DROP TABLE bench_export_actor, bench_export_person`);
    await ds.query(`VACUUM ANALYZE`);
    await ds.query(`CREATE TABLE bench_export_seed (size bigint PRIMARY KEY)`);
    await ds.query(`INSERT INTO bench_export_seed VALUES ($1)`, [rows]);
  } finally {
    await ds.destroy();
  }
}

/** CPU time (user + system) of a process, in ms, from /proc (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** CPU time of the PostgreSQL backends serving `database` (their process titles name it). */
function databaseCpuMs(database: string): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(` ${database} `)) total += cpuMs(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return total;
}

/** The server's resident memory, in bytes. */
const rss = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

interface Timing {
  firstByteMs: number;
  totalMs: number;
  bytes: number;
  peakRss: number;
  serverCpuMs: number;
  databaseCpuMs: number;
}

/** Reads an answer as a client would, without parsing it: when its first byte came, when its last, how big it was, and the server's peak memory meanwhile. */
async function measure(pid: number, database: string, request: () => Promise<Response>): Promise<Timing> {
  let peakRss = rss(pid);
  const cpuBefore = { server: cpuMs(pid), database: databaseCpuMs(database) };
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rss(pid))), 50);
  const started = performance.now();
  try {
    const response = await request();
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`);
    let firstByteMs = NaN;
    let bytes = 0;
    let head = '';
    for await (const chunk of response.body) {
      if (bytes === 0) firstByteMs = performance.now() - started;
      if (head.length < 20) head += new TextDecoder().decode(chunk.slice(0, 20));
      bytes += chunk.byteLength;
    }
    if (head.includes('"errors"')) throw new Error(`The answer is an error: ${head}`);
    const totalMs = performance.now() - started;
    // Backends outlive the request (the pool keeps them), so their CPU is read after it.
    return {
      firstByteMs,
      totalMs,
      bytes,
      peakRss,
      serverCpuMs: cpuMs(pid) - cpuBefore.server,
      databaseCpuMs: databaseCpuMs(database) - cpuBefore.database,
    };
  } finally {
    clearInterval(sampler);
  }
}

export interface ExportStreamOptions {
  root: string;
  quick: boolean;
  /** Audit rows about the busiest person (1,357,844 at 50 million rows). */
  rows?: number;
  /** Measure one way only (BENCH_EXPORT=graphql or stream), to compare a change to one of them. */
  only?: 'graphql' | 'stream';
}

/** Seeds (once) and measures; returns the results as a Markdown table. */
export async function benchExportStream(opts: ExportStreamOptions): Promise<string> {
  const rows = opts.rows ?? 1_357_844;
  const dir = path.join(opts.root, '.data/bench-export');
  mkdirSync(dir, { recursive: true });
  const db = await startEmbeddedDatabase(path.join(dir, 'pg'), undefined, {
    settings: ['shared_buffers=512MB', 'maintenance_work_mem=512MB', 'max_wal_size=8GB', 'checkpoint_timeout=30min', 'work_mem=32MB'],
  });
  const name = 'export_busiest';
  const url = db.urlFor(name);
  const lines: string[][] = [];
  try {
    if (!(await seeded(url, rows))) {
      console.log(`Seeding ${rows.toLocaleString('en-GB')} audit rows about one person (once; kept in .data/bench-export)…`);
      const t = performance.now();
      await seed(db, name, rows);
      console.log(`  seeded in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    } else {
      await (await dataSource(url)).destroy();
    }
    const ds = await dataSource(url);
    const people = (await ds.query(
      `SELECT crn, id, (SELECT count(*)::int FROM audit_event a WHERE a.person_id = p.id) AS n FROM person p WHERE crn IN ('E000000', 'E000001') ORDER BY crn`,
    )) as Array<{ crn: string; id: string; n: number }>;
    await ds.destroy();
    const [busiest, typical] = people;
    for (const [who, person] of [
      ['busiest', busiest!],
      ['typical', typical!],
    ] as const) {
      for (const way of ['GraphQL exportPerson', 'streamed download'] as const) {
        if (opts.only && (way === 'GraphQL exportPerson') !== (opts.only === 'graphql')) continue;
        // The old way takes about two minutes for the busiest person: once is enough to see it.
        const samples = who === 'typical' ? (opts.quick ? 5 : 20) : way === 'GraphQL exportPerson' || opts.quick ? 1 : 3;
        // A fresh server for each, so that its peak memory is its own.
        const server = await serve(opts.root, url, {
          email: 'manager@export.test',
          // The GraphQL export refuses trails this long by default; here it is measured as it was.
          env: { EXPORT_GRAPHQL_MAX_AUDIT_ENTRIES: String(1e9) },
        });
        try {
          const call = () =>
            way === 'GraphQL exportPerson'
              ? fetch(`${server.base}/graphql`, {
                  method: 'POST',
                  headers: { 'content-type': 'application/json', cookie: server.cookie },
                  body: JSON.stringify({ query: `query ($p: ID!) { exportPerson(personId: $p) }`, variables: { p: person.id } }),
                })
              : fetch(`${server.base}/exports/subject-access/${person.id}`, {
                  headers: { cookie: server.cookie, 'x-casehuddle-download': '1' },
                });
          const baseline = rss(server.pid);
          const timings: Timing[] = [];
          for (let i = 0; i < samples; i++) timings.push(await measure(server.pid, name, call));
          const median = (f: (t: Timing) => number) => [...timings.map(f)].sort((a, b) => a - b)[Math.floor(timings.length / 2)]!;
          const row = [
            `${who} (${person.n.toLocaleString('en-GB')} audit rows)`,
            way,
            ms(median((t) => t.firstByteMs)),
            ms(median((t) => t.totalMs)),
            mb(timings[0]!.bytes),
            `${mb(baseline)} → ${mb(Math.max(...timings.map((t) => t.peakRss)))}`,
            `${ms(median((t) => t.serverCpuMs))} / ${ms(median((t) => t.databaseCpuMs))}`,
          ];
          lines.push(row);
          console.log(`  ${row.join('  ')}`);
        } finally {
          await server.stop();
        }
      }
    }
  } finally {
    await db.stop();
  }
  const columns = ['person', 'how', 'first byte', 'total', 'size', 'server memory (resident): before → peak', 'CPU: server / PostgreSQL'];
  const table = [`| ${columns.join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`, ...lines.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );
  console.log(`\nSubject access export: GraphQL vs streamed download (medians)\n${table}`);
  return table;
}
