import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import { disclose, notShared } from '../disclosure/gate.js';
import { likelyPairs, type CandidateRow, type LikelyPair } from '../matching/matching.service.js';
import { mergePlan } from './person.merge-map.js';
import type { PersonPolicy } from './person.policy.js';
import type { PersonFields, PersonService } from './person.service.js';
import type { Person } from './person.types.js';

/** At most this many pairs are listed at once; dismissing or merging brings the next ones up. */
export const DUPLICATES_LISTED = 50;

/**
 * A stamp of every version a record carries (its parts and its needs): a merge names the stamps
 * the coordinator compared, and a record changed since then gets VERSION_CONFLICT.
 */
const VERSION_STAMP_SQL = `concat_ws('.', p.profile_version, p.situation_version, p.story_version, p.preferences_version, p.risk_version,
  (SELECT coalesce(sum(n.version), 0) FROM person_need n WHERE n.person_id = p.id))`;

/** The parts of the record a merge fills field by field: the kept record's values win; its blanks take the merged record's. */
const FIELD_PARTS: Array<{
  part: 'PROFILE' | 'SITUATION' | 'STORY' | 'PREFERENCES' | 'RISK';
  version: string;
  fields: string[];
  /** Taken whole, when the kept record has none and the merged one has: whether a record has one. */
  present?: (row: Json) => boolean;
}> = [
  {
    part: 'PROFILE',
    version: 'profile_version',
    fields: ['preferred_name', 'pronouns', 'date_of_birth', 'nhs_number', 'prison_number', 'crn'],
  },
  // A situation is one fact (custody, hospital or community, with its dates).
  {
    part: 'SITUATION',
    version: 'situation_version',
    fields: ['situation_kind', 'establishment', 'release_date', 'accommodation_status', 'situation_notes'],
    present: (r) =>
      r.situation_kind !== 'COMMUNITY' ||
      ['establishment', 'release_date', 'accommodation_status', 'situation_notes'].some((f) => !blank(r[f])),
  },
  // A story is the person's own words, with who recorded them and whether they agreed.
  {
    part: 'STORY',
    version: 'story_version',
    fields: ['story', 'story_recorded_by', 'story_recorded_at', 'story_person_agreed'],
    present: (r) => !blank(r.story),
  },
  {
    part: 'PREFERENCES',
    version: 'preferences_version',
    fields: ['what_helps', 'what_to_avoid', 'contact_how', 'contact_when', 'time_of_day'],
  },
  { part: 'RISK', version: 'risk_version', fields: ['risk_summary', 'safety_plan'] },
];
/** Compared to say where the records differ, but never taken from the merged record. */
const COMPARED_ONLY = ['legal_name', 'council_area'];
/** Unique identifiers: the merged record gives them up when the kept record takes them. */
const UNIQUE_IDENTIFIERS = new Set(['nhs_number', 'crn']);

const FIELD_LABELS: Record<string, string> = {
  legal_name: 'Legal name',
  council_area: 'Council area',
  preferred_name: 'Preferred name',
  pronouns: 'Pronouns',
  date_of_birth: 'Date of birth',
  nhs_number: 'NHS number',
  prison_number: 'Prison number',
  crn: 'CRN',
  situation_kind: 'Situation',
  establishment: 'Prison or hospital',
  release_date: 'Release or discharge date',
  accommodation_status: 'Accommodation',
  situation_notes: 'Situation notes',
  story: 'Story',
  story_recorded_by: 'Story recorded by',
  story_recorded_at: 'Story recorded on',
  story_person_agreed: 'Story agreed',
  what_helps: 'What helps',
  what_to_avoid: 'What to avoid',
  contact_how: 'How to contact',
  contact_when: 'When to contact',
  time_of_day: 'Time of day',
  risk_summary: 'Risk summary',
  safety_plan: 'Safety plan',
  locked_down: 'Locked down',
};

type Json = Record<string, unknown>;

/** One logged move: the rows of `table` whose `column` now names the kept record, by primary key. */
interface LoggedMove {
  table: string;
  column: string;
  keys: Json[];
  children?: Array<{ table: string; keys: Json[] }>;
}

/** What a merge did, enough to undo it exactly. */
interface MergeLog {
  before: { kept: Json; merged: Json };
  keptVersionAfter: string;
  moves: LoggedMove[];
  /** Rows of FILL tables on the kept record before the merge filled them, and their versions after. */
  fills: Array<{ table: string; before: Json; versionAfter: number }>;
  /** Rows the merge itself added to the kept record (a change entry per part, a timeline entry). */
  added: Array<{ table: string; id: string }>;
}

export interface DuplicateRecordView {
  person: Person;
  version: string;
}

export interface PossibleDuplicateView {
  id: string;
  first: DuplicateRecordView;
  second: DuplicateRecordView;
  score: number;
  reason: string;
  evidence: string[];
}

export interface PersonMergeView {
  id: string;
  keptPersonId: string;
  mergedPersonId: string;
  mergedAt: Date;
  undoneAt: Date | null;
  rowsMoved: number;
  filledFields: string[];
  differingFields: string[];
}

export interface MergeInput {
  keepId: string;
  mergeId: string;
  keepVersion: string;
  mergeVersion: string;
  confirmDifferentIdentifiers?: boolean | null;
}

const notSame = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
const blank = (v: unknown) => v === null || v === undefined || v === '';

/** Why two records look alike, in words for the coordinator who holds both. */
export function evidenceFor(pair: LikelyPair): string[] {
  const { a, b, score, dateDifference } = pair;
  const out: string[] = [];
  out.push(score.name >= 0.999 ? 'Same name' : `Names alike (${Math.round(score.name * 100)}% similar)`);
  const dates: Record<string, string> = {
    SAME: 'Same date of birth',
    SWAPPED: 'Dates of birth with day and month swapped',
    TRANSPOSED: 'Dates of birth with two digits swapped',
    ONE_DIGIT: 'Dates of birth one digit apart',
    YEAR: 'Dates of birth a year apart',
  };
  if (dates[dateDifference]) out.push(dates[dateDifference]);
  else if (a.date_of_birth && b.date_of_birth) out.push('Different dates of birth');
  if (a.council_area.trim().toLowerCase() === b.council_area.trim().toLowerCase()) out.push('Same council area');
  if (a.prison_number && a.prison_number === b.prison_number) out.push('Same prison number');
  if (a.nhs_number && b.nhs_number && a.nhs_number !== b.nhs_number) out.push('Different NHS numbers');
  if (a.crn && b.crn && a.crn !== b.crn) out.push('Different CRNs');
  return out;
}

/**
 * Likely duplicates inside one organisation, and merging them: a coordinator or manager sees
 * pairs of records their organisation holds side by side, dismisses those that are not the same
 * person, and merges the rest. A merge moves everything that points at the merged record to the
 * kept one, table by table as `person.merge-map.ts` says, fills the kept record's blanks from the
 * merged one, and marks the merged record as merged (it is kept, and the policy then treats it
 * as unknown to everyone). The log of what moved makes the merge undoable, exactly.
 */
export class PersonMergeService {
  private primaryKeys = new Map<string, string[]>();
  private personColumns: string[] | undefined;

  constructor(
    private readonly deps: {
      dataSource: DataSource;
      policy: PersonPolicy;
      audit: AuditService;
      people: PersonService;
    },
  ) {}

  // ---------------------------------------------------------------- finding

  /** Pairs of records the viewer's organisation holds (and may see whole) that are likely the same person. */
  async possibleDuplicates(viewer: Viewer, fields: PersonFields): Promise<PossibleDuplicateView[]> {
    const ds = this.deps.dataSource;
    const records = await rows<CandidateRow & { version: string }>(
      ds,
      `SELECT p.id, p.owning_organisation_id, p.legal_name, p.preferred_name, p.date_of_birth::text, p.council_area, p.nhs_number, p.crn,
              p.prison_number, ${VERSION_STAMP_SQL} AS version
         FROM person p WHERE p.owning_organisation_id = $1 AND p.merged_into_id IS NULL AND NOT p.processing_restricted`,
      [viewer.organisationId],
    );
    const dismissed = new Set(
      (
        await rows<{ person_id: string; other_person_id: string }>(
          ds,
          `SELECT person_id, other_person_id FROM duplicate_dismissal WHERE organisation_id = $1`,
          [viewer.organisationId],
        )
      ).map((d) => `${d.person_id}:${d.other_person_id}`),
    );
    const ids = new Set(records.map((r) => r.id));
    const access = await this.deps.policy.accessFor(ds, viewer, [...ids]);
    const whole = (id: string) => {
      const a = access.get(id);
      return !!a && a.full && a.isOwner && !a.processingRestricted;
    };
    const pairs = likelyPairs(records)
      .filter((p) => !dismissed.has(`${p.a.id}:${p.b.id}`) && whole(p.a.id) && whole(p.b.id))
      .slice(0, DUPLICATES_LISTED);
    if (pairs.length === 0) return [];
    const shown = [...new Set(pairs.flatMap((p) => [p.a.id, p.b.id]))];
    const views = new Map(
      (await this.deps.people.views(viewer, shown, fields, { action: 'READ', context: 'Possible duplicates' })).map((v) => [v.id, v]),
    );
    const version = new Map(records.map((r) => [r.id, r.version]));
    return pairs
      .filter((p) => views.has(p.a.id) && views.has(p.b.id))
      .map((p) =>
        disclose(
          {
            id: `${p.a.id}:${p.b.id}`,
            first: { person: views.get(p.a.id)!, version: version.get(p.a.id)! },
            second: { person: views.get(p.b.id)!, version: version.get(p.b.id)! },
            score: Math.round(p.score.score * 1000) / 1000,
            reason: p.score.reason,
            evidence: evidenceFor(p),
          },
          { access: access.get(p.a.id)! },
        ),
      );
  }

  /** Records that two records are not the same person, so the pair stays off the list. */
  async dismiss(viewer: Viewer, personIdInput: string, otherIdInput: string): Promise<boolean> {
    const [a, b] = [parseId(personIdInput, 'personId'), parseId(otherIdInput, 'otherPersonId')].sort();
    if (a === b) throw validationFailed({ otherPersonId: 'Choose two different records.' });
    await this.deps.dataSource.transaction(async (tx) => {
      await this.requireHeld(tx, viewer, [a!, b!]);
      await tx.query(
        `INSERT INTO duplicate_dismissal (person_id, other_person_id, organisation_id, dismissed_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [a, b, viewer.organisationId, viewer.id],
      );
      await this.deps.audit.record(tx, viewer, [
        { action: 'DUPLICATE_DISMISSED', personId: a!, detail: { otherPersonId: b } },
        { action: 'DUPLICATE_DISMISSED', personId: b!, detail: { otherPersonId: a } },
      ]);
    });
    return true;
  }

  // ---------------------------------------------------------------- merging

  /**
   * Merges `mergeId` into `keepId`, in one transaction: both must be held by the viewer's
   * organisation, unrestricted, unmerged and unchanged since the coordinator compared them
   * (their version stamps); different NHS numbers or dates of birth need `confirmDifferentIdentifiers`.
   */
  async merge(viewer: Viewer, input: MergeInput): Promise<PersonMergeView> {
    const keepId = parseId(input.keepId, 'keepId');
    const mergeId = parseId(input.mergeId, 'mergeId');
    if (keepId === mergeId) throw validationFailed({ mergeId: 'Choose two different records to merge.' });
    const plan = mergePlan();
    const mergeLogId = await this.deps.dataSource.transaction(async (tx) => {
      const locked = await this.requireHeld(tx, viewer, [keepId, mergeId]);
      const kept = locked.get(keepId)!;
      const merged = locked.get(mergeId)!;
      if (kept.version !== input.keepVersion || merged.version !== input.mergeVersion)
        throw new DomainError('VERSION_CONFLICT', 'One of these records has changed since you compared them. Compare them again.');
      const differ: string[] = [];
      if (kept.row.nhs_number && merged.row.nhs_number && kept.row.nhs_number !== merged.row.nhs_number) differ.push('NHS number');
      if (kept.row.date_of_birth && merged.row.date_of_birth && kept.row.date_of_birth !== merged.row.date_of_birth)
        differ.push('date of birth');
      if (differ.length && !input.confirmDifferentIdentifiers)
        throw new DomainError(
          'IDENTIFIERS_DIFFER',
          `These records have a different ${differ.join(' and ')}. Check that they are the same person, then confirm the merge.`,
          { differing: differ },
        );

      const log: MergeLog = { before: { kept: kept.row, merged: merged.row }, keptVersionAfter: '', moves: [], fills: [], added: [] };

      // The record itself: fill the kept record's blanks, and note where both hold different values.
      const values: Json = {};
      const changed: Array<{ part: string; version: string; before: Json; after: Json }> = [];
      const filled: string[] = [];
      const differing = COMPARED_ONLY.filter((f) => !blank(kept.row[f]) && !blank(merged.row[f]) && notSame(kept.row[f], merged.row[f]));
      for (const part of FIELD_PARTS) {
        const before: Json = {};
        const after: Json = {};
        const takeWhole = !!part.present && !part.present(kept.row) && part.present(merged.row);
        for (const f of part.fields) {
          const take = part.present ? takeWhole && notSame(kept.row[f], merged.row[f]) : blank(kept.row[f]) && !blank(merged.row[f]);
          if (take) {
            before[f] = kept.row[f] ?? null;
            after[f] = merged.row[f];
            values[f] = merged.row[f];
          } else if (!takeWhole && !blank(kept.row[f]) && !blank(merged.row[f]) && notSame(kept.row[f], merged.row[f])) {
            differing.push(f);
          }
        }
        if (Object.keys(after).length) {
          changed.push({ part: part.part, version: part.version, before, after });
          filled.push(...Object.keys(after));
        }
      }
      if (merged.row.locked_down && !kept.row.locked_down) {
        values.locked_down = true;
        filled.push('locked_down');
      }
      const freed = Object.keys(values).filter((f) => UNIQUE_IDENTIFIERS.has(f));
      await tx.query(
        `UPDATE person SET merged_into_id = $2, merged_at = now()${freed.map((f) => `, ${f} = NULL`).join('')} WHERE id = $1`,
        [mergeId, keepId],
      );
      if (Object.keys(values).length) {
        const columns = Object.keys(values);
        const versions = changed.map((c) => `, ${c.version} = ${c.version} + 1`).join('');
        await tx.query(
          `UPDATE person SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')}${versions}, updated_at = now() WHERE id = $1`,
          [keepId, ...columns.map((c) => values[c])],
        );
      }
      for (const c of changed) {
        const [added] = await rows<{ id: string }>(
          tx,
          `INSERT INTO person_change (person_id, part, before, after, changed_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [keepId, c.part, JSON.stringify(c.before), JSON.stringify({ ...c.after, mergedFrom: mergeId }), viewer.id],
        );
        log.added.push({ table: 'person_change', id: added!.id });
      }

      // Every table about people, as the merge map says.
      let moved = 0;
      await tx.query(`SELECT set_config('casehuddle.merging_person', $1, true)`, [`${mergeId},${keepId}`]);
      for (const [table, rule] of plan) {
        if (rule.kind === 'MOVE') {
          for (const column of rule.columns) {
            const entry = await this.moveRows(tx, table, column.name, mergeId, keepId, column.unlessKeptHas, rule.children);
            moved += entry.keys.length;
            if (entry.keys.length) log.moves.push(entry);
          }
        } else if (rule.kind === 'FILL') {
          const fills = await rows<{ before: Json; version: number }>(
            tx,
            `WITH filled AS (
               UPDATE ${table} k SET ${rule.fields.map((f) => `${f} = m.${f}`).join(', ')}, version = k.version + 1
                 FROM ${table} m, ${table} prior
                WHERE k.person_id = $1 AND m.person_id = $2 AND m.${rule.key} = k.${rule.key}
                  AND prior.person_id = k.person_id AND prior.${rule.key} = k.${rule.key}
                  AND (k.${rule.blank.replace(/ AND /g, ` AND k.`)}) AND NOT (m.${rule.blank.replace(/ AND /g, ` AND m.`)})
               RETURNING to_jsonb(prior) AS before, k.version)
             SELECT before, version FROM filled`,
            [keepId, mergeId],
          );
          for (const f of fills) {
            log.fills.push({ table, before: f.before, versionAfter: f.version });
            filled.push(`${table}:${String(f.before[rule.key])}`);
          }
        }
      }
      await tx.query(`SELECT set_config('casehuddle.merging_person', '', true)`);

      const [timeline] = await rows<{ id: string }>(
        tx,
        `INSERT INTO person_timeline (person_id, kind, section, summary, author_id, author_organisation_id)
         VALUES ($1, 'CHANGE', NULL, $2, $3, $4) RETURNING id`,
        [
          keepId,
          `Merged with a duplicate record of this person (${moved} ${moved === 1 ? 'entry' : 'entries'} moved to this record)` +
            (filled.length ? `; filled in from it: ${labels(filled).join(', ')}` : '') +
            (differing.length ? `; the other record had different: ${labels(differing).join(', ')}` : ''),
          viewer.id,
          viewer.organisationId,
        ],
      );
      log.added.push({ table: 'person_timeline', id: timeline!.id });
      const [after] = await rows<{ version: string }>(tx, `SELECT ${VERSION_STAMP_SQL} AS version FROM person p WHERE p.id = $1`, [keepId]);
      log.keptVersionAfter = after!.version;
      const [saved] = await rows<{ id: string }>(
        tx,
        `INSERT INTO person_merge (organisation_id, kept_person_id, merged_person_id, merged_by, log, rows_moved, filled_fields, differing_fields)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [viewer.organisationId, keepId, mergeId, viewer.id, JSON.stringify(log), moved, labels(filled), labels(differing)],
      );
      await this.deps.audit.record(tx, viewer, [
        { action: 'PERSON_MERGED', personId: keepId, detail: { mergeId: saved!.id, kept: keepId, merged: mergeId, rowsMoved: moved } },
        { action: 'PERSON_MERGED', personId: mergeId, detail: { mergeId: saved!.id, kept: keepId, merged: mergeId, rowsMoved: moved } },
      ]);
      const [{ profile_version }] = (await rows<{ profile_version: number }>(tx, `SELECT profile_version FROM person WHERE id = $1`, [
        keepId,
      ])) as [{ profile_version: number }];
      await this.deps.people.publish(tx, viewer, { personId: keepId, part: 'PROFILE', version: profile_version });
      return saved!.id;
    });
    return this.view(this.deps.dataSource, viewer, mergeLogId);
  }

  /**
   * Undoes a merge: every logged row moves back, the fills and the rows the merge added are
   * undone, and both records return to their values before the merge. Refused (VERSION_CONFLICT)
   * when the kept record has been changed since, so no later edit is lost; rows added to the kept
   * record after the merge stay with it.
   */
  async undo(viewer: Viewer, mergeIdInput: string): Promise<PersonMergeView> {
    const id = parseId(mergeIdInput, 'mergeId');
    await this.deps.dataSource.transaction(async (tx) => {
      const [merge] = await rows<{
        kept_person_id: string;
        merged_person_id: string;
        organisation_id: string;
        log: MergeLog;
        undone_at: Date | null;
      }>(tx, `SELECT kept_person_id, merged_person_id, organisation_id, log, undone_at FROM person_merge WHERE id = $1 FOR UPDATE`, [id]);
      if (!merge || merge.organisation_id !== viewer.organisationId) throw notShared(true);
      if (merge.undone_at) throw new DomainError('VERSION_CONFLICT', 'This merge has already been undone.');
      const keepId = merge.kept_person_id;
      const mergeId = merge.merged_person_id;
      const locked = await rows<{ id: string; version: string; restricted: boolean; owner: string; merged_into_id: string | null }>(
        tx,
        `SELECT p.id, ${VERSION_STAMP_SQL} AS version, p.processing_restricted AS restricted, p.owning_organisation_id AS owner, p.merged_into_id
           FROM person p WHERE p.id = ANY($1::uuid[]) ORDER BY p.id FOR UPDATE OF p`,
        [[keepId, mergeId]],
      );
      const kept = locked.find((l) => l.id === keepId);
      if (!kept || kept.owner !== viewer.organisationId) throw notShared(true);
      if (kept.restricted)
        throw new DomainError(
          'RECORD_RESTRICTED',
          'This record is restricted: it is kept, but it cannot be changed while the restriction lasts.',
        );
      if (kept.merged_into_id)
        throw new DomainError('RECORD_MERGED', 'The kept record has since been merged into another. Undo that merge first.');
      if (kept.version !== merge.log.keptVersionAfter)
        throw new DomainError(
          'VERSION_CONFLICT',
          'The kept record has changed since the merge, so it cannot be undone without losing those changes.',
        );

      await tx.query(`SELECT set_config('casehuddle.merging_person', $1, true)`, [`${keepId},${mergeId}`]);
      for (const move of [...merge.log.moves].reverse()) await this.moveBack(tx, move, keepId, mergeId);
      await tx.query(`SELECT set_config('casehuddle.merging_person', '', true)`);
      for (const fill of merge.log.fills) await this.restoreRow(tx, fill.table, fill.before, ['person_id', 'domain']);
      for (const added of merge.log.added)
        await tx.query(`DELETE FROM ${added.table} WHERE id = $1 AND person_id = $2`, [added.id, keepId]);
      // The kept record first: it gives back the identifiers the merged record held.
      await this.restoreRow(tx, 'person', merge.log.before.kept, ['id']);
      await this.restoreRow(tx, 'person', merge.log.before.merged, ['id']);
      await tx.query(`UPDATE person_merge SET undone_at = now(), undone_by = $2 WHERE id = $1`, [id, viewer.id]);
      await this.deps.audit.record(tx, viewer, [
        { action: 'MERGE_UNDONE', personId: keepId, detail: { mergeId: id, kept: keepId, merged: mergeId } },
        { action: 'MERGE_UNDONE', personId: mergeId, detail: { mergeId: id, kept: keepId, merged: mergeId } },
      ]);
      await this.deps.people.publish(tx, viewer, { personId: keepId, part: 'PROFILE', version: null });
    });
    return this.view(this.deps.dataSource, viewer, id);
  }

  // ---------------------------------------------------------------- helpers

  /** Locks the records (in id order) and checks they are held by the viewer's organisation, unrestricted and unmerged. */
  private async requireHeld(tx: SqlRunner, viewer: Viewer, ids: string[]): Promise<Map<string, { row: Json; version: string }>> {
    const found = await rows<{ id: string; row: Json; version: string }>(
      tx,
      `SELECT p.id, to_jsonb(p) AS row, ${VERSION_STAMP_SQL} AS version FROM person p WHERE p.id = ANY($1::uuid[]) ORDER BY p.id FOR UPDATE OF p`,
      [ids],
    );
    const byId = new Map(found.map((f) => [f.id, { row: f.row, version: f.version }]));
    // One answer for records that do not exist and records held elsewhere.
    if (ids.some((i) => byId.get(i)?.row.owning_organisation_id !== viewer.organisationId)) throw notShared(true);
    if (ids.some((i) => byId.get(i)!.row.merged_into_id))
      throw new DomainError('RECORD_MERGED', 'One of these records has already been merged into another record.');
    if (ids.some((i) => byId.get(i)!.row.processing_restricted))
      throw new DomainError('RECORD_RESTRICTED', 'One of these records is restricted: it cannot be merged while the restriction lasts.');
    return byId;
  }

  private async primaryKey(tx: SqlRunner, table: string): Promise<string[]> {
    let key = this.primaryKeys.get(table);
    if (!key) {
      key = (
        await rows<{ attname: string }>(
          tx,
          `SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
            WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
          [table],
        )
      ).map((r) => r.attname);
      if (key.length === 0) throw new Error(`${table} has no primary key to log a merge by`);
      this.primaryKeys.set(table, key);
    }
    return key;
  }

  private keyJson = (alias: string, key: string[]) => `jsonb_build_object(${key.map((k) => `'${k}', ${alias}.${k}`).join(', ')})`;

  /** Moves a table's rows from one record to the other (with children that name the same person), returning the moved keys. */
  private async moveRows(
    tx: SqlRunner,
    table: string,
    column: string,
    from: string,
    to: string,
    unlessKeptHas: string | undefined,
    children: string[] = [],
  ): Promise<LoggedMove> {
    const key = await this.primaryKey(tx, table);
    const guard = unlessKeptHas ? `AND NOT EXISTS (SELECT 1 FROM ${table} k WHERE k.${column} = $2 AND (${unlessKeptHas}))` : '';
    const childKeys = await Promise.all(children.map((c) => this.primaryKey(tx, c)));
    // Children whose foreign key names the parent's person column move in the same statement, so the key is checked once both have moved.
    const childMoves = children.map(
      (c, i) =>
        `, child_${i} AS (UPDATE ${c} SET ${column} = $2 WHERE ${column} = $1 AND EXISTS (SELECT 1 FROM moved) RETURNING ${this.keyJson(c, childKeys[i]!)} AS key)`,
    );
    const found = await rows<{ keys: Json[] | null; children: Json[][] | null }>(
      tx,
      `WITH moved AS (UPDATE ${table} m SET ${column} = $2 WHERE m.${column} = $1 ${guard} RETURNING ${this.keyJson('m', key)} AS key)
       ${childMoves.join('\n')}
       SELECT (SELECT jsonb_agg(key) FROM moved) AS keys,
              ${children.length ? `jsonb_build_array(${children.map((_, i) => `(SELECT coalesce(jsonb_agg(key), '[]') FROM child_${i})`).join(', ')})` : 'NULL::jsonb'} AS children`,
      [from, to],
    );
    const result = found[0]!;
    return {
      table,
      column,
      keys: result.keys ?? [],
      ...(children.length ? { children: children.map((c, i) => ({ table: c, keys: (result.children ?? [])[i] ?? [] })) } : {}),
    };
  }

  private async moveBack(tx: SqlRunner, move: LoggedMove, keepId: string, mergeId: string): Promise<void> {
    const key = await this.primaryKey(tx, move.table);
    const childMoves = await Promise.all(
      (move.children ?? []).map(async (c, i) => {
        const childKey = await this.primaryKey(tx, c.table);
        return `, child_${i} AS (UPDATE ${c.table} SET ${move.column} = $2 WHERE ${move.column} = $1 AND ${this.keyJson(c.table, childKey)} = ANY ($${i + 4}::jsonb[]) RETURNING 1)`;
      }),
    );
    await tx.query(
      `WITH moved AS (UPDATE ${move.table} m SET ${move.column} = $2 WHERE m.${move.column} = $1 AND ${this.keyJson('m', key)} = ANY ($3::jsonb[]) RETURNING 1)
       ${childMoves.join('\n')}
       SELECT 1`,
      [keepId, mergeId, move.keys.map((k) => JSON.stringify(k)), ...(move.children ?? []).map((c) => c.keys.map((k) => JSON.stringify(k)))],
    );
  }

  private async personColumnList(tx: SqlRunner): Promise<string[]> {
    this.personColumns ??= (
      await rows<{ column_name: string }>(
        tx,
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'person' AND column_name <> 'id' ORDER BY ordinal_position`,
      )
    ).map((r) => r.column_name);
    return this.personColumns;
  }

  /** Writes a logged row back, every column as it was. */
  private async restoreRow(tx: SqlRunner, table: string, before: Json, key: string[]): Promise<void> {
    const columns = table === 'person' ? await this.personColumnList(tx) : Object.keys(before).filter((c) => !key.includes(c));
    await tx.query(
      `UPDATE ${table} t SET ${columns.map((c) => `${c} = r.${c}`).join(', ')}
         FROM jsonb_populate_record(NULL::${table}, $1::jsonb) r WHERE ${key.map((k) => `t.${k} = r.${k}`).join(' AND ')}`,
      [JSON.stringify(before)],
    );
  }

  private async view(runner: SqlRunner, viewer: Viewer, id: string): Promise<PersonMergeView> {
    const [m] = await rows<{
      id: string;
      kept_person_id: string;
      merged_person_id: string;
      merged_at: Date;
      undone_at: Date | null;
      rows_moved: number;
      filled_fields: string[];
      differing_fields: string[];
    }>(
      runner,
      `SELECT id, kept_person_id, merged_person_id, merged_at, undone_at, rows_moved, filled_fields, differing_fields
         FROM person_merge WHERE id = $1 AND organisation_id = $2`,
      [id, viewer.organisationId],
    );
    if (!m) throw notShared(true);
    return {
      id: m.id,
      keptPersonId: m.kept_person_id,
      mergedPersonId: m.merged_person_id,
      mergedAt: m.merged_at,
      undoneAt: m.undone_at,
      rowsMoved: m.rows_moved,
      filledFields: m.filled_fields,
      differingFields: m.differing_fields,
    };
  }
}

function labels(fields: string[]): string[] {
  return [
    ...new Set(
      fields.map((f) => {
        if (f.startsWith('person_need:')) return `Need: ${f.slice('person_need:'.length).toLowerCase().replace(/_/g, ' ')}`;
        return FIELD_LABELS[f] ?? f;
      }),
    ),
  ];
}
