import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@casehuddle/shared';
import { createAppDataSource } from '../app/data-source.js';
import { freePort } from '../core/embedded-db.js';
import { REPO_ROOT } from '../core/paths.js';
import { rows } from '../core/sql.js';
import { AuditService } from '../modules/audit/audit.service.js';
import { seedDemoData } from '../seed/demo-data.js';

/**
 * Proves that scripts/backup.sh and scripts/restore.sh round-trip a migrated, seeded database.
 *
 * The other tests use the embedded PostgreSQL 18 from npm, but pg_dump must be at least as new
 * as the server it dumps, and the client tools on a Debian machine are Debian's. So this file
 * runs its own throw-away cluster from Debian's server binaries at pg_dump's major version (or
 * the newest older one). It is skipped when they are not installed, except under CI (CI=true), where it fails.
 */

const BACKUP = path.join(REPO_ROOT, 'scripts/backup.sh');
const RESTORE = path.join(REPO_ROOT, 'scripts/restore.sh');
const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
/** Every spawned process is killed (with its children) after this long. */
const PROCESS_TIMEOUT_MS = 60_000;

interface DebianPostgres {
  /** /usr/lib/postgresql/<major>/bin */
  bin: string;
  major: number;
  clientMajor: number;
}

/** Debian's PostgreSQL server at pg_dump's major version or older, or why the test cannot run. */
function findDebianPostgres(): DebianPostgres | { missing: string } {
  const install = (packages: string) => `install Debian's PostgreSQL with: apt-get install -y ${packages}`;
  const dump = spawnSync('pg_dump', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  const clientMajor = Number(/\d+/.exec(dump.stdout ?? '')?.[0]);
  if (dump.error || dump.status !== 0 || !Number.isInteger(clientMajor)) {
    return { missing: `pg_dump is not installed; ${install('postgresql-client postgresql-15')}` };
  }
  for (const tool of ['pg_restore', 'psql']) {
    if (spawnSync(tool, ['--version'], { timeout: 10_000 }).status !== 0) {
      return { missing: `${tool} is not installed; ${install('postgresql-client')}` };
    }
  }
  const root = '/usr/lib/postgresql';
  const majors = (existsSync(root) ? readdirSync(root) : [])
    .map(Number)
    .filter((major) => Number.isInteger(major) && major <= clientMajor)
    .filter((major) => ['postgres', 'initdb', 'pg_ctl'].every((tool) => existsSync(path.join(root, String(major), 'bin', tool))))
    .sort((a, b) => b - a);
  const major = majors[0];
  if (major === undefined) {
    return {
      missing: `no PostgreSQL server at pg_dump's version (${clientMajor}) or older in ${root}/<major>/bin; ${install(`postgresql-${clientMajor}`)}`,
    };
  }
  if (!existsSync(`/usr/share/postgresql/${major}/extension/pg_trgm.control`)) {
    return { missing: `the pg_trgm extension is not installed for PostgreSQL ${major}; ${install(`postgresql-${major}`)}` };
  }
  if (IS_ROOT && spawnSync('runuser', ['--help'], { timeout: 10_000 }).status !== 0) {
    return { missing: 'runuser (util-linux) is needed to run PostgreSQL as the postgres user when the tests run as root' };
  }
  return { bin: path.join(root, String(major), 'bin'), major, clientMajor };
}

const found = findDebianPostgres();
const tools = 'missing' in found ? undefined : found;
/** CI installs Debian's PostgreSQL (.ci/run), so there a missing tool is a failure, not a reason to skip. */
const REQUIRED = /^(true|1)$/i.test(process.env.CI ?? '');
if (!tools && !REQUIRED) console.warn(`Skipping the backup and restore test: ${(found as { missing: string }).missing}`);

if (!tools && REQUIRED) {
  describe('backup.sh and restore.sh under CI', () => {
    it('has the tools it needs', () => {
      throw new Error(`The backup and restore test cannot run, and CI requires it: ${(found as { missing: string }).missing}`);
    });
  });
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command and resolves with its exit code and output; kills it and its children after a timeout. */
function run(command: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`${command} ${args.join(' ')} took longer than ${opts.timeoutMs ?? PROCESS_TIMEOUT_MS} ms.\n${stdout}\n${stderr}`));
    }, opts.timeoutMs ?? PROCESS_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs a command that must succeed, as the postgres OS user when this process is root. */
async function runAsPostgres(command: string, args: string[], cwd: string): Promise<Ran> {
  const ran = IS_ROOT ? await run('runuser', ['-u', 'postgres', '--', command, ...args], { cwd }) : await run(command, args, { cwd });
  if (ran.code !== 0) throw new Error(`${path.basename(command)} failed (exit ${ran.code}):\n${ran.stdout}\n${ran.stderr}`);
  return ran;
}

/** PostgreSQL refuses to run as root; as root, run it as a `postgres` OS user (created if missing). */
function postgresOsUser(): { uid: number; gid: number } {
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8', timeout: 10_000 });
  if (id('-u').status !== 0) {
    const groupExists = spawnSync('getent', ['group', 'postgres'], { timeout: 10_000 }).status === 0;
    const added = spawnSync('useradd', ['--system', '--no-create-home', ...(groupExists ? ['-g', 'postgres'] : []), 'postgres'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    if (added.status !== 0) throw new Error(`Could not create the postgres OS user: ${added.stderr}`);
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/** A digest per table: its row count and an md5 of its rows in a fixed order; and every sequence's position. */
type Snapshot = {
  rows: Record<string, number>;
  digests: Record<string, string>;
  sequences: Record<string, string | null>;
  /** Tables that hold rows themselves (a partitioned table's rows are in its partitions), as pg_dump lists their data. */
  dataTables: number;
};

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function snapshot(url: string): Promise<Snapshot> {
  return withClient(url, async (client) => {
    // A partitioned table is compared whole, under its own name.
    const tables = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
    );
    const leaves = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'`,
    );
    const result: Snapshot = { rows: {}, digests: {}, sequences: {}, dataTables: leaves.rows[0]!.n };
    for (const { name } of tables.rows) {
      const table = client.escapeIdentifier(name);
      const { rows } = await client.query<{ count: number; digest: string }>(
        `SELECT count(*)::int AS count, coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS digest FROM public.${table} t`,
      );
      result.rows[name] = rows[0]!.count;
      result.digests[name] = rows[0]!.digest;
    }
    const sequences = await client.query<{ name: string; last: string | null }>(
      `SELECT sequencename AS name, last_value::text AS last FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
    );
    for (const { name, last } of sequences.rows) result.sequences[name] = last;
    return result;
  });
}

describe.skipIf(!tools)(
  `backup.sh and restore.sh${tools ? '' : ` (skipped: ${(found as { missing: string }).missing})`}`,
  { timeout: 120_000 },
  () => {
    const password = randomBytes(12).toString('hex');
    let dir = '';
    let dataDir = '';
    let clusterStarted = false;
    let urlFor: (database: string) => string = () => '';
    let sourceUrl = '';
    let restoredUrl = '';
    let source: Snapshot;
    let archive = '';
    /** The environment for the scripts, without anything from this machine that could change what they do. */
    const scriptEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
      const env = { ...process.env };
      for (const key of Object.keys(env)) if (key.startsWith('PG') || ['DATABASE_URL', 'CONFIRM'].includes(key)) delete env[key];
      return { ...env, ...extra };
    };
    const createDatabase = (name: string) => withClient(urlFor('postgres'), (client) => client.query(`CREATE DATABASE ${name}`));

    const stopCluster = async () => {
      if (clusterStarted) {
        clusterStarted = false;
        await runAsPostgres(path.join(tools!.bin, 'pg_ctl'), ['stop', '--pgdata', dataDir, '--mode', 'immediate', '--wait'], dir).catch(
          (error: unknown) => console.warn(`Could not stop the test cluster: ${String(error)}`),
        );
      }
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = '';
    };

    beforeAll(async () => {
      try {
        const { bin } = tools!;
        dir = mkdtempSync(path.join(tmpdir(), 'casehuddle-backup-test-'));
        dataDir = path.join(dir, 'data');
        const passwordFile = path.join(dir, 'password');
        writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
        if (IS_ROOT) {
          const { uid, gid } = postgresOsUser();
          chownSync(dir, uid, gid);
          chownSync(passwordFile, uid, gid);
        }
        await runAsPostgres(
          path.join(bin, 'initdb'),
          [
            `--pgdata=${dataDir}`,
            '--username=postgres',
            '--auth=scram-sha-256',
            `--pwfile=${passwordFile}`,
            '--encoding=UTF8',
            '--locale=C.UTF-8',
            '--no-sync',
          ],
          dir,
        );
        const port = await freePort();
        appendFileSync(
          path.join(dataDir, 'postgresql.conf'),
          [
            '',
            `port = ${port}`,
            `listen_addresses = '127.0.0.1'`,
            `unix_socket_directories = '${dir}'`,
            'fsync = off',
            'synchronous_commit = off',
            'full_page_writes = off',
            'max_connections = 40',
            '',
          ].join('\n'),
        );
        const log = path.join(dir, 'postgres.log');
        clusterStarted = true;
        await runAsPostgres(path.join(bin, 'pg_ctl'), ['start', '--pgdata', dataDir, '--log', log, '--wait', '--timeout=60'], dir).catch(
          (error: unknown) => {
            throw new Error(`${String(error)}\nPostgreSQL said:\n${existsSync(log) ? readFileSync(log, 'utf8') : '(no log)'}`);
          },
        );
        urlFor = (database) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;

        await createDatabase('casehuddle_source');
        sourceUrl = urlFor('casehuddle_source');
        const dataSource = createAppDataSource({ url: sourceUrl, poolSize: 4 });
        await dataSource.initialize();
        try {
          await dataSource.runMigrations({ transaction: 'each' });
          expect(await seedDemoData(dataSource)).toBe(true);
          // The demo data has no reads yet: record some, as opening records would, so the audit trail and its notes have rows.
          const [user] = await rows<{ id: string; name: string; email: string; role: Role; organisation_id: string }>(
            dataSource,
            `SELECT id, name, email, role, organisation_id FROM app_user WHERE email = 'probation@casehuddle.test'`,
          );
          const people = await rows<{ id: string }>(dataSource, `SELECT id FROM person ORDER BY legal_name LIMIT 3`);
          await new AuditService().record(
            dataSource,
            { id: user!.id, name: user!.name, email: user!.email, role: user!.role, organisationId: user!.organisation_id },
            people.map((person) => ({ action: 'READ', personId: person.id, sections: ['IDENTITY'], purpose: 'Preparing for the huddle' })),
          );
        } finally {
          await dataSource.destroy();
        }
        source = await snapshot(sourceUrl);
      } catch (error) {
        await stopCluster();
        throw error;
      }
    }, 180_000);

    afterAll(async () => {
      await stopCluster();
    }, 60_000);

    it('the source database holds the demo data, audit trail included', () => {
      for (const table of ['person', 'audit_event', 'audit_note', 'action', 'meeting', 'migrations'])
        expect(source.rows[table], table).toBeGreaterThan(0);
    });

    it('backs up into backups/ by default, verifies the archive and says what it holds', async () => {
      const cwd = path.join(dir, 'operator');
      mkdirSync(cwd);
      const ran = await run('bash', [BACKUP], { cwd, env: scriptEnv({ DATABASE_URL: sourceUrl }) });
      expect(ran.stderr).toBe('');
      expect(ran.code).toBe(0);

      const files = readdirSync(path.join(cwd, 'backups'));
      expect(files).toHaveLength(1); // no temporary file left behind
      expect(files[0]).toMatch(/^casehuddle-\d{8}-\d{6}\.dump$/);
      archive = path.join(cwd, 'backups', files[0]!);
      expect(statSync(archive).mode & 0o777).toBe(0o600);

      const tables = source.dataTables;
      expect(ran.stdout).toContain(`Backup written: backups/${files[0]}`);
      expect(ran.stdout).toMatch(/size: .*\(\d+ bytes\)/);
      expect(ran.stdout).toContain(`table-data entries: ${tables}`);

      // A fresh database has no pg_trgm: the archive must create it.
      const listing = await run('pg_restore', ['--list', archive]);
      expect(listing.code).toBe(0);
      expect(listing.stdout).toMatch(/ EXTENSION - pg_trgm/);
    });

    it('restores into a new, empty database with every row of every table', async () => {
      await createDatabase('casehuddle_restored');
      restoredUrl = urlFor('casehuddle_restored');
      const ran = await run('bash', [RESTORE, archive], { env: scriptEnv({ DATABASE_URL: restoredUrl }) });
      expect(ran.stderr).toBe('');
      expect(ran.code).toBe(0);
      expect(ran.stdout).toMatch(new RegExp(`person +${source.rows.person}\\b`));
      expect(ran.stdout).toMatch(new RegExp(`audit_event +${source.rows.audit_event}\\b`));
      expect(ran.stdout).toContain("The audit trail's append-only triggers are in place");

      const restored = await snapshot(restoredUrl);
      expect(restored.rows).toEqual(source.rows);
      expect(restored.digests).toEqual(source.digests);
      expect(restored.sequences).toEqual(source.sequences);
    });

    it('keeps the audit trail append-only after the restore', async () => {
      await withClient(restoredUrl, async (client) => {
        await expect(
          client.query(`UPDATE audit_event SET purpose = 'tampered' WHERE id = (SELECT min(id) FROM audit_event)`),
        ).rejects.toThrow(/append-only/);
        await expect(client.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
        await expect(client.query(`TRUNCATE audit_event CASCADE`)).rejects.toThrow(/append-only/);
        const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM audit_event WHERE purpose = 'tampered'`);
        expect(rows[0]!.count).toBe(0);
      });
    });

    describe('over a database that already has tables', () => {
      let before: Snapshot;
      beforeAll(async () => {
        // A change the archive does not hold: a restore that went ahead would remove it.
        await withClient(restoredUrl, (client) =>
          client.query(`INSERT INTO organisation (name, kind, council_area) VALUES ('Added after the backup', 'CHARITY', 'Northvale')`),
        );
        before = await snapshot(restoredUrl);
        expect(before.rows.organisation).toBe(source.rows.organisation! + 1);
      });

      it('refuses without --yes, says why, and changes nothing', async () => {
        const ran = await run('bash', [RESTORE, archive], { env: scriptEnv({ DATABASE_URL: restoredUrl }) });
        expect(ran.code).not.toBe(0);
        expect(ran.stderr).toMatch(/already has \d+ tables/);
        expect(ran.stderr).toContain('--yes (or CONFIRM=yes)');
        expect(ran.stderr).toContain('Nothing was changed');
        expect(await snapshot(restoredUrl)).toEqual(before);
      });

      it('refuses a file that is not an archive, and changes nothing', async () => {
        const notAnArchive = path.join(dir, 'not-a-backup.dump');
        writeFileSync(notAnArchive, 'SELECT 1;\n'.repeat(100));
        const ran = await run('bash', [RESTORE, '--yes', notAnArchive], { env: scriptEnv({ DATABASE_URL: restoredUrl }) });
        expect(ran.code).not.toBe(0);
        expect(ran.stderr).toContain('is not a backup that pg_restore can read');
        expect(ran.stderr).toContain('Nothing was changed');
        expect(await snapshot(restoredUrl)).toEqual(before);
      });

      it('rolls back the whole restore when the archive breaks part-way', async () => {
        // The table of contents is at the start, so a cut-off archive passes `pg_restore --list`
        // and fails only while the data is being loaded, after tables have been dropped.
        const truncated = path.join(dir, 'truncated.dump');
        const bytes = readFileSync(archive);
        writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.85)));
        expect((await run('pg_restore', ['--list', truncated])).code).toBe(0);
        const ran = await run('bash', [RESTORE, truncated], { env: scriptEnv({ DATABASE_URL: restoredUrl, CONFIRM: 'yes' }) });
        expect(ran.code).not.toBe(0);
        expect(ran.stderr).toContain('is as it was before');
        expect(await snapshot(restoredUrl)).toEqual(before);
      });

      it('replaces it with the archive when confirmed with --yes', async () => {
        const ran = await run('bash', [RESTORE, archive, '--yes'], { env: scriptEnv({ DATABASE_URL: restoredUrl }) });
        expect(ran.stderr).toBe('');
        expect(ran.code).toBe(0);
        const restored = await snapshot(restoredUrl);
        expect(restored.rows).toEqual(source.rows);
        expect(restored.digests).toEqual(source.digests);
      });
    });

    it('backup without DATABASE_URL fails with a clear message', async () => {
      const cwd = path.join(dir, 'no-url');
      mkdirSync(cwd);
      const ran = await run('bash', [BACKUP], { cwd, env: scriptEnv({}) });
      expect(ran.code).not.toBe(0);
      expect(ran.stderr).toContain('DATABASE_URL is not set');
      expect(ran.stderr).toContain('Usage:');
      expect(readdirSync(cwd)).toEqual([]);
    });

    it('restore without a file fails with a clear message', async () => {
      const ran = await run('bash', [RESTORE], { env: scriptEnv({ DATABASE_URL: restoredUrl }) });
      expect(ran.code).not.toBe(0);
      expect(ran.stderr).toContain('no archive file given');
      expect(ran.stderr).toContain('Usage:');
    });

    it('backup says which versions clash when pg_dump is older than the server', async () => {
      // A stand-in pg_dump that reports an old version, next to the real psql and pg_restore.
      const bin = path.join(dir, 'old-client');
      mkdirSync(bin);
      writeFileSync(path.join(bin, 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n');
      chmodSync(path.join(bin, 'pg_dump'), 0o755);
      for (const tool of ['psql', 'pg_restore']) symlinkSync(path.join(tools!.bin, tool), path.join(bin, tool));
      const out = path.join(dir, 'old-client-backup', 'casehuddle.dump');
      const ran = await run('bash', [BACKUP, out], { env: scriptEnv({ DATABASE_URL: sourceUrl, PG_BIN: bin }) });
      expect(ran.code).not.toBe(0);
      expect(ran.stderr).toContain(`pg_dump is version 9 but the server runs PostgreSQL ${tools!.major}`);
      expect(ran.stderr).toContain("must match the server's major version or be newer");
      expect(existsSync(out)).toBe(false);
    });

    it('backup says how to install pg_dump when it is missing', async () => {
      const empty = path.join(dir, 'no-client');
      mkdirSync(empty);
      const ran = await run('bash', [BACKUP, path.join(dir, 'never.dump')], { env: scriptEnv({ DATABASE_URL: sourceUrl, PG_BIN: empty }) });
      expect(ran.code).not.toBe(0);
      expect(ran.stderr).toContain('pg_dump was not found');
      expect(ran.stderr).toContain('apt-get install postgresql-client');
    });
  },
);
