import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueTables } from '../../../test/catalogue.js';
import { errorCode, GqlClient } from '../../../test/client.js';
import { createEverythingPerson, type EverythingPerson } from '../../../test/everything.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { readPerson } from '../../../test/people.js';
import { PERSON_DATA_MAP } from './person.export.js';
import { PERSON_MERGE_MAP } from './person.merge-map.js';

const DUPLICATES = `query { possibleDuplicates {
  id score reason evidence
  first { version person { id legalName profile { dateOfBirth councilArea } story { text } } }
  second { version person { id legalName profile { dateOfBirth councilArea } story { text } } }
} }`;
const MERGE = `mutation ($keep: ID!, $merge: ID!, $kv: String!, $mv: String!, $confirm: Boolean) {
  mergePeople(keepId: $keep, mergeId: $merge, keepVersion: $kv, mergeVersion: $mv, confirmDifferentIdentifiers: $confirm) {
    id keptPersonId mergedPersonId rowsMoved filledFields differingFields undoneAt
  } }`;
const UNDO = `mutation ($id: ID!) { undoMerge(mergeId: $id) { id undoneAt } }`;
const DISMISS = `mutation ($a: ID!, $b: ID!) { dismissDuplicate(personId: $a, otherPersonId: $b) }`;
const CREATE = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;

interface Pair {
  id: string;
  score: number;
  reason: string;
  evidence: string[];
  first: { version: string; person: { id: string; legalName: string } };
  second: { version: string; person: { id: string; legalName: string } };
}

/** Person columns of each table, from the live catalogue: foreign keys to `person`, and columns named `person_id`/`person_ids`. */
async function personColumns(app: TestApp): Promise<Map<string, string[]>> {
  const found: Array<{ table_name: string; column_name: string }> = await app.dataSource.query(`
    SELECT DISTINCT c.conrelid::regclass::text AS table_name, a.attname AS column_name
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      JOIN pg_class r ON r.oid = c.conrelid
     WHERE c.contype = 'f' AND c.confrelid = 'public.person'::regclass AND NOT r.relispartition
    UNION
    SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name IN ('person_id', 'person_ids')
       AND table_name NOT IN (SELECT relname FROM pg_class WHERE relispartition)
     ORDER BY 1, 2`);
  const map = new Map<string, string[]>();
  for (const { table_name, column_name } of found) {
    if (table_name === 'person') continue; // the record's own link to the record it was merged into
    map.set(table_name, [...(map.get(table_name) ?? []), column_name]);
  }
  return map;
}

/** Every row, in every table about people, that names either record: the state an undo must restore exactly. */
async function snapshot(app: TestApp, ids: string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [table, columns] of await personColumns(app)) {
    // The audit trail only grows (the merge and its undo are in it), and the merge log records the undo.
    if (['audit_event', 'audit_note', 'person_merge'].includes(table)) continue;
    const found: Array<{ row: string }> = await app.dataSource.query(
      `SELECT to_jsonb(t)::text AS row FROM ${table} t WHERE ${columns.map((c) => `${c} = ANY ($1::uuid[])`).join(' OR ')} ORDER BY 1`,
      [ids],
    );
    out[table] = found.map((f) => f.row);
  }
  const people: Array<{ row: string }> = await app.dataSource.query(
    `SELECT to_jsonb(p)::text AS row FROM person p WHERE id = ANY ($1::uuid[]) ORDER BY id`,
    [ids],
  );
  out.person = people.map((p) => p.row);
  return out;
}

describe('possible duplicates and merging', () => {
  let app: TestApp;
  let p: EverythingPerson;
  let coordinator: GqlClient;
  let practitioner: GqlClient;
  let outsider: GqlClient;
  let organisationId: string;

  const signIn = async (orgId: string, role: 'PRACTITIONER' | 'COORDINATOR' | 'MANAGER') => {
    const user = await buildUser(app.dataSource, { organisationId: orgId, role });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    return client;
  };
  const create = async (client: GqlClient, input: Record<string, unknown>) =>
    (await client.ok<{ createPerson: { id: string } }>(CREATE, { input: { councilArea: 'Northvale', ...input } })).createPerson.id;
  const pairOf = async (client: GqlClient, a: string, b: string) =>
    (await client.ok<{ possibleDuplicates: Pair[] }>(DUPLICATES)).possibleDuplicates.find(
      (d) => [d.first.person.id, d.second.person.id].sort().join() === [a, b].sort().join(),
    );
  const versionsOf = (pair: Pair, keep: string) =>
    pair.first.person.id === keep
      ? { kv: pair.first.version, mv: pair.second.version }
      : { kv: pair.second.version, mv: pair.first.version };

  beforeAll(async () => {
    app = await startTestApp();
    p = await createEverythingPerson(app);
    [{ organisationId }] = await app.dataSource.query(`SELECT owning_organisation_id AS "organisationId" FROM person WHERE id = $1`, [
      p.id,
    ]);
    coordinator = p.chair;
    practitioner = p.owner;
    const elsewhere = await buildOrganisation(app.dataSource, { kind: 'PROBATION' });
    outsider = await signIn(elsewhere.id, 'COORDINATOR');
  });
  afterAll(() => app.stop());

  it('has a merge rule for every table about people, naming every person column of the tables it moves', async () => {
    const tables = await catalogueTables(app);
    expect(Object.keys(PERSON_MERGE_MAP).sort()).toEqual(tables);
    expect(Object.keys(PERSON_MERGE_MAP).sort()).toEqual(Object.keys(PERSON_DATA_MAP).sort());
    const columns = await personColumns(app);
    const children = new Set(Object.values(PERSON_MERGE_MAP).flatMap((r) => (r.kind === 'MOVE' ? (r.children ?? []) : [])));
    for (const [table, cols] of columns) {
      const rule = PERSON_MERGE_MAP[table]!;
      if (rule.kind === 'MOVE') expect(rule.columns.map((c) => c.name).sort(), table).toEqual([...cols].sort());
      else if (rule.kind === 'FOLLOWS') expect(children.has(table), `${table} moves with ${rule.parent}`).toBe(true);
      else expect(['FILL', 'KEPT'], table).toContain(rule.kind);
    }
  });

  it('lists likely duplicates side by side, with the evidence, to coordinators of the holding organisation only', async () => {
    const nickname = await create(practitioner, { legalName: 'Jon Smyth', dateOfBirth: '1979-02-14' });
    const full = await create(practitioner, { legalName: 'Jonathan Smith', dateOfBirth: '1979-02-14' });
    const pair = await pairOf(coordinator, nickname, full);
    expect(pair).toBeDefined();
    expect(pair!.reason).toBe('Similar name and date of birth');
    expect(pair!.evidence).toEqual(expect.arrayContaining(['Same date of birth', 'Same council area']));
    expect(pair!.evidence.some((e) => e.startsWith('Names alike'))).toBe(true);
    expect(pair!.first.person.legalName).toBeTruthy();
    // The manager sees it too; a practitioner may not ask; another organisation's coordinator sees none of it.
    const manager = await signIn(organisationId, 'MANAGER');
    expect(await pairOf(manager, nickname, full)).toBeDefined();
    expect(errorCode(await practitioner.request(DUPLICATES))).toBe('FORBIDDEN');
    expect((await outsider.ok<{ possibleDuplicates: Pair[] }>(DUPLICATES)).possibleDuplicates).toEqual([]);
    // Reading them side by side is audited.
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE person_id = $1 AND action = 'READ' AND purpose = 'Possible duplicates'`,
      [nickname],
    );
    expect(n).toBeGreaterThan(0);

    // "Not the same person" keeps the pair off the list, for everyone in the organisation; another organisation cannot dismiss it.
    expect(errorCode(await outsider.request(DISMISS, { a: nickname, b: full }))).toBe('FORBIDDEN');
    await coordinator.ok(DISMISS, { a: full, b: nickname });
    expect(await pairOf(coordinator, nickname, full)).toBeUndefined();
    expect(await pairOf(manager, nickname, full)).toBeUndefined();
    const [{ d }] = await app.dataSource.query(
      `SELECT count(*)::int AS d FROM audit_event WHERE person_id = $1 AND action = 'DUPLICATE_DISMISSED'`,
      [nickname],
    );
    expect(d).toBe(1);
  });

  it('moves every row about the merged record to the kept one, and the undo restores exactly what was there', async () => {
    // A second record of the person from "everything": same name and date of birth, little else.
    const keepId = await create(coordinator, { legalName: p.legalName, dateOfBirth: '1981-05-23' });
    const pair = await pairOf(coordinator, keepId, p.id);
    expect(pair?.reason).toBe('Name and date of birth');
    const before = await snapshot(app, [keepId, p.id]);
    const columns = await personColumns(app);
    const count = async (table: string, id: string) => {
      const [{ n }] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM ${table} WHERE ${columns
          .get(table)!
          .map((c) => `${c} = $1`)
          .join(' OR ')}`,
        [id],
      );
      return n as number;
    };
    const held: Record<string, number> = {};
    for (const table of columns.keys()) held[table] = await count(table, p.id);

    // Someone else edits the record after it was compared: the merge is refused, nothing written.
    const stale = await coordinator.request(MERGE, { keep: keepId, merge: p.id, kv: '0.0.0.0.0.0', mv: versionsOf(pair!, keepId).mv });
    expect(errorCode(stale)).toBe('VERSION_CONFLICT');
    expect(await snapshot(app, [keepId, p.id])).toEqual(before);

    const { mergePeople: merge } = await coordinator.ok<{
      mergePeople: { id: string; rowsMoved: number; filledFields: string[]; differingFields: string[] };
    }>(MERGE, { keep: keepId, merge: p.id, ...versionsOf(pair!, keepId) });
    expect(merge.rowsMoved).toBeGreaterThan(20);
    expect(merge.filledFields).toEqual(expect.arrayContaining(['NHS number', 'Story', 'Situation']));

    for (const [table, rule] of Object.entries(PERSON_MERGE_MAP)) {
      if (!columns.has(table)) continue;
      const left = await count(table, p.id);
      if (rule.kind === 'KEPT') continue;
      if (rule.kind === 'FILL') {
        expect(left, table).toBe(held[table]); // the merged record keeps its own; the kept one took its values
        continue;
      }
      if (rule.kind === 'FOLLOWS') {
        expect(left, `${table} follows ${rule.parent}`).toBe(0);
        continue;
      }
      if (rule.kind !== 'MOVE') continue;
      if (rule.columns.some((c) => c.unlessKeptHas)) {
        // Only rows whose place the kept record already had stay behind (its own lead professional in the same organisation).
        if (table === 'person_lead') expect(left, table).toBe(1);
        else expect(left, table).toBe(0);
      } else {
        expect(left, table).toBe(0);
      }
      if (held[table]! > 0 && table !== 'person_lead') expect(await count(table, keepId), table).toBeGreaterThanOrEqual(held[table]!);
    }
    // Tables about the person that held rows before really moved some: the test reached them.
    const reached = Object.entries(held)
      .filter(([, n]) => n > 0)
      .map(([t]) => t);
    expect(reached).toEqual(
      expect.arrayContaining(['action', 'agenda_item', 'meeting_minutes_item', 'release_plan', 'appointment', 'assessment']),
    );

    // The kept record now holds the story, needs, situation and identifiers of the merged one.
    const kept = (await readPerson(coordinator, keepId)).data!.person;
    expect(kept.story!.text).toContain(p.marker);
    expect(kept.profile!.nhsNumber).toMatch(/^\d{10}$/);
    expect(kept.needs.some((n) => n.notes?.includes(p.marker))).toBe(true);
    expect(kept.timeline[0]!.summary).toMatch(/^Merged with a duplicate record of this person/);
    // The merged record is kept, marked, and reads of it point to the kept record; it is found nowhere else.
    const read = await readPerson(coordinator, p.id);
    expect(errorCode(read)).toBe('RECORD_MERGED');
    expect(read.errors![0]!.extensions!.mergedInto).toBe(keepId);
    expect(errorCode(await readPerson(outsider, p.id))).toBe('FORBIDDEN');
    expect(
      (await outsider.request(`query ($id: ID!) { person(id: $id) { id } }`, { id: p.id })).errors![0]!.extensions!.mergedInto,
    ).toBeUndefined();
    const found = await coordinator.ok<{ people: Array<{ id: string }> }>(`query ($n: String!) { people(search: { name: $n }) { id } }`, {
      n: p.legalName,
    });
    expect(found.people.map((x) => x.id)).toEqual([keepId]);
    // Audited on both records.
    const audited: Array<{ person_id: string }> = await app.dataSource.query(
      `SELECT person_id FROM audit_event WHERE action = 'PERSON_MERGED' AND person_id = ANY ($1::uuid[])`,
      [[keepId, p.id]],
    );
    expect(audited.map((a) => a.person_id).sort()).toEqual([keepId, p.id].sort());

    // Merging it again, or merging into it, is refused.
    const again = await coordinator.request(MERGE, { keep: keepId, merge: p.id, ...versionsOf(pair!, keepId) });
    expect(errorCode(again)).toBe('RECORD_MERGED');

    // Another organisation cannot undo it; the coordinator can, and everything is as it was.
    expect(errorCode(await outsider.request(UNDO, { id: merge.id }))).toBe('FORBIDDEN');
    const undone = await coordinator.ok<{ undoMerge: { undoneAt: string | null } }>(UNDO, { id: merge.id });
    expect(undone.undoMerge.undoneAt).toBeTruthy();
    expect(await snapshot(app, [keepId, p.id])).toEqual(before);
    expect((await readPerson(coordinator, p.id)).data!.person.story!.text).toContain(p.marker);
    expect(errorCode(await coordinator.request(UNDO, { id: merge.id }))).toBe('VERSION_CONFLICT');
    const [{ u }] = await app.dataSource.query(
      `SELECT count(*)::int AS u FROM audit_event WHERE action = 'MERGE_UNDONE' AND person_id = $1`,
      [keepId],
    );
    expect(u).toBe(1);
  });

  it('refuses, with a typed error and nothing written, what must not be merged', async () => {
    const a = await create(practitioner, { legalName: 'Priya Nandakumar', dateOfBirth: '1990-03-21' });
    const b = await create(practitioner, { legalName: 'Priya Nandakumar', dateOfBirth: '1990-03-12' });
    const theirs = await create(await signIn((await buildOrganisation(app.dataSource)).id, 'PRACTITIONER'), {
      legalName: 'Priya Nandakumar',
      dateOfBirth: '1990-03-21',
    });
    const pair = await pairOf(coordinator, a, b);
    expect(pair?.reason).toBe('Name and similar date of birth');
    const versions = versionsOf(pair!, a);
    const before = await snapshot(app, [a, b]);

    // A practitioner, another organisation, an unknown record, the same record twice.
    expect(errorCode(await practitioner.request(MERGE, { keep: a, merge: b, ...versions }))).toBe('FORBIDDEN');
    expect(errorCode(await outsider.request(MERGE, { keep: a, merge: b, ...versions }))).toBe('FORBIDDEN');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errorCode(await coordinator.request(MERGE, { keep: a, merge: unknown, ...versions }))).toBe('FORBIDDEN');
    expect(errorCode(await coordinator.request(MERGE, { keep: a, merge: a, ...versions }))).toBe('VALIDATION_FAILED');
    // A record held elsewhere cannot be merged into one of ours either.
    expect(errorCode(await coordinator.request(MERGE, { keep: a, merge: theirs, ...versions }))).toBe('FORBIDDEN');
    // Different dates of birth need an explicit confirmation.
    const differ = await coordinator.request(MERGE, { keep: a, merge: b, ...versions });
    expect(errorCode(differ)).toBe('IDENTIFIERS_DIFFER');
    expect(differ.errors![0]!.message).toContain('date of birth');
    // A restricted record cannot be merged.
    await app.dataSource.query(`UPDATE person SET processing_restricted = true WHERE id = $1`, [b]);
    expect(errorCode(await coordinator.request(MERGE, { keep: a, merge: b, ...versions, confirm: true }))).toBe('RECORD_RESTRICTED');
    await app.dataSource.query(`UPDATE person SET processing_restricted = false WHERE id = $1`, [b]);
    expect(await snapshot(app, [a, b])).toEqual(before);

    // Confirmed, it goes through; the kept record's date of birth stands and the difference is noted.
    const merged = await coordinator.ok<{ mergePeople: { differingFields: string[] } }>(MERGE, {
      keep: a,
      merge: b,
      ...versions,
      confirm: true,
    });
    expect(merged.mergePeople.differingFields).toContain('Date of birth');
    expect((await readPerson(coordinator, a)).data!.person.profile!.dateOfBirth).toBe('1990-03-21');
  });
});
