/**
 * Bulk seeding of the audit trail for the growth curves (`--scale-audit=1m,10m,50m`).
 *
 * Fifty million rows through the live partitions' indexes ran at about 14,000 rows a second on
 * the bench machine. Here each month is loaded the way a bulk load should be: into a plain table
 * created in the same transaction (with `wal_level=minimal` the rows then skip the WAL), with one
 * set-based INSERT … SELECT from generate_series and hash joins on small lookup tables, its
 * indexes built once after its rows are in, and only then attached to `audit_event` as that
 * month's partition. Two months load at a time, one per core.
 *
 * Nothing about the production rule changes: the append-only row trigger is cloned onto each
 * partition as it is attached (PostgreSQL does that for row triggers), the TRUNCATE trigger is
 * added as `audit_ensure_partition` adds it, and no row is ever updated or deleted. INSERT has no
 * trigger to bypass.
 */
import type { DataSource, QueryRunner } from 'typeorm';

/** People in the audit databases (seedBase), and how many distinct actors write rows. */
const PEOPLE = 50_000;
const DAYS = 730;

/** One month of rows: `[from, to)` in row numbers, and the partition it belongs to. */
interface Month {
  name: string;
  lower: Date;
  upper: Date;
  from: number;
  to: number;
}

/** The 25 months (24 back and this one) that `rows` rows spread evenly over the last two years fall into. */
function months(rows: number, start: Date, now: Date): Month[] {
  const span = now.getTime() - start.getTime();
  const out: Month[] = [];
  for (let m = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); m <= now;) {
    const upper = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1));
    // Row k is written at start + k/rows of the span: the rows of this month are those whose time falls in it.
    const from = Math.max(0, Math.ceil(((m.getTime() - start.getTime()) / span) * rows));
    const to = Math.min(rows, Math.ceil(((upper.getTime() - start.getTime()) / span) * rows));
    const name = `audit_event_y${m.getUTCFullYear()}m${String(m.getUTCMonth() + 1).padStart(2, '0')}`;
    if (to > from) out.push({ name, lower: m, upper, from, to });
    m = upper;
  }
  return out;
}

/** Loads one month into a plain table, builds its indexes, then attaches it as that month's partition. */
async function loadMonth(q: QueryRunner, month: Month, rows: number, start: Date, now: Date): Promise<void> {
  const table = month.name;
  const lower = month.lower.toISOString();
  const upper = month.upper.toISOString();
  await q.startTransaction();
  try {
    await q.query(`CREATE TABLE ${table} (LIKE audit_event INCLUDING DEFAULTS)`);
    // In time order, as they are written; a person skewed towards the busiest (power 3), an actor in turn.
    await q.query(
      `INSERT INTO ${table} (id, at, action, person_id, actor_id, actor_name, actor_role, actor_organisation_id, actor_organisation_name, sections, purpose)
       SELECT s.g + 1,
              least(greatest($1::timestamptz + make_interval(secs => (s.g::float8 / $2) * $3), $4::timestamptz), $5::timestamptz - interval '1 microsecond'),
              CASE WHEN s.g % 10 < 7 THEN 'READ' ELSE 'SEARCH' END,
              p.id, u.id, u.name, u.role, u.organisation_id, 'Scale organisation', ARRAY['STORY','NEEDS'],
              CASE WHEN s.g % 10 < 7 THEN 'Agenda' ELSE 'Search' END
         FROM (SELECT g, floor(${PEOPLE} * power(random(), 3))::int AS pk, (g % (SELECT count(*) FROM bench_seed_actor))::int AS uk
                 FROM generate_series($6::bigint, $7::bigint - 1) g) s
         JOIN bench_seed_person p ON p.k = s.pk
         JOIN bench_seed_actor u ON u.k = s.uk`,
      [start.toISOString(), rows, (now.getTime() - start.getTime()) / 1000, lower, upper, month.from, month.to],
    );
    // The partition's indexes, as the parent declares them, built once over the loaded rows.
    await q.query(`ALTER TABLE ${table} ADD PRIMARY KEY (id, at)`);
    await q.query(`CREATE INDEX ON ${table} (person_id, at DESC)`);
    await q.query(`CREATE INDEX ON ${table} (actor_id, at DESC)`);
    // Lets ATTACH skip its scan of the rows.
    await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_bound CHECK (at >= '${lower}' AND at < '${upper}')`);
    await q.commitTransaction();
  } catch (error) {
    await q.rollbackTransaction();
    throw error;
  }
  // Attaching takes a lock on audit_event that another month's attach waits for: a short transaction of its own.
  await q.startTransaction();
  try {
    await q.query(`ALTER TABLE audit_event ATTACH PARTITION ${month.name} FOR VALUES FROM ('${lower}') TO ('${upper}')`);
    await q.query(`ALTER TABLE ${month.name} DROP CONSTRAINT ${table}_bound`);
    await q.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON ${month.name} FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`,
    );
    await q.commitTransaction();
  } catch (error) {
    await q.rollbackTransaction();
    throw error;
  }
}

/**
 * `rows` audit rows over the last two years in monthly partitions, most of them about a few busy
 * people, on a database that holds the people and users (seedBase) and no audit rows yet.
 */
export async function seedAuditRows(ds: DataSource, rows: number): Promise<void> {
  // A new database's first partition holds everything before next month; with no rows in it,
  // monthly partitions for the past two years stand in for a deployment two years old.
  const parts = (await ds.query(
    `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_event'::regclass`,
  )) as Array<{ relname: string }>;
  const [now] = (await ds.query(`SELECT now() AS now`)) as Array<{ now: Date }>;
  const start = new Date(now!.now.getTime() - DAYS * 86_400_000);
  const plan = months(rows, start, now!.now);
  for (const { relname } of parts) {
    const isLegacy = relname.startsWith('audit_event_before_y');
    if (!isLegacy && !plan.some((m) => m.name === relname)) continue;
    const [count] = (await ds.query(`SELECT count(*)::int AS n FROM ${relname}`)) as Array<{ n: number }>;
    if (count?.n !== 0) throw new Error(`${relname} already holds rows: seed the audit trail into a fresh database`);
    await ds.query(`ALTER TABLE audit_event DETACH PARTITION ${relname}`);
    await ds.query(`DROP TABLE ${relname}`);
  }
  // Lookup tables for hash joins (rather than subscripting an array of 50,000 ids for every row).
  await ds.query(`DROP TABLE IF EXISTS bench_seed_person, bench_seed_actor`);
  await ds.query(`CREATE TABLE bench_seed_person AS SELECT (row_number() OVER (ORDER BY crn) - 1)::int AS k, id FROM person`);
  await ds.query(
    `CREATE TABLE bench_seed_actor AS SELECT (row_number() OVER (ORDER BY email) - 1)::int AS k, id, name, role, organisation_id FROM app_user`,
  );
  await ds.query(`ANALYZE bench_seed_person, bench_seed_actor`);

  const started = performance.now();
  let loaded = 0;
  const queue = [...plan];
  const worker = async () => {
    const q = ds.createQueryRunner();
    await q.connect();
    try {
      await q.query(`SET work_mem = '256MB'`);
      await q.query(`SET maintenance_work_mem = '1GB'`);
      await q.query(`SET max_parallel_maintenance_workers = 0`);
      await q.query(`SET synchronous_commit = off`);
      for (let month = queue.shift(); month; month = queue.shift()) {
        await loadMonth(q, month, rows, start, now!.now);
        // Hint bits and the visibility map set now, a month at a time on both cores, rather than by the first reads.
        await q.query(`VACUUM (ANALYZE) ${month.name}`);
        loaded += month.to - month.from;
        const elapsed = (performance.now() - started) / 1000;
        process.stdout.write(
          `  audit rows: ${loaded.toLocaleString('en-GB')} of ${rows.toLocaleString('en-GB')} (${month.name}; ${elapsed.toFixed(0)} s, ${(loaded / elapsed / 1000).toFixed(0)}k rows/s)\n`,
        );
      }
    } finally {
      await q.release();
    }
  };
  await Promise.all([worker(), worker()]);
  await ds.query(`DROP TABLE bench_seed_person, bench_seed_actor`);
  // The live inserts measured later take ids from the sequence, after the seeded ones.
  await ds.query(`SELECT setval('audit_event_id_seq', $1::bigint)`, [rows + 1]);
  // Next months' partitions, as the maintenance job keeps them.
  await ds.query(
    `SELECT audit_ensure_partition((date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => m))::date) FROM generate_series(0, 3) m`,
  );
}
