import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');

/** The most JavaScript, compressed as the server sends it, that the sign-in page may load first. */
const SIGN_IN_BUDGET_BYTES = 80 * 1024;

/** The scripts index.html loads before anything shows: the entry and the chunks it preloads. */
function initialScripts(): string[] {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => path.join(DIST, m[1]!));
}

/** A file's size as served: its brotli copy (what browsers ask for), or itself when too small to compress. */
const servedSize = (file: string) => statSync(existsSync(`${file}.br`) ? `${file}.br` : file).size;

// A guard on the shape of the build, not a timing: the sign-in page is the first thing anyone
// loads (often on a slow council laptop), so it must stay small. Everything behind the sign-in
// loads on demand (packages/client/src/app/entry.tsx and lazyPage.tsx).
describe('the built client', () => {
  it(`loads at most ${SIGN_IN_BUDGET_BYTES / 1024} KB of JavaScript (brotli) for the sign-in page`, () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((sum, file) => sum + servedSize(file), 0);
    expect(total, `initial scripts: ${scripts.map((f) => path.basename(f)).join(', ')}`).toBeLessThanOrEqual(SIGN_IN_BUDGET_BYTES);
  });

  it('leaves Apollo Client, the WebSocket client and the form library out of the first scripts', () => {
    const code = initialScripts()
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // Strings each library carries whatever the minifier does to names.
    expect(code).not.toContain('graphql-transport-ws'); // graphql-ws
    expect(code).not.toContain('go.apollo.dev'); // Apollo Client's error links
    expect(code).not.toContain('not a Zod schema'); // zod
    expect(code).not.toContain('shouldUnregister'); // React Hook Form
  });
});
