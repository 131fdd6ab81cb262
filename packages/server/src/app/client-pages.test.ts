import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { matchesRoute } from './client-pages.js';

describe('route patterns', () => {
  it('match as the client router matches them', () => {
    expect(matchesRoute('/', '/')).toBe(true);
    expect(matchesRoute('/', '/actions')).toBe(false);
    expect(matchesRoute('/actions', '/actions')).toBe(true);
    expect(matchesRoute('/actions', '/actions/')).toBe(true);
    expect(matchesRoute('/actions', '/actions/abc')).toBe(false);
    expect(matchesRoute('/actions/:id', '/actions/abc')).toBe(true);
    expect(matchesRoute('/meetings/:id', '/meetings/abc/pack')).toBe(false);
    expect(matchesRoute('/meetings/:id/pack', '/meetings/abc/pack')).toBe(true);
    expect(matchesRoute('/people/*', '/people')).toBe(true);
    expect(matchesRoute('/people/*', '/people/abc/needs')).toBe(true);
    expect(matchesRoute('/people/*', '/peoples')).toBe(false);
  });
});

describe('the app page', () => {
  let app: TestApp;
  let dist: string;

  beforeAll(async () => {
    // A built client as Vite leaves it, with the table of each page's chunks.
    dist = mkdtempSync(path.join(tmpdir(), 'casehuddle-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    mkdirSync(path.join(dist, '.vite'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><head><title>CaseHuddle</title></head><body></body>');
    writeFileSync(
      path.join(dist, '.vite/route-preloads.json'),
      JSON.stringify({
        routes: [
          ['/meetings/:id', ['assets/routes-1.js', 'assets/MeetingPage-2.js']],
          ['/actions', ['assets/routes-1.js', 'assets/ActionsReviewPage-3.js']],
        ],
      }),
    );
    app = await startTestApp({ env: { CLIENT_DIST: dist } });
  });
  afterAll(async () => {
    await app.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  const links = (html: string) => [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);

  it("names the chunks of the page's route for the browser to fetch at once", async () => {
    const meeting = await fetch(`${app.url}/meetings/7d1e1a52-6c1f-4a8e-9a57-1f0c3b2d4e5f`);
    expect(meeting.status).toBe(200);
    expect(meeting.headers.get('content-type')).toMatch(/text\/html/);
    expect(meeting.headers.get('cache-control')).toBe('no-cache');
    expect(links(await meeting.text())).toEqual(['/assets/routes-1.js', '/assets/MeetingPage-2.js']);
    expect(links(await (await fetch(`${app.url}/actions`)).text())).toEqual(['/assets/routes-1.js', '/assets/ActionsReviewPage-3.js']);
  });

  it('sends the page as built where no route has chunks of its own (the sign-in page)', async () => {
    const signIn = await fetch(`${app.url}/sign-in`);
    expect(await signIn.text()).toBe('<!doctype html><head><title>CaseHuddle</title></head><body></body>');
  });

  it('does not send the table itself', async () => {
    expect((await fetch(`${app.url}/.vite/route-preloads.json`)).headers.get('content-type')).toMatch(/text\/html/);
  });
});
