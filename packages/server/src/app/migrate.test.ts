import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { migrate } from '../core/data-source.js';
import { createAppDataSource, MIGRATIONS } from './data-source.js';

describe('migrations at start-up', () => {
  it('applies each migration once when several processes start on an empty database at the same moment', async () => {
    const name = `m_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = inject('pgUrlPattern').replace('{db}', name);
    const processes = [0, 1, 2, 3].map(() => createAppDataSource({ url, poolSize: 2 }));
    try {
      await Promise.all(processes.map((ds) => ds.initialize()));
      const applied = await Promise.all(processes.map((ds) => migrate(ds)));
      // One process applied them all; the others waited for it and found nothing left to do.
      expect(applied.flat().sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
      expect(applied.filter((list) => list.length > 0)).toHaveLength(1);
      const recorded = await processes[0]!.query(`SELECT name, count(*)::int AS n FROM migrations GROUP BY name`);
      expect(recorded).toHaveLength(MIGRATIONS.length);
      expect(recorded.every((r: { n: number }) => r.n === 1)).toBe(true);
    } finally {
      await Promise.all(processes.map((ds) => (ds.isInitialized ? ds.destroy() : undefined)));
      await admin.query(`DROP DATABASE ${name}`);
      await admin.end();
    }
  }, 60_000);
});
