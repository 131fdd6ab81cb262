import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { databaseTimeouts, loadConfig, type Config } from '../src/core/config.js';
import { createAppDataSource } from '../src/app/data-source.js';
import { createLogger } from '../src/core/logger.js';
import { HEARTBEAT_SQL } from '../src/core/pubsub.js';
import { PRESENCE_SQL_MARK } from '../src/modules/meeting/meeting-presence.js';
import { createAppServer, type AppServer } from '../src/app/server.js';

const TEMPLATE_DATABASE = 'casehuddle_template';

/** A fresh database for one test file, copied from the migrated template. */
export async function createTestDatabase(): Promise<{ url: string; name: string }> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  return { url: inject('pgUrlPattern').replace('{db}', name), name };
}

export interface TestApp {
  url: string;
  wsUrl: string;
  databaseUrl: string;
  dataSource: DataSource;
  server: AppServer;
  config: Config;
  /** Every SQL statement run since the last `sqlLog.length = 0`. */
  sqlLog: string[];
  stop(): Promise<void>;
}

/**
 * Starts the real server (HTTP + graphql-ws) on a loopback port against its own database.
 * Pass `databaseUrl` to start a second process-like server on the same database.
 */
export async function startTestApp(opts: { env?: Record<string, string>; databaseUrl?: string } = {}): Promise<TestApp> {
  const databaseUrl = opts.databaseUrl ?? (await createTestDatabase()).url;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO_DATA: 'false',
    REMINDER_INTERVAL_SECONDS: '0',
    AUDIT_MAINTENANCE_INTERVAL_HOURS: '0',
    RETENTION_CHECK_SECONDS: '0',
    ...opts.env,
    DATABASE_URL: databaseUrl,
  });
  const sqlLog: string[] = [];
  const dataSource = createAppDataSource({
    url: databaseUrl,
    poolSize: 5,
    timeouts: databaseTimeouts(config),
    // The bus's heartbeat and presence upkeep run on their own clocks, not as part of any request being measured.
    onQuery: (sql) => sql !== HEARTBEAT_SQL && !sql.includes(PRESENCE_SQL_MARK) && sqlLog.push(sql),
  });
  await dataSource.initialize();
  const server = await createAppServer({
    config,
    dataSource,
    databaseUrl,
    logger: process.env.TEST_LOG_LEVEL
      ? ((await import('pino')).pino({ level: process.env.TEST_LOG_LEVEL }, process.stderr) as never)
      : createLogger('silent'),
  });
  await server.services.bus.ready;
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    wsUrl: `${url.replace('http', 'ws')}/graphql`,
    databaseUrl,
    dataSource,
    server,
    config,
    sqlLog,
    async stop() {
      await server.close();
      await dataSource.destroy();
    },
  };
}
