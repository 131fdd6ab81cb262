import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { embeddedUrl, MAX_SOCKET_PATH, socketDirFor, startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-db.js';

/** The client's address as the backend sees it: null over a Unix-domain socket. */
async function clientAddress(connectionString: string): Promise<string | null> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ address: string | null }>('SELECT host(inet_client_addr()) AS address');
    return rows[0]!.address;
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL's Unix-domain socket", () => {
  it("is how the tests' database is reached, with loopback TCP still open", async () => {
    const url = inject('pgAdminUrl');
    expect(new URL(url).searchParams.get('host')).toBeTruthy();
    expect(await clientAddress(url)).toBeNull();
    const tcp = new URL(url);
    tcp.searchParams.delete('host');
    expect(await clientAddress(tcp.toString())).toBe('127.0.0.1');
  });

  it('is left out when its path would be longer than a socket path may be', () => {
    const short = '/tmp/casehuddle/pg';
    expect(socketDirFor(short, 54321)).toBe(short);
    const long = `/tmp/${'d'.repeat(MAX_SOCKET_PATH - '/tmp//.s.PGSQL.54321'.length + 1)}`;
    expect(Buffer.byteLength(path.join(long, '.s.PGSQL.54321'))).toBe(MAX_SOCKET_PATH + 1);
    expect(socketDirFor(long, 54321)).toBeNull();
    expect(socketDirFor(long.slice(0, -1), 54321)).toBe(long.slice(0, -1));
    expect(embeddedUrl(54321, 'casehuddle', null)).toBe('postgres://postgres:casehuddle-local@127.0.0.1:54321/casehuddle');
    expect(embeddedUrl(54321, 'casehuddle', short)).toBe(
      'postgres://postgres:casehuddle-local@127.0.0.1:54321/casehuddle?host=%2Ftmp%2Fcasehuddle%2Fpg',
    );
  });

  describe('in a directory too deep for one', () => {
    let dir: string;
    let db: EmbeddedDatabase | undefined;
    afterAll(async () => {
      await db?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('starts on TCP alone and gives URLs that use it', async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'casehuddle-deep-'));
      chmodSync(dir, 0o755);
      let deep = dir;
      while (Buffer.byteLength(deep) < MAX_SOCKET_PATH) {
        deep = path.join(deep, 'a-rather-long-folder-name');
        mkdirSync(deep);
        chmodSync(deep, 0o755);
      }
      db = await startEmbeddedDatabase(path.join(deep, 'pg'));
      expect(db.socketDir).toBeNull();
      expect(new URL(db.adminUrl).searchParams.has('host')).toBe(false);
      expect(await clientAddress(db.adminUrl)).toBe('127.0.0.1');
    }, 120_000);
  });
});
