import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/harness.js';
import { createAppDataSource } from '../app/data-source.js';
import { AppDataSource } from './data-source.js';
import { rows } from './sql.js';

describe('statements run with a generic plan', () => {
  let ds: AppDataSource;
  beforeAll(async () => {
    ds = createAppDataSource({ url: (await createTestDatabase()).url, poolSize: 4 }) as AppDataSource;
    await ds.initialize();
  });
  afterAll(() => ds.destroy());

  const planMode = async (opts: { prepared?: boolean; genericPlan?: boolean }) =>
    (await rows<{ plan_cache_mode: string }>(ds, `SELECT current_setting('plan_cache_mode') AS plan_cache_mode`, [], opts))[0]!
      .plan_cache_mode;

  it('plan generically from the first call, on connections of their own', async () => {
    expect(await planMode({ prepared: true, genericPlan: true })).toBe('force_generic_plan');
    // Every other statement, prepared or not, keeps plans chosen for its values.
    expect(await planMode({ prepared: true })).toBe('auto');
    expect(await planMode({})).toBe('auto');
  });

  it('keep the main pool’s session settings (time zone and bounds)', async () => {
    const [setting] = await rows<{ timezone: string; statement_timeout: string }>(
      ds,
      `SELECT current_setting('timezone') AS timezone, current_setting('statement_timeout') AS statement_timeout`,
      [],
      { prepared: true, genericPlan: true },
    );
    expect(setting).toEqual({ timezone: 'Europe/London', statement_timeout: '15s' });
  });

  it('use a pool a quarter the size of the main one, at least two', () => {
    expect(AppDataSource.genericPoolSize(20)).toBe(5);
    expect(AppDataSource.genericPoolSize(4)).toBe(2);
    expect(AppDataSource.genericPoolSize(1)).toBe(2);
  });
});
