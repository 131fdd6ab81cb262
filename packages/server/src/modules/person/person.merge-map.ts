import { PERSON_DATA_MAP } from './person.export.js';

/** A column holding a person's id, moved from the merged record to the kept one. */
export interface MovedColumn {
  name: string;
  /**
   * SQL between the merged record's row `m` and one of the kept record's rows `k` of the same
   * table: when it holds, the kept record already has its own (a unique key), so `m` stays with
   * the merged record, and returns to view if the merge is undone.
   */
  unlessKeptHas?: string;
}

/**
 * What merging does to a table's rows about the merged record:
 * - `PERSON`: the record itself, field by field (`person.merge.ts`);
 * - `MOVE`: rows pointing at the merged record point at the kept one (each moved row is logged,
 *   so the undo moves exactly those back); `children` move in the same statement, for a child
 *   whose foreign key names the parent's person column;
 * - `FILL`: one row per key on each record (a need per domain): the kept record's row takes the
 *   merged record's values where its own is still blank;
 * - `FOLLOWS`: rows that hang off another table's row, and go where it goes;
 * - `KEPT`: left where they are, and why.
 */
export type MergeRule =
  | { kind: 'PERSON' }
  | { kind: 'MOVE'; columns: MovedColumn[]; children?: string[] }
  | { kind: 'FILL'; key: string; blank: string; fields: string[] }
  | { kind: 'FOLLOWS'; parent: string }
  | { kind: 'KEPT'; why: string };

const move = (...columns: Array<string | MovedColumn>): MergeRule => ({
  kind: 'MOVE',
  columns: columns.map((c) => (typeof c === 'string' ? { name: c } : c)),
});

/**
 * The merge map: for every table in PERSON_DATA_MAP, what a merge does to it. A merge walks
 * PERSON_DATA_MAP and refuses to run when a table has no rule here, and a test checks this map
 * against the live catalogue (every person column of a moved table is named), so a new table
 * about people cannot be left behind by a merge.
 */
export const PERSON_MERGE_MAP: Record<string, MergeRule> = {
  person: { kind: 'PERSON' },
  person_need: {
    kind: 'FILL',
    key: 'domain',
    blank: `status = 'NOT_STARTED' AND notes IS NULL`,
    fields: ['status', 'notes', 'updated_by', 'updated_at'],
  },
  person_lead: move({ name: 'person_id', unlessKeptHas: 'k.organisation_id = m.organisation_id' }),
  sharing_agreement: move('person_id'),
  break_glass: move('person_id'),
  break_glass_review: { kind: 'FOLLOWS', parent: 'break_glass' },
  person_timeline: move('person_id'),
  person_change: move('person_id'),
  audit_event: { kind: 'KEPT', why: 'The audit trail is append-only: it keeps the id the act was done to.' },
  audit_note: { kind: 'KEPT', why: 'The free text of audit rows, which stay with the id they name.' },
  action: move('person_id'),
  action_history: { kind: 'FOLLOWS', parent: 'action' },
  action_comment: { kind: 'FOLLOWS', parent: 'action' },
  notification: move('person_id'),
  caseload_entry: move({
    name: 'person_id',
    unlessKeptHas: 'k.huddle_id = m.huddle_id AND k.removed_on IS NULL AND m.removed_on IS NULL',
  }),
  agenda_item: move('person_id'),
  agenda_text_update: { kind: 'FOLLOWS', parent: 'agenda_item' },
  // Frozen minutes: only the person they are about moves (the freeze trigger allows exactly that during a merge).
  meeting_minutes_item: move('person_id'),
  minutes_correction: { kind: 'FOLLOWS', parent: 'meeting_minutes_item' },
  release_plan: { kind: 'MOVE', columns: [{ name: 'person_id', unlessKeptHas: 'true' }], children: ['release_plan_item'] },
  release_plan_item: { kind: 'FOLLOWS', parent: 'release_plan' },
  appointment: move('person_id'),
  assessment: move('person_id'),
  assessment_score: { kind: 'FOLLOWS', parent: 'assessment' },
  service_use: move('person_id'),
  rights_request: move('person_id'),
  retention_review: move({ name: 'person_id', unlessKeptHas: 'true' }),
  sharing_without_agreement: move('person_id'),
  access_request: move(
    {
      name: 'person_id',
      unlessKeptHas: `k.requesting_organisation_id = m.requesting_organisation_id AND k.status = 'PENDING' AND m.status = 'PENDING'`,
    },
    'new_person_id',
  ),
  // Referrals about the merged record follow the person; their steps hang off the referral.
  referral: move('person_id'),
  referral_event: { kind: 'FOLLOWS', parent: 'referral' },
  person_merge: { kind: 'KEPT', why: 'The merge log itself.' },
  duplicate_dismissal: { kind: 'KEPT', why: 'A dismissal is about the pair it names.' },
  person_search_key: {
    kind: 'KEPT',
    why: 'Kept by triggers: a merged record leaves name search, and the sharing rows that move rebuild those of the kept record.',
  },
};

/** The rule for every table in PERSON_DATA_MAP, or an error naming the tables a merge would leave behind. */
export function mergePlan(): Array<[string, MergeRule]> {
  const missing = Object.keys(PERSON_DATA_MAP).filter((table) => !PERSON_MERGE_MAP[table]);
  if (missing.length) throw new Error(`No merge rule for ${missing.join(', ')} (person.merge-map.ts)`);
  return Object.keys(PERSON_DATA_MAP).map((table) => [table, PERSON_MERGE_MAP[table]!]);
}
