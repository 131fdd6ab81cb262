#!/usr/bin/env node
// `pnpm start`: install if needed, build only what is out of date, then serve the API and the
// built client on one port. A second start with nothing changed goes straight to serving.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
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

const server = spawn(process.execPath, ['--enable-source-maps', 'packages/server/dist/main.js'], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
