import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/global-setup.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every process in a process group, with its command line (Linux's /proc). */
function processGroup(pgid: number): Array<{ pid: number; command: string }> {
  const found: Array<{ pid: number; command: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields: state, ppid, pgrp, …; a zombie has already exited.
      if (Number(fields[2]) !== pgid || fields[0] === 'Z') continue;
      found.push({ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim() });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
};

async function until<T>(what: string, check: () => T | Promise<T>, ms: number, output: () => string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen in ${ms / 1000} s. Output:\n${output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Starts the app as a newcomer would, from the repository, in its own process group (so that
 * the test can see every process it starts, and end any left behind), with its own port and
 * data folder. The environment is cleaned of what pnpm sets for this test run.
 */
async function startApp(command: string[], dataDir: string) {
  const port = await freePort();
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(npm_|PNPM_|VITEST|NODE_ENV$|DATABASE_URL$|TEST$)/i.test(key)),
  );
  const child: ChildProcess = spawn(command[0]!, command.slice(1), {
    cwd: ROOT,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk) => output.push(String(chunk)));
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  const text = () => output.join('');
  await until(
    'The app answering /healthz',
    async () => {
      if (child.exitCode !== null) throw new Error(`The app exited during start-up:\n${text()}`);
      return fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
    },
    120_000,
    text,
  );
  return { child, pgid: child.pid!, text };
}

describe('pnpm start, and stopping it as a service manager would', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'casehuddle-start-'));
  // The `postgres` OS user (created when running as root) must be able to reach the data folder.
  chmodSync(dataDir, 0o755);
  const groups: number[] = [];
  afterAll(() => {
    // Whatever a failed test left running is ended here, by its process group.
    for (const pgid of groups) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Sends `signal` to one process of the tree and waits until no process of it, and no PostgreSQL, is left. */
  async function stopsCleanly(app: Awaited<ReturnType<typeof startApp>>, pick: (tree: Array<{ pid: number; command: string }>) => number) {
    const postmasterPid = Number(readFileSync(path.join(dataDir, 'postgres/postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isRunning(postmasterPid)).toBe(true);
    const tree = processGroup(app.pgid);
    expect(tree.some((p) => p.command.includes('packages/server/dist/main.js'))).toBe(true);
    const target = pick(tree);
    process.kill(target, 'SIGTERM');
    await until(
      'Every process stopping',
      () => processGroup(app.pgid).length === 0 && !isRunning(postmasterPid),
      30_000,
      () =>
        `${app.text()}\nStill running:\n${processGroup(app.pgid)
          .map((p) => `${p.pid} ${p.command}`)
          .join('\n')}`,
    );
    // PostgreSQL shut down properly: its lock file is gone and the server said so.
    expect(existsSync(path.join(dataDir, 'postgres/postmaster.pid'))).toBe(false);
    expect(app.text()).not.toMatch(/Shutdown took too long|Error while shutting down/);
  }

  it('stops everything, PostgreSQL included, on SIGTERM to the outermost process of `npx pnpm@10 start`', async () => {
    const app = await startApp(['npx', 'pnpm@10', 'start'], dataDir);
    groups.push(app.pgid);
    // The outermost process is npx itself.
    await stopsCleanly(app, () => app.pgid);
    // A newcomer is not asked to ignore warnings.
    expect(app.text()).not.toMatch(/npm warn|Ignored build scripts|approve-builds/i);
  }, 180_000);

  it('stops everything on SIGTERM to pnpm, and starts again on the same data', async () => {
    const app = await startApp(['pnpm', 'start'], dataDir);
    groups.push(app.pgid);
    await stopsCleanly(app, (tree) => {
      const pnpm = tree.find((p) => /(^|\/)pnpm(\.c?js)? start$/.test(p.command));
      expect(pnpm, tree.map((p) => p.command).join('\n')).toBeDefined();
      return pnpm!.pid;
    });
  }, 180_000);
});
