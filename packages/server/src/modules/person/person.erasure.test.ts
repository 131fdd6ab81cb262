import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnsHolding } from '../../../test/catalogue.js';
import { createEverythingPerson, type EverythingPerson } from '../../../test/everything.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { ERASING_PERSON_SETTING } from './person.erasure.js';

const ERASE = `mutation ($id: ID!) { erasePerson(personId: $id, reason: "Retention period has ended") }`;

/**
 * Everything that may still hold something of an erased person, and nothing more: the audit
 * trail keeps the record's id (its tombstone, and who saw the record), with fixed labels and
 * the names of the staff who acted. Neither their name nor any text about them is allowed.
 */
const ALLOWED_AFTER_ERASURE: Record<'marker' | 'legalName' | 'preferredName' | 'id', string[]> = {
  marker: [],
  legalName: [],
  preferredName: [],
  id: ['audit_event.person_id'],
};

describe('erasure', () => {
  let app: TestApp;
  let p: EverythingPerson;
  let needles: Record<keyof typeof ALLOWED_AFTER_ERASURE, string>;

  beforeAll(async () => {
    app = await startTestApp();
    p = await createEverythingPerson(app);
    needles = { marker: p.marker, legalName: p.legalName, preferredName: p.preferredName, id: p.id };
  });
  afterAll(() => app.stop());

  it('finds the person in every kind of place before erasure (so the scan below can see them)', async () => {
    const before = await columnsHolding(app, p.marker);
    expect(before).toEqual(
      expect.arrayContaining([
        'person.story',
        'person.situation_notes',
        'person_need.notes',
        'person_timeline.summary',
        'person_change.after',
        'sharing_agreement.notes',
        'sharing_agreement.withdrawal_reason',
        'break_glass.reason',
        'audit_note.text',
        'action.title',
        'action.status_reason',
        'action_comment.body',
        'action_history.to_value',
        'notification.message',
        'caseload_entry.offer_of_help',
        'agenda_item.notes',
        'agenda_item.decisions',
        'meeting_minutes_item.notes',
        'meeting_minutes_item.decisions',
        'meeting_minutes_item.actions',
        'appointment.purpose',
        'appointment.location',
        'release_plan.destination_council_area',
        'release_plan_item.detail',
        'assessment.notes',
      ]),
    );
    // The review of incomplete actions is not about the person, yet its minutes copy an action for them.
    const [review] = await app.dataSource.query(
      `SELECT actions::text AS actions FROM meeting_minutes_item WHERE meeting_id = $1 AND kind = 'INCOMPLETE_ACTIONS_REVIEW'`,
      [p.meetingId],
    );
    expect(review.actions).toContain(`Agreed at the review ${p.marker}`);
    const [missed] = await app.dataSource.query(`SELECT message FROM notification WHERE kind = 'APPOINTMENT_MISSED' AND person_id = $1`, [
      p.id,
    ]);
    expect(missed.message).toContain(p.marker);
  });

  it('leaves nothing of the person outside the tombstone and the audit trail’s fixed labels', async () => {
    await p.admin.ok(ERASE, { id: p.id });
    const found: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(needles)) found[name] = await columnsHolding(app, value);
    expect(found).toEqual(ALLOWED_AFTER_ERASURE);

    // What is left: the tombstone, and the trail of who saw the record, without the free text given with it.
    const trail: Array<{ action: string; purpose: string | null }> = await app.dataSource.query(
      `SELECT action, purpose FROM audit_event WHERE person_id = $1 ORDER BY id`,
      [p.id],
    );
    expect(trail.at(-1)).toEqual({ action: 'ERASE', purpose: 'Retention period has ended' });
    expect(trail.map((t) => t.action)).toEqual(expect.arrayContaining(['CREATE', 'READ', 'BREAK_GLASS', 'ERASE']));
  });

  it('keeps the rest of the minutes, still frozen', async () => {
    const items: Array<{ kind: string; titles: string[] }> = await app.dataSource.query(
      `SELECT kind, (SELECT coalesce(array_agg(e->>'title'), '{}') FROM jsonb_array_elements(actions) e) AS titles
         FROM meeting_minutes_item WHERE meeting_id = $1 ORDER BY position`,
      [p.meetingId],
    );
    // Their own item went with them; the review stays, with the action that was for nobody in particular.
    expect(items).toEqual([{ kind: 'INCOMPLETE_ACTIONS_REVIEW', titles: [expect.stringMatching(/^Ask the board about hostel places /)] }]);
    const refused = /minutes of a closed meeting cannot be changed/;
    await expect(
      app.dataSource.query(`UPDATE meeting_minutes_item SET notes = 'changed' WHERE meeting_id = $1`, [p.meetingId]),
    ).rejects.toThrow(refused);
    // Even in an erasure, only the erased person's actions may leave the minutes.
    await expect(
      app.dataSource.transaction(async (tx) => {
        await tx.query(`SELECT set_config($1, $2, true)`, [ERASING_PERSON_SETTING, p.id]);
        await tx.query(`UPDATE meeting_minutes_item SET actions = '[]' WHERE meeting_id = $1`, [p.meetingId]);
      }),
    ).rejects.toThrow(refused);
    await expect(
      app.dataSource.transaction(async (tx) => {
        await tx.query(`SELECT set_config($1, $2, true)`, [ERASING_PERSON_SETTING, p.id]);
        await tx.query(`UPDATE meeting_minutes_item SET notes = 'changed during an erasure' WHERE meeting_id = $1`, [p.meetingId]);
      }),
    ).rejects.toThrow(refused);
  });
});
