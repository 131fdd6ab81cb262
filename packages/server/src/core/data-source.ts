import pg from 'pg';
import { DataSource } from 'typeorm';
import type { DataSourceOptions as TypeOrmOptions } from 'typeorm';

// A DATE column is a calendar day, not an instant: keep it as 'YYYY-MM-DD' rather than a JS Date at midnight UTC.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export interface DataSourceOptions {
  url: string;
  /** Size of the pg pool per process. */
  poolSize?: number;
  /** Called for every SQL statement (used by tests that guard the shape of work). */
  onQuery?: (sql: string) => void;
}

/**
 * Creates (but does not connect) a TypeORM data source for one PostgreSQL database. The core
 * knows no entity or migration: the composition root (`app/data-source.ts`) passes them in.
 */
export function createDataSource({
  url,
  poolSize = 10,
  onQuery,
  entities,
  migrations,
}: DataSourceOptions & {
  entities: NonNullable<TypeOrmOptions['entities']>;
  migrations: NonNullable<TypeOrmOptions['migrations']>;
}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
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
      // Dates (release dates, agreement expiry) are UK calendar days.
      options: '-c timezone=Europe/London',
    },
  });
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
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.release();
  }
}
