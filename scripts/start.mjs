#!/usr/bin/env node
// `pnpm start`: install if needed, build only what is out of date, then serve the API and the
// built client on one port. A second start with nothing changed goes straight to serving.
//
// Stopping: Ctrl-C, or SIGTERM/SIGINT/SIGHUP to this script, is passed on to the server, which
// stops cleanly (its embedded PostgreSQL too). npx and pnpm do not pass SIGTERM on to the
// script they run: they exit and leave it behind. So this script also watches the commands
// that launched it (npx, npm, pnpm and the shells they run scripts in) and stops the server as
// soon as any of them is gone. The server, in turn, stops if this script is gone.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A process as Linux's /proc tells it, or undefined when it is gone (or there is no /proc). */
function processInfo(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state, ppid, …, starttime (the 20th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return { pid, ppid: Number(fields[1]), startedAt: fields[19], argv };
  } catch {
    return undefined;
  }
}

/** npx, npm, pnpm, yarn or corepack, or a shell running a command for them (`sh -c 'pnpm' start`). */
function isLauncher(argv) {
  const shell = /^-?(sh|bash|dash|zsh)$/.test(path.basename(argv[0] ?? '')) && argv[1] === '-c';
  return shell || /(^|[\s/])(npm|npx|pnpm|yarn|corepack)([\s@.-]|$)|npm-cli\.js|npx-cli\.js|pnpm\.c?js/.test(argv.join(' '));
}

/**
 * The chain of launchers above this script, nearest first, stopping at the first process that
 * is not one (a login shell, a terminal, a service manager). Their death, not a signal, is what
 * reaches this script when npx or pnpm is told to stop.
 */
function launcherChain() {
  const chain = [];
  for (let pid = process.ppid; pid > 1 && chain.length < 10;) {
    const info = processInfo(pid);
    if (!info || !isLauncher(info.argv)) break;
    chain.push(info);
    pid = info.ppid;
  }
  return chain;
}

// Without /proc (macOS, Windows) the launchers cannot be told apart: watch the parent alone.
const hasProc = existsSync('/proc/self/stat');
const launchers = hasProc ? launcherChain() : [];
const parentAtStart = process.ppid;
/** Why the launching command is gone, or undefined while it is still there. */
function launcherGone() {
  if (!hasProc) return process.ppid !== parentAtStart ? 'the command that started it has exited' : undefined;
  const gone = launchers.find((l) => processInfo(l.pid)?.startedAt !== l.startedAt);
  return gone ? `${gone.argv.slice(0, 3).join(' ')} (process ${gone.pid}) has exited` : undefined;
}
const run = (command) => execSync(command, { cwd: root, stdio: 'inherit', env: process.env });

/** The newest modification time of the files below `dir` (skipping build output, dependencies and tests). */
function newest(dir) {
  let latest = 0;
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      // Tests are not part of the build, so changing one does not make it stale.
      if (['node_modules', 'dist', 'generated', 'test'].includes(entry.name) || entry.name.startsWith('.')) continue;
      if (/\.test\.tsx?$/.test(entry.name)) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else latest = Math.max(latest, statSync(full).mtimeMs);
    }
  };
  if (existsSync(dir)) walk(dir);
  return latest;
}
const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

// pnpm keeps a copy of the lockfile it installed from; when it matches, the install is current
// and checking again would only cost seconds.
const installed = path.join(root, 'node_modules/.pnpm/lock.yaml');
if (existsSync(installed) && readFileSync(installed, 'utf8') === readFileSync(path.join(root, 'pnpm-lock.yaml'), 'utf8')) {
  console.log('The dependencies are up to date.');
} else {
  run('pnpm install --frozen-lockfile --prefer-offline');
}
// Each package is compared with its own build; a change to shared code rebuilds everything.
const shared = Math.max(newest(path.join(root, 'packages/shared')), builtAt(path.join(root, 'pnpm-lock.yaml')));
const stale =
  shared > builtAt(path.join(root, 'packages/shared/dist/index.js')) ||
  Math.max(shared, newest(path.join(root, 'packages/server'))) > builtAt(path.join(root, 'packages/server/dist/main.js')) ||
  Math.max(shared, newest(path.join(root, 'packages/client'))) > builtAt(path.join(root, 'packages/client/dist/index.html'));
if (stale) run('pnpm build');
else console.log('The build is up to date.');

if (launcherGone()) {
  console.log(`Not starting CaseHuddle: ${launcherGone()}.`);
  process.exit(0);
}

// The IPC channel lets the server notice if this script is killed outright (SIGKILL).
const server = spawn(process.execPath, ['--enable-source-maps', 'packages/server/dist/main.js'], {
  cwd: root,
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: process.env,
});
let stopping = false;
const stop = (signal) => {
  if (!stopping) server.kill(signal);
  stopping = true;
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
const watch = setInterval(() => {
  const why = !stopping && launcherGone();
  if (why) {
    console.log(`Stopping CaseHuddle: ${why}.`);
    stop('SIGTERM');
  }
}, 500);
watch.unref();
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
