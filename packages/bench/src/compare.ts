/**
 * `--compare=<main.js of another build>`: the agenda on this build and on another, side by side
 * on one database, asked in turns so that both meet the same load. On a shared machine, separate
 * runs differ from each other as much as two builds do; turns of a few seconds each, with the
 * order swapped every round, do not. Build the other version (say, `git worktree add` at the
 * commit, `pnpm install`, `pnpm --filter @casehuddle/server build`) and pass its
 * `packages/server/dist/main.js`.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The database URL another build is given: the one its own bench would have given it. A build
 * whose embedded PostgreSQL has no Unix-domain socket of its own (before December 2026 (6))
 * connected over loopback TCP, so it gets the URL without the socket's `host` parameter; a
 * build that has one gets the URL as it is.
 */
export function urlForBuild(main: string, url: string): string {
  const embeddedDb = path.join(path.dirname(path.resolve(main)), 'core', 'embedded-db.js');
  let source = '';
  try {
    source = readFileSync(embeddedDb, 'utf8');
  } catch {
    return url;
  }
  if (source.includes('unix_socket_directories')) return url;
  const tcp = new URL(url);
  tcp.searchParams.delete('host');
  return tcp.toString();
}

interface Target {
  name: string;
  pid: number;
  base: string;
  cookie: string;
}

/** CPU time (ms) a process has used so far. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, 100 ticks a second
}

export async function compareAgenda(opts: {
  /** The command line: nothing is done without `--compare=`. */
  argv: string[];
  /** This build's server, already running and signed in. */
  self: Omit<Target, 'name'>;
  /** Starts a server process from an entry point, waiting until it is healthy. */
  start: (main: string) => Promise<{ child: ChildProcess; base: string }>;
  login: (base: string) => Promise<string>;
  /** CPU time (ms) the bench's own PostgreSQL processes have used so far (their backends included). */
  postgresCpuMs?: () => number;
  body: string;
  rounds: number;
  record: (measure: string, figure: string, aim?: string) => void;
}): Promise<void> {
  const otherMain = opts.argv.find((a) => a.startsWith('--compare='))?.slice('--compare='.length);
  if (!otherMain) return;
  const other = await opts.start(path.resolve(otherMain));
  try {
    const targets: Target[] = [
      { name: 'this build', ...opts.self },
      { name: otherMain, pid: other.child.pid!, base: other.base, cookie: await opts.login(other.base) },
    ];
    const one = async (t: Target) => {
      const response = await fetch(`${t.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: t.cookie },
        body: opts.body,
      });
      const answer = (await response.json()) as { data?: { meeting?: { items?: unknown[] } } };
      if (!answer.data?.meeting?.items) throw new Error(`${t.name} did not answer the agenda: ${JSON.stringify(answer).slice(0, 300)}`);
    };
    for (const t of targets) for (let i = 0; i < 100; i++) await one(t);
    const totals = new Map<string, { cpu: number; postgres: number; requests: number; ms: number }>();
    const postgresCpu = opts.postgresCpuMs ?? (() => 0);
    for (let round = 0; round < opts.rounds; round++) {
      for (const clients of [1, 16]) {
        for (const t of round % 2 ? [...targets].reverse() : targets) {
          const each = clients === 1 ? 40 : 5;
          const cpu = cpuMs(t.pid);
          const postgres = postgresCpu();
          const started = performance.now();
          await Promise.all(
            Array.from({ length: clients }, async () => {
              for (let i = 0; i < each; i++) await one(t);
            }),
          );
          const key = `${t.name}|${clients}`;
          const total = totals.get(key) ?? { cpu: 0, postgres: 0, requests: 0, ms: 0 };
          total.cpu += cpuMs(t.pid) - cpu;
          total.postgres += postgresCpu() - postgres;
          total.requests += clients * each;
          total.ms += performance.now() - started;
          totals.set(key, total);
        }
      }
    }
    for (const clients of [1, 16]) {
      for (const t of targets) {
        const total = totals.get(`${t.name}|${clients}`)!;
        opts.record(
          `Agenda side by side at ${clients}, ${t.name}: server CPU a request`,
          `${(total.cpu / total.requests).toFixed(2)} ms (${total.requests} requests, ${((1000 * total.requests) / total.ms).toFixed(0)} req/s)` +
            (opts.postgresCpuMs ? `; PostgreSQL ${(total.postgres / total.requests).toFixed(2)} ms` : ''),
        );
      }
    }
  } finally {
    other.child.kill('SIGTERM');
    if (other.child.exitCode === null) await new Promise((r) => other.child.once('exit', r));
  }
}
