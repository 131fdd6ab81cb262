import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The same app and database, served by a server in production mode. */
    productionUrl: string;
  }
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SERVER = path.join(ROOT, 'packages/server/dist/main.js');
/** The server's own embedded PostgreSQL (built), so both servers can be given its URL. */
const EMBEDDED_DB = path.join(ROOT, 'packages/server/dist/core/embedded-db.js');

interface EmbeddedDatabase {
  urlFor(database: string): string;
  ensureDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
}

/** A free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts the built server with `env`, and resolves once it is healthy. */
async function startServer(name: string, env: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [SERVER], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => output.push(String(chunk)));
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The ${name} server exited during start-up:\n${output.join('')}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The ${name} server did not become healthy in 90 s:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 20_000)))]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/**
 * Starts the production build (API + built client on one port) twice on one embedded
 * PostgreSQL in a throw-away folder: once as the journeys' server (NODE_ENV=test, seeded with
 * the demo data), and once in production mode for the journeys that check production settings.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(SERVER) || !existsSync(path.join(ROOT, 'packages/client/dist/index.html'))) {
    throw new Error('The browser journeys run against the built app: run `pnpm build` first (pnpm test does).');
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'casehuddle-e2e-'));
  chmodSync(dataDir, 0o755);
  const { startEmbeddedDatabase } = (await import(EMBEDDED_DB)) as {
    startEmbeddedDatabase(dir: string): Promise<EmbeddedDatabase>;
  };
  const db = await startEmbeddedDatabase(path.join(dataDir, 'postgres'));
  const servers: Array<{ stop(): Promise<void> }> = [];
  const teardown = async () => {
    for (const server of servers.reverse()) await server.stop();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await db.ensureDatabase('casehuddle');
    const databaseUrl = db.urlFor('casehuddle');
    // Applies the migrations and seeds the demo data.
    const app = await startServer('test', { NODE_ENV: 'test', DATABASE_URL: databaseUrl, SEED_DEMO_DATA: 'true' });
    servers.push(app);
    // Production as deployed, except for the one setting plain local HTTP needs: the session
    // cookie cannot be Secure without HTTPS. It shares the seeded database.
    const production = await startServer('production', {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      COOKIE_SECURE: 'false',
      SEED_DEMO_DATA: '',
    });
    servers.push(production);
    project.provide('baseUrl', app.url);
    project.provide('productionUrl', production.url);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
