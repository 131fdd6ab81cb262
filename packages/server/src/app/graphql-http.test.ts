import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

/**
 * GraphQL over HTTP conformance, with the graphql-http package's own audits. Every MUST passes.
 * SHOULD and MAY audits that fail are listed here with the reason, so a change shows up.
 */
const EXPECTED_NON_MUST_FAILURES: Record<string, string> = {
  // Apollo answers 400 where the spec suggests 200 for a request the server understood but
  // could not execute, because it uses the older application/json response convention.
  'SHOULD use 200 status code on document parsing failure when accepting application/json': 'Apollo answers 400 (its convention).',
  'SHOULD use 200 status code on document validation failure when accepting application/json': 'Apollo answers 400 (its convention).',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json': 'Apollo answers 400 (its convention).',
  // CSRF prevention refuses GET requests that a browser could send cross-site without a preflight.
  'MAY accept application/x-www-form-urlencoded formatted GET requests': 'Blocked by CSRF prevention.',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json':
    'Blocked by CSRF prevention.',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json': 'Blocked by CSRF prevention.',
};

describe('GraphQL over HTTP conformance', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('passes every MUST audit; other failures are the known, explained ones', async () => {
    const results = await Promise.all(
      serverAudits({ url: `${app.url}/graphql` }).map(async (audit) => ({ audit, result: await audit.fn() })),
    );
    const failures = results.filter((r) => r.result.status !== 'ok');
    const mustFailures = failures.filter((r) => r.audit.name.startsWith('MUST'));
    expect(mustFailures.map((r) => `${r.audit.name}: ${'reason' in r.result ? r.result.reason : ''}`)).toEqual([]);
    // Exactly the known SHOULD/MAY gaps: a new one (or a fixed one) makes this fail so the list stays true.
    expect(failures.map((r) => r.audit.name).sort()).toEqual(Object.keys(EXPECTED_NON_MUST_FAILURES).sort());
    expect(results.filter((r) => r.audit.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });
});
