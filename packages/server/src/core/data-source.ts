import pg from 'pg';
import { DataSource } from 'typeorm';
import { Foundation1763856000000 } from '../migrations/1763856000000-Foundation.js';
import { PersonRecord1763942400000 } from '../migrations/1763942400000-PersonRecord.js';
import { Actions1764028800000 } from '../migrations/1764028800000-Actions.js';
import { Huddles1764115200000 } from '../migrations/1764115200000-Huddles.js';
import { ReleasePlanning1764201600000 } from '../migrations/1764201600000-ReleasePlanning.js';
import { NameSearchIndex1764288000000 } from '../migrations/1764288000000-NameSearchIndex.js';
import { ErasableMinutesAndNotifications1764374400000 } from '../migrations/1764374400000-ErasableMinutesAndNotifications.js';
import { Session } from '../modules/auth/session.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { User } from '../modules/user/user.entity.js';

// A DATE column is a calendar day, not an instant: keep it as 'YYYY-MM-DD' rather than a JS Date at midnight UTC.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/** Every entity, listed by hand so that bundlers and tests need no file globs. */
export const ENTITIES = [Organisation, User, Session];
/** Every migration, in order. Schema changes happen only here, never through `synchronize`. */
export const MIGRATIONS = [
  Foundation1763856000000,
  PersonRecord1763942400000,
  Actions1764028800000,
  Huddles1764115200000,
  ReleasePlanning1764201600000,
  NameSearchIndex1764288000000,
  ErasableMinutesAndNotifications1764374400000,
];

export interface DataSourceOptions {
  url: string;
  /** Size of the pg pool per process. */
  poolSize?: number;
  /** Called for every SQL statement (used by tests that guard the shape of work). */
  onQuery?: (sql: string) => void;
}

/** Creates (but does not connect) the TypeORM data source for one PostgreSQL database. */
export function createDataSource({ url, poolSize = 10, onQuery }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
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
