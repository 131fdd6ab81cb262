import pg from 'pg';
import { DataSource } from 'typeorm';
import type { Pool } from 'pg';
import type { MigrationInterface, QueryRunner, DataSourceOptions as TypeOrmOptions } from 'typeorm';

// A DATE column is a calendar day, not an instant: keep it as 'YYYY-MM-DD' rather than a JS Date at midnight UTC.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/**
 * Bounds on how long PostgreSQL lets one statement, one lock wait and one open, idle transaction
 * last, in milliseconds (0 for no bound). Without them a request waiting on a lock, or a
 * connection stuck in a transaction, waits for ever and holds a pooled connection meanwhile.
 */
export interface DatabaseTimeouts {
  statementMs: number;
  lockMs: number;
  idleInTransactionMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { statementMs: 15_000, lockMs: 5_000, idleInTransactionMs: 30_000 };

/** TCP keepalive probes start after this long without traffic, so a vanished peer is noticed. */
export const KEEPALIVE_INITIAL_DELAY_MS = 10_000;

export interface DataSourceOptions {
  url: string;
  /** Size of the pg pool per process. */
  poolSize?: number;
  /** Statement, lock and idle-transaction bounds; the defaults when not given. */
  timeouts?: DatabaseTimeouts;
  /** Called for every SQL statement (used by tests that guard the shape of work). */
  onQuery?: (sql: string) => void;
}

/**
 * A data source that can also lend a connection whose session plans every prepared statement
 * generically (`plan_cache_mode = force_generic_plan`): for a large statement whose best plan
 * does not depend on its parameters, such as the agenda's. PostgreSQL otherwise plans a named
 * prepared statement afresh with each call's values for its first five calls on every
 * connection, before it compares and settles on the generic plan; for a statement of some forty
 * relations that is five plans of 4 ms (quiet) to 30–50 ms (loaded) on each new pooled
 * connection. The setting belongs to the session, so these connections are a small pool of their
 * own, apart from the main pool whose statements (search, say) need plans for their values.
 */
export class AppDataSource extends DataSource {
  private genericPool?: Pool;

  /** Size of the generic-plan pool: a quarter of the main pool, at least two. */
  static genericPoolSize(poolSize: number): number {
    return Math.max(2, Math.ceil(poolSize / 4));
  }

  /** The pool whose sessions plan generically, made on first use; ended with the data source. */
  genericPlanPool(): Pool {
    if (!this.genericPool) {
      const master = (this.driver as unknown as { master: Pool & { options: pg.PoolConfig } }).master;
      const options = master.options;
      const pool = new pg.Pool({
        ...options,
        max: AppDataSource.genericPoolSize(options.max ?? 10),
        options: `${options.options ?? ''} -c plan_cache_mode=force_generic_plan`.trim(),
      });
      // An idle connection that fails is dropped by the pool; the next query opens another.
      pool.on('error', () => undefined);
      this.genericPool = pool;
    }
    return this.genericPool;
  }

  override async destroy(): Promise<void> {
    const pool = this.genericPool;
    this.genericPool = undefined;
    await pool?.end();
    return super.destroy();
  }
}

/**
 * Creates (but does not connect) a TypeORM data source for one PostgreSQL database. The core
 * knows no entity or migration: the composition root (`app/data-source.ts`) passes them in.
 */
export function createDataSource({
  url,
  poolSize = 10,
  timeouts = DEFAULT_DATABASE_TIMEOUTS,
  onQuery,
  entities,
  migrations,
}: DataSourceOptions & {
  entities: NonNullable<TypeOrmOptions['entities']>;
  migrations: NonNullable<TypeOrmOptions['migrations']>;
}): AppDataSource {
  return new AppDataSource({
    type: 'postgres',
    url,
    entities,
    migrations: (migrations as unknown[]).map((m) => (typeof m === 'function' ? unbounded(m as MigrationClass) : m)) as typeof migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: onQuery ? ['query'] : false,
    logger: onQuery
      ? {
          logQuery: (sql: string) => onQuery(sql),
          logQueryError: () => undefined,
          logQuerySlow: () => undefined,
          logSchemaBuild: () => undefined,
          logMigration: () => undefined,
          log: () => undefined,
        }
      : undefined,
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      application_name: 'casehuddle',
      keepAlive: true,
      keepAliveInitialDelayMillis: KEEPALIVE_INITIAL_DELAY_MS,
      // Dates (release dates, agreement expiry) are UK calendar days.
      options: [
        '-c timezone=Europe/London',
        `-c statement_timeout=${Math.round(timeouts.statementMs)}`,
        `-c lock_timeout=${Math.round(timeouts.lockMs)}`,
        `-c idle_in_transaction_session_timeout=${Math.round(timeouts.idleInTransactionMs)}`,
      ].join(' '),
    },
  });
}

type MigrationClass = new () => MigrationInterface;

/**
 * A migration that may run longer than a request may: it lifts the statement bound for its own
 * transaction (`SET LOCAL`), so building an index on a large table is not cancelled. The lock
 * bound stays, so a migration waiting behind live traffic fails rather than queueing it.
 */
function unbounded(Migration: MigrationClass): MigrationClass {
  const Wrapped = class extends Migration {
    override async up(q: QueryRunner) {
      await q.query('SET LOCAL statement_timeout = 0');
      return super.up(q);
    }
    override async down(q: QueryRunner) {
      await q.query('SET LOCAL statement_timeout = 0');
      return super.down(q);
    }
  };
  // TypeORM reads the migration's timestamp from its class name.
  Object.defineProperty(Wrapped, 'name', { value: Migration.name });
  return Wrapped;
}

/** An arbitrary, fixed key for the advisory lock that lets one process at a time migrate. */
const MIGRATION_LOCK_KEY = 4_716_302_118;

/**
 * Runs pending migrations, each in its own transaction, while holding a PostgreSQL advisory
 * lock, so that several processes starting at once (a rolling deploy, a scaled-out start)
 * migrate one after another instead of racing: the first applies them, the rest find none left.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    // Waiting for another process to finish migrating may take longer than any request may.
    await lock.query('SET statement_timeout = 0; SET lock_timeout = 0');
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      await lock.query('RESET statement_timeout; RESET lock_timeout');
    }
  } finally {
    await lock.release();
  }
}
