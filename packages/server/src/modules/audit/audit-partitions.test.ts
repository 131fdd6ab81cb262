import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { partitionUpperBound, retentionCutoff } from './audit-partitions.js';

let app: TestApp;

/** Writes an audit row at a chosen moment, as the trail would have then. */
async function rowAt(at: string, action = 'READ'): Promise<string> {
  const [{ id }] = (await app.dataSource.query(`INSERT INTO audit_event (at, action) VALUES ($1, $2) RETURNING id::text`, [
    at,
    action,
  ])) as [
    {
      id: string;
    },
  ];
  return id;
}

async function partitionOf(id: string): Promise<string> {
  const [{ name }] = (await app.dataSource.query(`SELECT tableoid::regclass::text AS name FROM audit_event WHERE id = $1`, [id])) as [
    {
      name: string;
    },
  ];
  return name;
}

async function partitionNames(): Promise<string[]> {
  return (await app.server.services.auditPartitions.partitions()).map((p) => p.name);
}

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

describe('the partitioned audit trail', () => {
  it('reads partition bounds from their names and counts retention in calendar time', () => {
    expect(partitionUpperBound('audit_event_y2027m03')?.toISOString()).toBe('2027-04-01T00:00:00.000Z');
    expect(partitionUpperBound('audit_event_y2027m12')?.toISOString()).toBe('2028-01-01T00:00:00.000Z');
    expect(partitionUpperBound('audit_event_before_y2027m01')?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(partitionUpperBound('audit_event_default')).toBeNull();
    expect(retentionCutoff(new Date('2034-06-15T10:00:00Z'), 7).toISOString()).toBe('2027-06-15T00:00:00.000Z');
  });

  it('is partitioned by month, with the next months created ahead and a default for the rest', async () => {
    const [{ kind }] = (await app.dataSource.query(`SELECT relkind AS kind FROM pg_class WHERE relname = 'audit_event'`)) as [
      {
        kind: string;
      },
    ];
    expect(kind).toBe('p');
    const names = await partitionNames();
    expect(names).toContain('audit_event_default');
    expect(names.filter((n) => /^audit_event_before_y\d{4}m\d{2}$/.test(n))).toHaveLength(1);
    expect(names.filter((n) => /^audit_event_y\d{4}m\d{2}$/.test(n)).length).toBeGreaterThanOrEqual(3);
    // Running the job again creates nothing new for the same moment.
    const now = new Date();
    await app.server.services.auditPartitions.maintain(now);
    const again = await app.server.services.auditPartitions.maintain(now);
    expect(again).toMatchObject({ ran: true, created: [], dropped: [] });
  });

  it('stays append-only, on the whole trail and on each partition', async () => {
    const future = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 5, 1));
    await app.server.services.auditPartitions.maintain(future);
    const id = await rowAt(future.toISOString());
    const partition = await partitionOf(id);
    expect(partition).toMatch(/^audit_event_y\d{4}m06$/);
    for (const table of ['audit_event', partition]) {
      await expect(app.dataSource.query(`UPDATE ${table} SET actor_name = 'someone else' WHERE id = $1`, [id])).rejects.toThrow(
        /append-only/,
      );
      await expect(app.dataSource.query(`DELETE FROM ${table} WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
      await expect(app.dataSource.query(`TRUNCATE ${table}`)).rejects.toThrow(/append-only/);
    }
    const [legacy] = (await partitionNames()).filter((n) => n.startsWith('audit_event_before_'));
    await expect(app.dataSource.query(`TRUNCATE ${legacy}`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`TRUNCATE audit_event_default`)).rejects.toThrow(/append-only/);
    const [{ count }] = (await app.dataSource.query(`SELECT count(*)::int AS count FROM audit_event WHERE id = $1`, [id])) as [
      {
        count: number;
      },
    ];
    expect(count).toBe(1);
  });

  it('does nothing while another process holds the job', async () => {
    const holder = new pg.Client({ connectionString: app.databaseUrl });
    await holder.connect();
    try {
      await holder.query(`SELECT pg_advisory_lock(hashtext('casehuddle-audit-partitions'))`);
      const before = await partitionNames();
      const result = await app.server.services.auditPartitions.maintain(new Date('2040-01-15T00:00:00Z'));
      expect(result).toEqual({ ran: false, created: [], dropped: [] });
      expect(await partitionNames()).toEqual(before);
    } finally {
      await holder.end();
    }
  });

  it('drops only whole months older than the retention period, never a row inside it, and audits the drop', async () => {
    const year = new Date().getUTCFullYear() + 2;
    // Months of the trail, as they would have been created over time.
    for (let month = 0; month < 8; month++) await app.server.services.auditPartitions.maintain(new Date(Date.UTC(year, month, 10)));
    const old = await rowAt(`${year}-03-20T12:00:00Z`);
    const lastOfOldMonth = await rowAt(`${year}-05-31T23:59:59Z`);
    const oldInsideKeptMonth = await rowAt(`${year}-06-02T09:00:00Z`);
    const inside = await rowAt(`${year}-06-20T09:00:00Z`);
    const newer = await rowAt(`${year}-08-01T00:00:00Z`);
    // A free-text note tied to an old row (a read's purpose) goes with its month.
    const organisation = await buildOrganisation(app.dataSource);
    const [{ id: personId }] = (await app.dataSource.query(
      `INSERT INTO person (legal_name, council_area, owning_organisation_id) VALUES ('Retention Test', 'Northvale', $1) RETURNING id`,
      [organisation.id],
    )) as [{ id: string }];
    await app.dataSource.query(`INSERT INTO audit_note (audit_event_id, person_id, text) VALUES ($1, $2, 'why it was read')`, [
      old,
      personId,
    ]);
    await app.dataSource.query(`INSERT INTO audit_note (audit_event_id, person_id, text) VALUES ($1, $2, 'why it was read')`, [
      inside,
      personId,
    ]);

    const now = new Date(Date.UTC(year + 7, 5, 15, 10));
    const result = await app.server.services.auditPartitions.maintain(now);

    // The cutoff is 15 Jun of the first year: May and everything before it go; June stays whole.
    const dropped = result.dropped.map((d) => d.name);
    expect(dropped).toContain(`audit_event_y${year}m05`);
    expect(dropped).toContain(`audit_event_y${year}m03`);
    expect(dropped.some((n) => n.startsWith('audit_event_before_'))).toBe(true);
    expect(dropped).not.toContain(`audit_event_y${year}m06`);
    for (const d of result.dropped) expect(d.before.getTime()).toBeLessThanOrEqual(retentionCutoff(now, 7).getTime());

    const left = (await app.dataSource.query(`SELECT id::text FROM audit_event WHERE id = ANY($1::bigint[])`, [
      [old, lastOfOldMonth, oldInsideKeptMonth, inside, newer],
    ])) as { id: string }[];
    expect(left.map((r) => r.id).sort()).toEqual([oldInsideKeptMonth, inside, newer].sort());
    const notes = (await app.dataSource.query(`SELECT audit_event_id::text AS id FROM audit_note WHERE person_id = $1`, [personId])) as {
      id: string;
    }[];
    expect(notes.map((n) => n.id)).toEqual([inside]);

    const entries = (await app.dataSource.query(`SELECT detail FROM audit_event WHERE action = 'AUDIT_RETENTION' ORDER BY id`)) as {
      detail: { partition: string; rows: number; retentionYears: number };
    }[];
    expect(entries.map((e) => e.detail.partition).sort()).toEqual([...dropped].sort());
    expect(entries.find((e) => e.detail.partition === `audit_event_y${year}m03`)?.detail).toMatchObject({ rows: 1, retentionYears: 7 });
    // The sequence outlives the first partition: new rows still get ids.
    expect(Number(await rowAt(new Date().toISOString()))).toBeGreaterThan(Number(newer));
  });
});
