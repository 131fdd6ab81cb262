import type { SubjectAccessExport } from '@casehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_CSRF_HEADER, SUBJECT_ACCESS_DOWNLOAD_PATH } from '../../app/subject-access-download.js';
import { GqlClient } from '../../../test/client.js';
import { createEverythingPerson, type EverythingPerson } from '../../../test/everything.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, mergeDuplicatePair } from '../../../test/people.js';

const EXPORT = `query ($id: ID!) { exportPerson(personId: $id) }`;

/**
 * The subject access export as a streamed download (`GET /exports/subject-access/:personId`),
 * through HTTP against the real server: the same document, access rule, refusal and audit entry
 * as the `exportPerson` query.
 */
describe('subject access export download', () => {
  let app: TestApp;
  let p: EverythingPerson;

  async function download(client: GqlClient | null, id: string, headers: Record<string, string> = { [DOWNLOAD_CSRF_HEADER]: '1' }) {
    const response = await fetch(`${app.url}${SUBJECT_ACCESS_DOWNLOAD_PATH}/${id}`, {
      headers: { ...(client?.cookie ? { cookie: client.cookie } : {}), ...headers },
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  const exportsOf = async (personId: string) =>
    Number(
      (
        (await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE person_id = $1 AND action = 'EXPORT'`, [
          personId,
        ])) as Array<{
          n: number;
        }>
      )[0]!.n,
    );

  /**
   * The download, made just after the GraphQL export, is that export plus the GraphQL export's
   * own audit entry (each export's trail ends just before its own entry).
   */
  function expectSameDocument(downloaded: SubjectAccessExport, viaGraphql: SubjectAccessExport, by: string) {
    const own = downloaded.auditTrail.at(-1)!;
    expect(own).toMatchObject({ action: 'EXPORT', actorName: by, sections: ['ALL'] });
    expect(downloaded).toEqual({ ...viaGraphql, generatedAt: downloaded.generatedAt, auditTrail: [...viaGraphql.auditTrail, own] });
  }

  beforeAll(async () => {
    app = await startTestApp();
    p = await createEverythingPerson(app);
  });
  afterAll(() => app.stop());

  it('streams the same document as the GraphQL export, as a JSON file, and records the export in the audit trail', async () => {
    const viaGraphql = (await p.manager.ok<{ exportPerson: SubjectAccessExport }>(EXPORT, { id: p.id })).exportPerson;
    const before = await exportsOf(p.id);
    const result = await download(p.manager, p.id);
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(result.headers.get('content-disposition')).toMatch(/^attachment; filename="subject-access-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(result.headers.get('cache-control')).toBe('no-store');
    const downloaded = JSON.parse(result.text) as SubjectAccessExport;
    expect(downloaded.format).toBe('casehuddle-subject-access/3');
    expect(downloaded.generatedBy).toMatch(/^Mina Manager /);
    expectSameDocument(downloaded, viaGraphql, downloaded.generatedBy);
    // Key order too: the file reads like the GraphQL answer.
    expect(Object.keys(downloaded)).toEqual(Object.keys(viaGraphql));

    expect(await exportsOf(p.id)).toBe(before + 1);
    const [entry] = (await app.dataSource.query(
      `SELECT actor_name, sections, purpose FROM audit_event WHERE person_id = $1 AND action = 'EXPORT' ORDER BY at DESC, id DESC LIMIT 1`,
      [p.id],
    )) as Array<{ actor_name: string; sections: string[]; purpose: string | null }>;
    expect(entry).toMatchObject({ actor_name: downloaded.generatedBy, sections: ['ALL'] });
    // And the next export lists the download.
    const next = (await p.admin.ok<{ exportPerson: SubjectAccessExport }>(EXPORT, { id: p.id })).exportPerson;
    expect(next.auditTrail.at(-1)).toMatchObject({ action: 'EXPORT', actorName: downloaded.generatedBy });
  });

  it('includes records merged into the person, each with its own audit trail, as the GraphQL export does', async () => {
    const organisation = await buildOrganisation(app.dataSource, { kind: 'PROBATION', name: 'Download Merge Probation' });
    const as = async (role: 'PRACTITIONER' | 'COORDINATOR' | 'MANAGER') => {
      const user = await buildUser(app.dataSource, { organisationId: organisation.id, role, name: `Dee ${role.toLowerCase()}` });
      const client = new GqlClient(app.url);
      await client.login(user.email, TEST_PASSWORD);
      return client;
    };
    const practitioner = await as('PRACTITIONER');
    const coordinator = await as('COORDINATOR');
    const manager = await as('MANAGER');
    const name = 'Ottilie Brackenbury';
    const keepId = await createFullPerson(practitioner, name);
    const mergeId = await createFullPerson(practitioner, name);
    await practitioner.ok(`mutation ($id: ID!, $text: String!) { addTimelineNote(personId: $id, text: $text, section: STORY) { id } }`, {
      id: mergeId,
      text: 'A note on the duplicate, "quoted", with a new\nline – and an accent: café',
    });
    await mergeDuplicatePair(coordinator, keepId, mergeId);

    const viaGraphql = (await manager.ok<{ exportPerson: SubjectAccessExport }>(EXPORT, { id: keepId })).exportPerson;
    expect(viaGraphql.mergedRecords.map((m) => m.record.person.id)).toEqual([mergeId]);
    expect(viaGraphql.mergedRecords[0]!.record.auditTrail.length).toBeGreaterThan(0);
    const result = await download(manager, keepId);
    expect(result.status).toBe(200);
    const downloaded = JSON.parse(result.text) as SubjectAccessExport;
    expectSameDocument(downloaded, viaGraphql, 'Dee manager');
    expect(Object.keys(downloaded.mergedRecords[0]!)).toEqual(Object.keys(viaGraphql.mergedRecords[0]!));
  });

  it('refuses exactly as the GraphQL export does, and writes no audit entry', async () => {
    const otherOrganisation = await buildOrganisation(app.dataSource, { kind: 'COUNCIL_HOUSING', name: 'Download Elsewhere Housing' });
    const otherManager = await buildUser(app.dataSource, { organisationId: otherOrganisation.id, role: 'MANAGER' });
    const elsewhere = new GqlClient(app.url);
    await elsewhere.login(otherManager.email, TEST_PASSWORD);
    const before = await exportsOf(p.id);

    for (const [who, client] of [
      ['the owning practitioner', p.owner],
      ['a coordinator', p.chair],
      ['a manager elsewhere', elsewhere],
    ] as const) {
      const viaGraphql = await client.request(EXPORT, { id: p.id });
      expect(viaGraphql.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
      const result = await download(client, p.id);
      expect(result.status, who).toBe(403);
      const body = JSON.parse(result.text) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(
        body.errors.map((e) => [e.message, e.extensions.code]),
        who,
      ).toEqual(viaGraphql.errors!.map((e) => [e.message, e.extensions!.code]));
      expect(result.text, who).not.toContain(p.marker);
      expect(result.text, who).not.toContain(p.legalName);
    }

    // Signed out.
    const signedOut = await download(null, p.id);
    expect(signedOut.status).toBe(401);
    expect(JSON.parse(signedOut.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // A record that does not exist, and an id that is not one.
    const missing = await download(p.admin, '00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text).errors[0].extensions.code).toBe('NOT_FOUND');
    const malformed = await download(p.admin, 'not-an-id');
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.text).errors[0].extensions.code).toBe('VALIDATION_FAILED');

    expect(await exportsOf(p.id)).toBe(before);
  });

  it('needs the CSRF header: without it nothing is exported and nothing is recorded', async () => {
    const before = await exportsOf(p.id);
    const result = await download(p.manager, p.id, {});
    expect(result.status).toBe(400);
    expect(JSON.parse(result.text).errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
    expect(JSON.parse(result.text).errors[0].message).toContain(DOWNLOAD_CSRF_HEADER);
    expect(result.text).not.toContain(p.marker);
    expect(await exportsOf(p.id)).toBe(before);
  });

  it('streams a long audit trail completely, oldest first, the same entries as the GraphQL export', async () => {
    // 50,000 entries over most of a year, with text that needs escaping in JSON and a note written by a user.
    await app.dataSource.query(
      `INSERT INTO audit_event (at, action, person_id, actor_name, actor_role, actor_organisation_name, sections, purpose, break_glass)
       SELECT timestamptz '2025-01-01 00:00:00.123456+00' + n * interval '7 minutes', 'READ', $1, 'Reader "' || (n % 7) || '"',
              'PRACTITIONER', 'Organisation \\ ' || (n % 3), CASE WHEN n % 5 = 0 THEN ARRAY[]::text[] ELSE ARRAY['STORY', 'NEEDS'] END,
              CASE WHEN n % 4 = 0 THEN NULL ELSE E'Purpose\\n' || n || E' \\u00e9\\t"x"' END, n % 11 = 0
         FROM generate_series(1, 50000) AS n`,
      [p.id],
    );
    const viaGraphql = (await p.manager.ok<{ exportPerson: SubjectAccessExport }>(EXPORT, { id: p.id })).exportPerson;
    expect(viaGraphql.auditTrail.length).toBeGreaterThan(50_000);
    const result = await download(p.manager, p.id);
    expect(result.status).toBe(200);
    const downloaded = JSON.parse(result.text) as SubjectAccessExport;
    expect(downloaded.auditTrail).toHaveLength(viaGraphql.auditTrail.length + 1);
    expectSameDocument(downloaded, viaGraphql, downloaded.generatedBy);
    const ats = downloaded.auditTrail.map((e) => e.at);
    expect(ats).toEqual([...ats].sort());
    expect(downloaded.auditTrail.find((e) => e.purpose?.startsWith('Purpose\n1 '))).toMatchObject({
      at: '2025-01-01T00:07:00.123Z',
      actorName: 'Reader "1"',
      organisation: 'Organisation \\ 1',
      purpose: 'Purpose\n1 é\t"x"',
      sections: ['STORY', 'NEEDS'],
      breakGlass: false,
    });
  });
});

describe('the GraphQL export of a very long audit trail', () => {
  let app: TestApp;
  afterAll(() => app?.stop());

  it('is refused with EXPORT_TOO_LARGE, pointing to the download, which gives it whole', async () => {
    app = await startTestApp({ env: { EXPORT_GRAPHQL_MAX_AUDIT_ENTRIES: '40' } });
    const organisation = await buildOrganisation(app.dataSource, { kind: 'PROBATION', name: 'Long Trail Probation' });
    const signIn = async (role: 'PRACTITIONER' | 'MANAGER') => {
      const user = await buildUser(app.dataSource, { organisationId: organisation.id, role });
      const client = new GqlClient(app.url);
      await client.login(user.email, TEST_PASSWORD);
      return client;
    };
    const practitioner = await signIn('PRACTITIONER');
    const manager = await signIn('MANAGER');
    const id = await createFullPerson(practitioner, 'Rosalind Thackeray');
    // Within the bound, the GraphQL export answers as ever.
    const short = (await manager.ok<{ exportPerson: SubjectAccessExport }>(EXPORT, { id })).exportPerson;
    expect(short.auditTrail.length).toBeLessThanOrEqual(40);

    await app.dataSource.query(
      `INSERT INTO audit_event (at, action, person_id, actor_name, actor_role, actor_organisation_name, sections, purpose)
       SELECT timestamptz '2025-03-01 09:00:00+00' + n * interval '1 hour', 'READ', $1, 'Reader', 'PRACTITIONER', 'Elsewhere', ARRAY['STORY'], 'Agenda'
         FROM generate_series(1, 40) AS n`,
      [id],
    );
    const exportsBefore = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE person_id = $1 AND action = 'EXPORT'`,
      [id],
    )) as Array<{ n: number }>;
    const refused = await manager.request(EXPORT, { id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'EXPORT_TOO_LARGE' });
    expect(refused.errors?.[0]?.message).toMatch(
      /^This record’s audit trail holds \d+ entries, too many to show here\. Download the export instead/,
    );
    // Nothing was disclosed, so nothing is recorded.
    const exportsAfter = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE person_id = $1 AND action = 'EXPORT'`,
      [id],
    )) as Array<{ n: number }>;
    expect(exportsAfter[0]!.n).toBe(exportsBefore[0]!.n);

    const response = await fetch(`${app.url}${SUBJECT_ACCESS_DOWNLOAD_PATH}/${id}`, {
      headers: { cookie: manager.cookie!, [DOWNLOAD_CSRF_HEADER]: '1' },
    });
    expect(response.status).toBe(200);
    const downloaded = (await response.json()) as SubjectAccessExport;
    expect(downloaded.auditTrail.filter((e) => e.actorName === 'Reader')).toHaveLength(40);
    expect(downloaded.auditTrail.length).toBeGreaterThan(40);
  });
});
