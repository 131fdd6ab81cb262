import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient } from '../../test/client.js';
import { buildUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

/** A raw GET or POST, so that the encoding and headers are seen as the browser sees them. */
function fetchRaw(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('compressed responses', () => {
  let app: TestApp;
  let cookie: string;
  const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;

  beforeAll(async () => {
    // A built client as Vite leaves it: each file with brotli and gzip copies beside it.
    const dist = mkdtempSync(path.join(tmpdir(), 'casehuddle-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>CaseHuddle</title>');
    const file = path.join(dist, 'assets', 'index-abc123.js');
    writeFileSync(file, script);
    writeFileSync(`${file}.br`, brotliCompressSync(script));
    writeFileSync(`${file}.gz`, gzipSync(script));
    app = await startTestApp({ env: { CLIENT_DIST: dist } });
    const user = await buildUser(app.dataSource, { role: 'ADMIN' });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    cookie = client.cookie!;
  });
  afterAll(() => app.stop());

  it('sends the pre-compressed copy a browser accepts, cached for a year', async () => {
    const br = await fetchRaw(`${app.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    expect(br.body.length).toBeLessThan(script.length / 10);
    const gz = await fetchRaw(`${app.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);
    const plain = await fetchRaw(`${app.url}/assets/index-abc123.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('compresses GraphQL answers over 1 KB, and only those', async () => {
    const ask = (query: string) =>
      fetchRaw(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', cookie },
        body: JSON.stringify({ query }),
      });
    const small = await ask('{ me { id } }');
    expect(small.headers['content-encoding']).toBeUndefined();
    // Certainly over 1 KB: the organisations, asked for ten times under aliases.
    const big = await ask(
      `{ ${Array.from({ length: 10 }, (_, i) => `o${i}: organisations { id name kind councilArea active createdAt }`).join(' ')} }`,
    );
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(big.body).toString()).data.o0).toBeInstanceOf(Array);
    expect(big.headers['cache-control']).toBe('no-store');
  });

  it('computes no ETag of a GraphQL answer (never stored), and keeps the page’s and the files’', async () => {
    const answer = await fetchRaw(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['x-powered-by']).toBeUndefined();
    expect(answer.headers.etag).toBeUndefined();
    const page = await fetchRaw(`${app.url}/meetings`);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.etag).toBeTruthy();
    const again = await fetchRaw(`${app.url}/meetings`, { headers: { 'if-none-match': String(page.headers.etag) } });
    expect(again.status).toBe(304);
    expect((await fetchRaw(`${app.url}/assets/index-abc123.js`)).headers.etag).toBeTruthy();
  });
});
