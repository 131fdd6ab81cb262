/**
 * `pnpm bench -- --scale[=50k,100k,250k,1m] [--scale-audit=1m,10m,50m]`: growth curves.
 *
 * Large synthetic data is seeded once, set-based (unnest of generated arrays, generate_series),
 * into its own embedded PostgreSQL under .data/bench-scale, one database per size; a marker
 * table (`bench_scale_seed`) records what each database holds, and later runs reuse it (pending
 * migrations are applied first, so a new index is measured on the old data). Each size is then
 * measured through the production server over GraphQL, and printed as a small table (size →
 * p50 / p99) so that the slope is visible.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createAppDataSource } from '@casehuddle/server/dist/app/data-source.js';
import { freePort, startEmbeddedDatabase, type EmbeddedDatabase } from '@casehuddle/server/dist/core/embedded-db.js';
import { hashPassword } from '@casehuddle/server/dist/modules/auth/password.js';
import { population, rng, typo } from './matching-data.js';
import { seedAuditRows } from './scale-audit.js';

export const PASSWORD = 'bench-password-123';
const ORGS = 10;
const USERS = 200;

type Curve = { title: string; columns: string[]; rows: string[][] };

export const parseSize = (s: string): number => {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`Not a size: ${s} (try 50k or 1m)`);
  return Math.round(Number(m[1]) * (m[2]?.toLowerCase() === 'm' ? 1e6 : m[2]?.toLowerCase() === 'k' ? 1e3 : 1));
};
const label = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n)).replace('.', '_');
const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const p50p99 = (t: number[]) => `${ms(pct(t, 50))} / ${ms(pct(t, 99))}`;

/** Prints a curve as a small table and returns it as Markdown. */
export function printCurve(curve: Curve): string {
  const widths = curve.columns.map((c, i) => Math.max(c.length, ...curve.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(`\n${curve.title}`);
  console.log(line(curve.columns));
  for (const r of curve.rows) console.log(line(r));
  return [
    `**${curve.title}**`,
    '',
    `| ${curve.columns.join(' | ')} |`,
    `|${curve.columns.map(() => '---').join('|')}|`,
    ...curve.rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** The seed marker: which kind and size a database holds, once seeding finished. */
async function seeded(url: string, kind: string, size: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return false;
  }
  try {
    const found = await client.query(`SELECT 1 FROM bench_scale_seed WHERE kind = $1 AND size = $2`, [kind, size]).catch(() => undefined);
    return Boolean(found?.rowCount);
  } finally {
    await client.end();
  }
}

/** A data source on `url`, migrated, without statement or lock time-outs (for seeding). Also used by the export bench. */
export async function dataSource(url: string) {
  const ds = createAppDataSource({ url, poolSize: 2, timeouts: { statementMs: 0, lockMs: 0, idleInTransactionMs: 0 } });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}
type Ds = Awaited<ReturnType<typeof dataSource>>;

/** A fresh database (an unfinished earlier seed is dropped), migrated. */
async function freshDatabase(db: EmbeddedDatabase, name: string): Promise<Ds> {
  const admin = new pg.Client({ connectionString: db.urlFor('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
  await admin.end();
  await db.ensureDatabase(name);
  return dataSource(db.urlFor(name));
}

/** Organisations, users (one MANAGER viewer in the first organisation) and `people` people with realistic names. */
async function seedBase(ds: Ds, people: number, seed: number): Promise<void> {
  const hash = await hashPassword(PASSWORD);
  await ds.query(
    `INSERT INTO organisation (name, kind, council_area)
     SELECT 'Scale organisation ' || n, (ARRAY['CHARITY','COUNCIL_HOUSING','PROBATION','NHS_MENTAL_HEALTH','POLICE'])[1 + n % 5], 'Scaleshire' FROM generate_series(0, $1 - 1) n`,
    [ORGS],
  );
  await ds.query(
    `INSERT INTO app_user (name, email, organisation_id, role, password_hash)
     SELECT 'Scale user ' || n, 'user' || n || '@scale.test', (SELECT id FROM organisation ORDER BY name OFFSET (n % $1) LIMIT 1),
            CASE WHEN n = 0 THEN 'MANAGER' ELSE 'PRACTITIONER' END, $2
       FROM generate_series(0, $3 - 1) n`,
    [ORGS, hash, USERS],
  );
  const orgIds = ((await ds.query(`SELECT id FROM organisation ORDER BY name`)) as Array<{ id: string }>).map((o) => o.id);
  const [viewer] = (await ds.query(`SELECT id FROM app_user WHERE email = 'user0@scale.test'`)) as Array<{ id: string }>;
  // Names, preferred names, dates of birth and areas from the matching bench's population (common
  // names repeat, Zipf-like); a third of family names from a long tail of rarer ones, as in life.
  const random = rng(seed);
  const syllables =
    'ab ad al an ar as bar ber bow brad by car chet dal den dor ell fen ford gar ham har ing ken ley lin low mar mer mond more nash ock ol pen ridge rook sby son stan ter ton vel wick win worth'.split(
      ' ',
    );
  const rare = () => {
    const n = 2 + Math.floor(random() * 2);
    const word = Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const CHUNK = 50_000;
  for (let start = 0; start < people; start += CHUNK) {
    const batch = population(Math.min(CHUNK, people - start), seed * 1000 + start / CHUNK);
    const names = batch.map((p) => (random() < 0.33 ? p.name.replace(/\S+$/, rare()) : p.name));
    await ds.query(
      `INSERT INTO person (owning_organisation_id, legal_name, preferred_name, date_of_birth, council_area, crn, nhs_number, prison_number,
                           situation_kind, release_date, accommodation_status, created_by)
       SELECT ($5::uuid[])[1 + i % ${ORGS}], x.name, x.pref, x.dob, x.area,
              'S' || lpad(i::text, 6, '0'), (9000000000 + i)::text,
              CASE WHEN i % 100 < 10 THEN chr(65 + i % 26) || lpad((i % 10000)::text, 4, '0') || chr(65 + (i / 26) % 26) || chr(65 + (i / 676) % 26) END,
              CASE WHEN i % 100 < 8 THEN 'CUSTODY' WHEN i % 100 < 10 THEN 'HOSPITAL' ELSE 'COMMUNITY' END,
              CASE WHEN i % 100 < 10 THEN current_date + ((i::bigint * 7919) % 540)::int END,
              (ARRAY['SETTLED','SUPPORTED_HOUSING','TEMPORARY','HOSTEL','SOFA_SURFING','ROUGH_SLEEPING','NO_FIXED_ABODE','UNKNOWN'])[1 + i % 8],
              $6
         FROM unnest($1::text[], $2::text[], $3::date[], $4::text[]) WITH ORDINALITY AS x(name, pref, dob, area, k),
              LATERAL (SELECT $7::int + k::int - 1 AS i) ii`,
      [
        names,
        batch.map((p) => p.preferredName),
        batch.map((p) => p.dateOfBirth),
        batch.map((p) => p.councilArea),
        orgIds,
        viewer!.id,
        start,
      ],
    );
    process.stdout.write(`\r  people: ${start + batch.length} of ${people}`);
  }
  process.stdout.write('\n');
  // One in twenty of other organisations' people shared with the viewer's organisation.
  await ds.query(
    `INSERT INTO sharing_agreement (person_id, organisation_ids, sections, agreed_on, expires_on, recorded_by)
     SELECT id, ARRAY[$1::uuid], ARRAY['STORY','NEEDS','CONTACT'], current_date - 30, current_date + 300, $2
       FROM person WHERE owning_organisation_id <> $1 AND substr(crn, 2)::int % 20 = 1`,
    [orgIds[0], viewer!.id],
  );
}

async function finishSeed(ds: Ds, kind: string, size: number) {
  await ds.query(`VACUUM ANALYZE`);
  await ds.query(
    `CREATE TABLE IF NOT EXISTS bench_scale_seed (kind text PRIMARY KEY, size bigint NOT NULL, seeded_at timestamptz NOT NULL DEFAULT now())`,
  );
  await ds.query(`INSERT INTO bench_scale_seed (kind, size) VALUES ($1, $2)`, [kind, size]);
}

/** People, one action each (statuses as a year of huddles leaves them), releases for one in ten. */
async function seedPeople(ds: Ds, people: number): Promise<void> {
  await seedBase(ds, people, 7);
  console.log('  actions…');
  await ds.query(
    `INSERT INTO action (title, person_id, owner_user_id, owner_organisation_id, due_date, status, status_reason, created_by, created_at, updated_at, completed_at)
     SELECT 'Action ' || p.rn, p.id, u.id, u.organisation_id, (now() - make_interval(days => (p.rn % 700)::int))::date + 14, s.status,
            CASE WHEN s.status IN ('NOT_POSSIBLE','NOT_UNDERTAKEN') THEN 'No service available' END,
            u.id, now() - make_interval(days => (p.rn % 700)::int), now() - make_interval(days => (p.rn % 700)::int),
            CASE WHEN s.status = 'DONE' THEN now() - make_interval(days => (p.rn % 700)::int) + make_interval(days => (p.rn % 30)::int) END
       FROM (SELECT id, row_number() OVER () AS rn FROM person) p
       JOIN (SELECT id, organisation_id, row_number() OVER (ORDER BY email) - 1 AS k FROM app_user) u ON u.k = p.rn % ${USERS}
       CROSS JOIN LATERAL (SELECT CASE WHEN p.rn % 100 < 50 THEN 'DONE' WHEN p.rn % 100 < 70 THEN 'OPEN' WHEN p.rn % 100 < 80 THEN 'IN_PROGRESS'
                                       WHEN p.rn % 100 < 81 THEN 'NOT_POSSIBLE' WHEN p.rn % 100 < 83 THEN 'NOT_UNDERTAKEN' ELSE 'CANCELLED' END AS status) s`,
  );
}

/** 50,000 people and `rows` audit rows over the last two years, in monthly partitions, most about a few busy people (scale-audit.ts). */
async function seedAudit(ds: Ds, rows: number): Promise<void> {
  await seedBase(ds, 50_000, 11);
  await seedAuditRows(ds, rows);
}

/**
 * The production server on this database, logged in (by default as the scale data's MANAGER
 * viewer); `env` adds to the server's settings. Also used by the export bench.
 */
export async function serve(root: string, url: string, options: { email?: string; env?: Record<string, string> } = {}) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'packages/server/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      COOKIE_SECURE: 'false',
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      SEED_DEMO_DATA: 'false',
      DATABASE_POOL_SIZE: '10',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error('The server exited before it was healthy');
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (performance.now() - started > 600_000) throw new Error('The server was not healthy after 10 minutes');
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`,
      variables: { e: options.email ?? 'user0@scale.test', p: PASSWORD },
    }),
  });
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return body.data!;
  };
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  };
  /** The answer's bytes only (no JSON.parse here): for answers of hundreds of megabytes, so that the client's parse is not timed. */
  const raw = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const bytes = await response.arrayBuffer();
    const head = new TextDecoder().decode(bytes.slice(0, 10));
    if (head !== '{"data":{"') throw new Error(new TextDecoder().decode(bytes.slice(0, 500)));
    return bytes.byteLength;
  };
  return { base, cookie, pid: child.pid!, gql, raw, stop };
}

/** Times `n` calls (after a few untimed ones). */
async function timed(n: number, call: (i: number) => Promise<unknown>, warm = 5): Promise<number[]> {
  for (let i = 0; i < warm; i++) await call(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await call(i);
    times.push(performance.now() - t);
  }
  return times;
}

const SEARCH = `query ($s: PeopleSearchInput!) { people(search: $s) { id displayName } }`;

export interface ScaleOptions {
  root: string;
  people: number[];
  audit: number[];
  quick: boolean;
  /** Figures measured elsewhere in the run (fan-out), printed as curves too. */
  extra?: Curve[];
}

export async function benchScale(opts: ScaleOptions): Promise<void> {
  const dir = path.join(opts.root, '.data/bench-scale');
  mkdirSync(dir, { recursive: true });
  const db = await startEmbeddedDatabase(path.join(dir, 'pg'), undefined, {
    settings: [
      'shared_buffers=512MB',
      'maintenance_work_mem=512MB',
      'max_wal_size=8GB',
      'checkpoint_timeout=30min',
      'work_mem=32MB',
      // Tables created and loaded in one transaction (the audit seed's months) then skip the WAL.
      'wal_level=minimal',
      'max_wal_senders=0',
    ],
  });
  const samples = opts.quick ? 50 : 200;
  const curves: Curve[] = [];
  const searchRows: string[][] = [];
  const actionRows: string[][] = [];
  const auditRows: string[][] = [];
  const plans: string[] = [];
  try {
    // --- people: search, action summary, release forecast ---------------------------------
    for (const size of opts.people) {
      const name = `people_${label(size)}`.toLowerCase();
      const url = db.urlFor(name);
      if (!(await seeded(url, 'people', size))) {
        console.log(`Seeding ${size.toLocaleString('en-GB')} people and actions into ${name} (once; kept in .data/bench-scale)…`);
        const t = performance.now();
        const ds = await freshDatabase(db, name);
        await seedPeople(ds, size);
        await finishSeed(ds, 'people', size);
        await ds.destroy();
        console.log(`  seeded in ${((performance.now() - t) / 1000).toFixed(0)} s`);
      } else {
        // Pending migrations (a new index, say) are applied to the kept data before measuring.
        const ds = await dataSource(url);
        await ds.destroy();
      }
      const ds = await dataSource(url);
      // People the viewer's organisation holds, to search for as a practitioner would.
      const sample = (await ds.query(
        `SELECT p.legal_name, p.date_of_birth::text AS dob, p.crn FROM person p JOIN app_user u ON u.organisation_id = p.owning_organisation_id
          WHERE u.email = 'user0@scale.test' ORDER BY md5(p.id::text) LIMIT 500`,
      )) as Array<{ legal_name: string; dob: string; crn: string }>;
      const server = await serve(opts.root, url);
      try {
        const random = rng(size);
        const pick = () => sample[Math.floor(random() * sample.length)]!;
        const withTypo = (full: string) => {
          const words = full.split(' ');
          words[words.length - 1] = typo(words[words.length - 1]!.toLowerCase(), random);
          return words.join(' ');
        };
        const cases: Array<[string, () => Record<string, unknown>]> = [
          ['full name, typo in the family name', () => ({ name: withTypo(pick().legal_name) })],
          ['family name only, with a typo', () => ({ name: withTypo(pick().legal_name).split(' ').pop() })],
          ['date of birth', () => ({ dateOfBirth: pick().dob })],
          ['identifier (CRN)', () => ({ identifier: pick().crn })],
        ];
        // The statement alone as well (as the service builds it), to tell PostgreSQL's share from the rest.
        const { peopleSearchSql } = await import('@casehuddle/server/dist/modules/person/person.search.js');
        const [viewer] = (await ds.query(`SELECT id, organisation_id, role FROM app_user WHERE email = 'user0@scale.test'`)) as Array<{
          id: string;
          organisation_id: string;
          role: string;
        }>;
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        // As the service runs it: a statement it plans generically is prepared on a session that does so.
        const generic = new pg.Client({ connectionString: url, options: '-c plan_cache_mode=force_generic_plan' });
        await generic.connect();
        for (const [what, input] of cases) {
          const times = await timed(samples, () => server.gql(SEARCH, { s: input() }));
          const statement = await timed(samples, () => {
            const q = peopleSearchSql({ id: viewer!.id, organisationId: viewer!.organisation_id, role: viewer!.role }, input(), 20);
            return q.genericPlan
              ? generic.query({ name: 'bench_name_search', text: q.sql, values: q.params })
              : client.query(q.sql, q.params);
          });
          searchRows.push([size.toLocaleString('en-GB'), what, p50p99(times), p50p99(statement)]);
          console.log(`  search ${size.toLocaleString('en-GB')} people, ${what}: ${p50p99(times)} (statement alone ${p50p99(statement)})`);
        }
        await client.end();
        await generic.end();
        // Seconds each at a million: fewer samples there (the p99 is then the slowest of them).
        const reports = size >= 500_000 ? 5 : Math.ceil(samples / 10);
        const summary = await timed(
          reports,
          () => server.gql(`{ actionSummary { total open overdue done completionRate medianDaysToComplete barriers { actionId } } }`),
          1,
        );
        const forecast = await timed(
          reports,
          () => server.gql(`{ releaseForecast(months: 12) { months councilAreas cells { councilArea month due } } }`),
          1,
        );
        actionRows.push([size.toLocaleString('en-GB'), p50p99(summary), p50p99(forecast)]);
        console.log(`  actionSummary / releaseForecast at ${size.toLocaleString('en-GB')}: ${p50p99(summary)} | ${p50p99(forecast)}`);
      } finally {
        await server.stop();
      }
      if (size === Math.max(...opts.people)) {
        // The plan of the typo-tolerant name search at the largest size, as the service builds it.
        const { peopleSearchSql } = await import('@casehuddle/server/dist/modules/person/person.search.js');
        const [viewer] = (await ds.query(`SELECT id, organisation_id, role FROM app_user WHERE email = 'user0@scale.test'`)) as Array<{
          id: string;
          organisation_id: string;
          role: string;
        }>;
        for (const input of [
          { name: withTypoFixed(sample[0]!.legal_name) },
          { name: withTypoFixed(sample[1]!.legal_name).split(' ').pop()! },
        ]) {
          const q = peopleSearchSql({ id: viewer!.id, organisationId: viewer!.organisation_id, role: viewer!.role }, input, 20);
          const plan = (await ds.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${q.sql}`, q.params)) as Array<{ 'QUERY PLAN': string }>;
          plans.push(
            `Name search for "${input.name}" over ${size.toLocaleString('en-GB')} people:\n\n\`\`\`\n${plan.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\``,
          );
        }
      }
      await ds.destroy();
    }
    if (searchRows.length)
      curves.push({
        title: 'Person search: people → p50 / p99 (GraphQL, one client; and the statement alone, as the service builds it)',
        columns: ['people', 'search by', 'GraphQL p50 / p99', 'statement alone p50 / p99'],
        rows: searchRows,
      });
    if (actionRows.length)
      curves.push({
        title: 'actionSummary and the release forecast (12 months): people and actions → p50 / p99 (manager, whole partnership)',
        columns: ['people = actions', 'actionSummary', 'releaseForecast'],
        rows: actionRows,
      });

    // --- audit: personAccessLog and insert cost ---------------------------------------------
    for (const size of opts.audit) {
      const name = `audit_${label(size)}`.toLowerCase();
      const url = db.urlFor(name);
      if (!(await seeded(url, 'audit', size))) {
        console.log(`Seeding ${size.toLocaleString('en-GB')} audit rows into ${name} (once; kept in .data/bench-scale)…`);
        const t = performance.now();
        const ds = await freshDatabase(db, name);
        await seedAudit(ds, size);
        await finishSeed(ds, 'audit', size);
        await ds.destroy();
        console.log(`  seeded in ${((performance.now() - t) / 1000).toFixed(0)} s`);
      }
      const ds = await dataSource(url);
      const people = ((await ds.query(`SELECT id FROM person ORDER BY crn`)) as Array<{ id: string }>).map((p) => p.id);
      // The viewer (a manager) may see the access log of its own organisation's people only.
      const own = (
        (await ds.query(
          `SELECT p.id FROM person p JOIN app_user u ON u.organisation_id = p.owning_organisation_id WHERE u.email = 'user0@scale.test' ORDER BY p.crn`,
        )) as Array<{ id: string }>
      ).map((p) => p.id);
      const [busy] = (await ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE person_id = $1`, [people[0]])) as Array<{
        n: number;
      }>;
      const server = await serve(opts.root, url);
      try {
        const random = rng(size);
        const busiest = await timed(Math.ceil(samples / 2), () =>
          server.gql(`query ($p: ID!) { personAccessLog(personId: $p) { id at } }`, { p: people[0] }),
        );
        const typical = await timed(Math.ceil(samples / 2), () =>
          server.gql(`query ($p: ID!) { personAccessLog(personId: $p) { id at } }`, {
            p: own[100 + Math.floor(random() * (own.length - 100))],
          }),
        );
        // A read of one record writes one audit row (after the fold check of recent reads).
        const reads = await timed(samples, () =>
          server.gql(`query ($p: ID!) { person(id: $p) { id displayName } }`, { p: own[Math.floor(random() * own.length)] }),
        );
        // The insert alone: an agenda's 30 rows in one statement, straight to PostgreSQL.
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        const inserts = await timed(samples, () =>
          client.query(
            `INSERT INTO audit_event (action, person_id, actor_id, actor_name, actor_role, sections, purpose)
             SELECT 'READ', p, $2, 'Scale user', 'PRACTITIONER', ARRAY['STORY'], 'Agenda' FROM unnest($1::uuid[]) p`,
            [Array.from({ length: 30 }, () => people[Math.floor(random() * people.length)]), null],
          ),
        );
        await client.end();
        // The subject access export: the busiest person (every row about them, oldest first) and a typical one.
        const exportBytes: number[] = [];
        const exportBusiest = await timed(
          size >= 20_000_000 ? 3 : Math.ceil(samples / 20),
          async () => exportBytes.push(await server.raw(`query ($p: ID!) { exportPerson(personId: $p) }`, { p: people[0] })),
          1,
        );
        const exportTypical = await timed(Math.ceil(samples / 10), () =>
          server.raw(`query ($p: ID!) { exportPerson(personId: $p) }`, { p: own[100 + Math.floor(random() * (own.length - 100))] }),
        );
        // Disk per row, with the indexes, over every partition (rows as the last ANALYZE counted them).
        const [disk] = (await ds.query(
          `SELECT sum(pg_table_size(c.oid))::float8 AS heap, sum(pg_indexes_size(c.oid))::float8 AS indexes, sum(pg_total_relation_size(c.oid))::float8 AS total,
                  sum(greatest(c.reltuples, 0))::float8 AS rows, count(*)::int AS partitions
             FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_event'::regclass`,
        )) as Array<{ heap: number; indexes: number; total: number; rows: number; partitions: number }>;
        const gb = (n: number) => `${(n / 1e9).toFixed(2)} GB`;
        auditRows.push([
          size.toLocaleString('en-GB'),
          `${p50p99(busiest)} (${busy!.n.toLocaleString('en-GB')} rows)`,
          p50p99(typical),
          p50p99(reads),
          p50p99(inserts),
          `${p50p99(exportBusiest)} (${(Math.max(...exportBytes) / 1e6).toFixed(0)} MB)`,
          p50p99(exportTypical),
          `${Math.round(disk!.total / disk!.rows)} B (${gb(disk!.heap)} + ${gb(disk!.indexes)} indexes, ${disk!.partitions} partitions)`,
        ]);
        console.log(`  audit ${size.toLocaleString('en-GB')}: ${auditRows.at(-1)!.slice(1).join(' | ')}`);
      } finally {
        await server.stop();
      }
      await ds.destroy();
    }
    if (auditRows.length)
      curves.push({
        title: 'Audit trail: rows → p50 / p99',
        columns: [
          'audit rows',
          'personAccessLog, busiest person (newest 200)',
          'personAccessLog, typical person',
          'read one record (writes 1 audit row)',
          'insert 30 audit rows, one statement',
          'exportPerson, busiest person (answer size)',
          'exportPerson, typical person',
          'disk per row with indexes (rows + indexes)',
        ],
        rows: auditRows,
      });
  } finally {
    await db.stop();
  }
  const markdown = [...(opts.extra ?? []), ...curves].map(printCurve);
  for (const plan of plans) console.log(`\n${plan}`);
  // The curves go between their own markers in docs/performance.md; the analysis around them stays.
  const file = path.join(opts.root, 'docs/performance.md');
  const block = `<!-- scale:start -->\nWritten by \`pnpm bench -- --scale\` on ${new Date().toISOString().slice(0, 10)} (people: ${opts.people.map(label).join(', ') || 'none'}; audit rows: ${opts.audit.map(label).join(', ') || 'none'}).\n\n${markdown.join('\n\n')}\n\n${plans.join('\n\n')}\n<!-- scale:end -->`;
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  const text = /<!-- scale:start -->[\s\S]*<!-- scale:end -->/.test(previous)
    ? previous.replace(/<!-- scale:start -->[\s\S]*<!-- scale:end -->/, () => block)
    : `${previous.trimEnd()}\n\n## Growth curves\n\n${block}\n`;
  const prettier = await import('prettier').catch(() => undefined);
  writeFileSync(file, prettier ? await prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file }) : text);
  console.log('\nWrote the growth curves to docs/performance.md');
}

/** A fixed typo (a letter left out of the family name), for the plans shown. */
function withTypoFixed(full: string): string {
  return full.replace(/(\S)(\S)(\S*)$/, '$1$3');
}
