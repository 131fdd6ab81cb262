import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/harness.js';
import { createAppDataSource } from '../app/data-source.js';
import { isDatabaseBusy, toClientError } from './errors.js';

/** What a client would see for this error, thrown by a resolver of a query or a mutation. */
const seen = (error: unknown, attempted: 'read' | 'write') => {
  const wrapped = new GraphQLError('wrapped', { originalError: error as Error });
  return toClientError(wrapped.toJSON(), wrapped, { attempted });
};

describe('when PostgreSQL gives up waiting', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = createAppDataSource({
      url: (await createTestDatabase()).url,
      poolSize: 2,
      timeouts: { statementMs: 200, lockMs: 200, idleInTransactionMs: 300 },
    });
    await ds.initialize();
  });
  afterAll(() => ds.destroy());

  it('cancels a statement that runs past the bound, as DATABASE_BUSY saying nothing was saved', async () => {
    const error = await ds.query('SELECT pg_sleep(2)').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as { code?: string }).code).toBe('57014');
    expect(isDatabaseBusy(error)).toBe(true);
    expect(seen(error, 'write')).toMatchObject({
      message: 'The database took too long to answer. Nothing was saved; please try again.',
      extensions: { code: 'DATABASE_BUSY' },
    });
    expect(seen(error, 'read')).toMatchObject({
      message: 'The database took too long to answer, so this could not be loaded. Please try again.',
      extensions: { code: 'DATABASE_BUSY' },
    });
  });

  it('ends a transaction left idle past the bound, rolls it back, and the process and pool carry on', async () => {
    await ds.query(`CREATE TABLE IF NOT EXISTS busy_probe (id int PRIMARY KEY)`);
    const error = await ds
      .transaction(async (tx) => {
        await tx.query('INSERT INTO busy_probe (id) VALUES (1)');
        await new Promise((resolve) => setTimeout(resolve, 1_000)); // idle inside the transaction, past its bound
        await tx.query('INSERT INTO busy_probe (id) VALUES (2)');
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(isDatabaseBusy(error)).toBe(true);
    expect(seen(error, 'write').extensions?.code).toBe('DATABASE_BUSY');
    expect(await ds.query(`SELECT count(*)::int AS n FROM busy_probe`)).toEqual([{ n: 0 }]);
  });
});
