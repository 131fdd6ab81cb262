import type { SubjectAccessExport } from '@casehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, mergeDuplicatePair } from '../../../test/people.js';

const EXPORT = `query ($id: ID!) { exportPerson(personId: $id) }`;
const UNDO = `mutation ($id: ID!) { undoMerge(mergeId: $id) { id undoneAt } }`;

/**
 * A subject access export after a merge: the kept record's export holds what moved to it and,
 * under `mergedRecords`, everything still held under the merged record's id (its own fields,
 * its needs, its audit trail, a release plan the kept record already had one of).
 */
describe('subject access export after a merge', () => {
  let app: TestApp;
  let practitioner: GqlClient;
  let coordinator: GqlClient;
  let manager: GqlClient;

  const as = async (organisationId: string, role: 'PRACTITIONER' | 'COORDINATOR' | 'MANAGER') => {
    const user = await buildUser(app.dataSource, { organisationId, role });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    return client;
  };

  /** A record with a release plan, a timeline note and, when given, its own story: each marked with `marker`. */
  async function recordWith(name: string, marker: string, story?: string) {
    const id = await createFullPerson(practitioner, name);
    if (story) {
      await practitioner.ok(`mutation ($input: UpdatePersonStoryInput!) { updatePersonStory(input: $input) { id } }`, {
        input: { personId: id, expectedVersion: 2, text: story, personAgreed: true },
      });
    }
    await practitioner.ok(`mutation ($id: ID!, $text: String!) { addTimelineNote(personId: $id, text: $text, section: STORY) { id } }`, {
      id,
      text: `Timeline note ${marker}`,
    });
    await practitioner.ok(`mutation ($input: UpdateReleasePlanInput!) { updateReleasePlan(input: $input) { personId } }`, {
      input: { personId: id, expectedVersion: 0, destinationCouncilArea: 'Testshire' },
    });
    await practitioner.ok(`mutation ($input: UpdateReleasePlanItemInput!) { updateReleasePlanItem(input: $input) { personId } }`, {
      input: { personId: id, item: 'ACCOMMODATION', expectedVersion: 0, status: 'IN_PROGRESS', detail: `Plan detail ${marker}` },
    });
    return id;
  }

  const exportOf = async (id: string) => (await manager.ok<{ exportPerson: SubjectAccessExport }>(EXPORT, { id })).exportPerson;

  beforeAll(async () => {
    app = await startTestApp();
    const organisation = await buildOrganisation(app.dataSource, { kind: 'PROBATION', name: 'Merge Export Probation' });
    practitioner = await as(organisation.id, 'PRACTITIONER');
    coordinator = await as(organisation.id, 'COORDINATOR');
    manager = await as(organisation.id, 'MANAGER');
  });
  afterAll(() => app.stop());

  it('exports the rows that stayed with the merged record under the kept one, and stops once the merge is undone', async () => {
    const name = 'Marlowe Quenby';
    const keepId = await recordWith(name, 'kept-k1');
    const mergeId = await recordWith(name, 'merged-m1', 'The story told to the hostel, merged-m1.');

    const mergeRecordId = await mergeDuplicatePair(coordinator, keepId, mergeId);

    const after = await exportOf(keepId);
    const text = (value: unknown) => JSON.stringify(value);
    // What moved is in the kept record's own parts: both timeline notes.
    expect(text(after.timeline)).toContain('Timeline note kept-k1');
    expect(text(after.timeline)).toContain('Timeline note merged-m1');
    // The kept record had its own plan and story, so the merged record's stayed under its id: exported with it, in full.
    expect(text(after.releasePlan)).toContain('Plan detail kept-k1');
    expect(text(after.releasePlan)).not.toContain('merged-m1');
    expect(after.mergedRecords).toHaveLength(1);
    const [entry] = after.mergedRecords;
    expect(entry!.organisation).toBe('Merge Export Probation');
    expect(entry!.record.person.id).toBe(mergeId);
    expect(entry!.record.person.legalName).toBe(name);
    expect(text(entry!.record.releasePlan)).toContain('Plan detail merged-m1');
    expect(entry!.record.story.text).toBe('The story told to the hostel, merged-m1.');
    expect(entry!.record.needs.find((n) => n.domain === 'HEALTH')?.notes).toBe('Depot injection fortnightly.');
    expect(entry!.record.leadProfessionals).toHaveLength(1);
    expect(entry!.record.auditTrail.map((a) => a.action)).toEqual(expect.arrayContaining(['PERSON_MERGED']));
    // Moved rows are not exported twice.
    expect(text(entry!.record.timeline)).not.toContain('Timeline note merged-m1');

    // The undo still works after the export, and each record's export is its own again.
    const { undoMerge } = await coordinator.ok<{ undoMerge: { undoneAt: string | null } }>(UNDO, { id: mergeRecordId });
    expect(undoMerge.undoneAt).toBeTruthy();
    const keptAgain = await exportOf(keepId);
    expect(keptAgain.mergedRecords).toEqual([]);
    expect(text(keptAgain.timeline)).not.toContain('merged-m1');
    const mergedAgain = await exportOf(mergeId);
    expect(text(mergedAgain.timeline)).toContain('Timeline note merged-m1');
    expect(text(mergedAgain.releasePlan)).toContain('Plan detail merged-m1');
    expect(mergedAgain.mergedRecords).toEqual([]);
  });

  it('follows a chain of merges: a record merged into one that was later merged into the exported one', async () => {
    const name = 'Tamsin Rookwood';
    const first = await recordWith(name, 'chain-a');
    const second = await recordWith(name, 'chain-b');
    const third = await recordWith(name, 'chain-c');
    const merge = (keep: string, gone: string) => mergeDuplicatePair(coordinator, keep, gone);
    await merge(second, first);
    await merge(third, second);
    const exported = await exportOf(third);
    expect(exported.mergedRecords.map((m) => m.record.person.id)).toEqual([second]);
    expect(exported.mergedRecords[0]!.record.mergedRecords.map((m) => m.record.person.id)).toEqual([first]);
    expect(JSON.stringify(exported.mergedRecords[0]!.record.mergedRecords[0]!.record.releasePlan)).toContain('Plan detail chain-a');
    // Every timeline note followed the merges to the record kept last.
    for (const marker of ['chain-a', 'chain-b', 'chain-c']) expect(JSON.stringify(exported.timeline)).toContain(`Timeline note ${marker}`);
  });
});
