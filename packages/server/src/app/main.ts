import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, databaseTimeouts, loadConfig } from '../core/config.js';
import { migrate } from '../core/data-source.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../core/embedded-db.js';
import { createLogger } from '../core/logger.js';
import { fromRepoRoot } from '../core/paths.js';
import { createAppDataSource } from './data-source.js';
import { createAppServer } from './server.js';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from '../seed/demo-data.js';

/** Stops the embedded cluster if this process started one (also on a failed start). */
let stopEmbedded: () => Promise<void> = async () => undefined;

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL, {
    pretty: config.LOG_FORMAT === 'pretty' || (config.LOG_FORMAT === 'auto' && process.stdout.isTTY === true && !config.isProduction),
  });
  // Started by scripts/start.mjs (pnpm start) with an IPC channel: if that script is gone,
  // however it went, stop as on SIGTERM rather than run on without it.
  if (process.send) {
    process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
    process.channel?.unref();
  }

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = fromRepoRoot(config.DATA_DIR);
    mkdirSync(dataDir, { recursive: true });
    logger.info({ dataDir }, 'No DATABASE_URL: starting the embedded PostgreSQL');
    embedded = await startEmbeddedDatabase(path.join(dataDir, 'postgres'), logger, { durable: config.NODE_ENV !== 'test' });
    // This process stops the cluster at the end of its own graceful shutdown (embedded-db.ts
    // drops the package's own exit hooks, which would stop it before requests drain).
    stopEmbedded = () => embedded!.stop();
    // Until the server is up, a stop signal (such as a dev-mode restart) still stops the database.
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
      process.once(signal, () => {
        logger.info({ signal }, 'Stopping during start-up');
        void stopEmbedded().finally(() => process.exit(1));
      });
    }
    await embedded.ensureDatabase('casehuddle');
    databaseUrl = embedded.urlFor('casehuddle');
  }

  const dataSource = createAppDataSource({ url: databaseUrl, poolSize: config.DATABASE_POOL_SIZE, timeouts: databaseTimeouts(config) });
  await dataSource.initialize();
  const applied = await migrate(dataSource);
  if (applied.length > 0) logger.info({ migrations: applied }, 'Applied migrations');
  const seeded = config.SEED_DEMO_DATA ? await seedDemoData(dataSource) : false;
  if (seeded) logger.info('Seeded synthetic demo data');

  const server = await createAppServer({ config, dataSource, databaseUrl, logger });
  const url = await server.listen(config.PORT, config.HOST);
  logger.info({ url }, 'CaseHuddle is ready');
  if (config.SEED_DEMO_DATA) {
    const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
    console.log(
      [
        '',
        `  CaseHuddle is running at ${url}`,
        '',
        `  Demo sign-ins (password for all: ${DEMO_PASSWORD})`,
        ...DEMO_USERS.map((u) => `    ${u.email.padEnd(width)}  ${u.role.padEnd(12)} ${u.job}`),
        '',
      ].join('\n'),
    );
  } else {
    console.log(`\n  CaseHuddle is running at ${url}\n`);
  }

  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.removeAllListeners(signal);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Shutting down');
    const force = setTimeout(() => {
      logger.error('Shutdown took too long; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    try {
      await server.close();
      await dataSource.destroy();
      await stopEmbedded();
      logger.info('Stopped cleanly');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'Error while shutting down');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));
}

main().catch(async (error) => {
  console.error('CaseHuddle could not start:', error instanceof Error ? error.message : error);
  console.error(error);
  await stopEmbedded().catch(() => undefined);
  process.exit(1);
});
