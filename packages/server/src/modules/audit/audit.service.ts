import type { SarAuditEntry } from '@casehuddle/shared';
import type { ClientBase } from 'pg';
import Cursor from 'pg-cursor';
import type { Viewer } from '../../core/context.js';
import type { SqlRunner } from '../../core/sql.js';
import { DomainError } from '../../core/errors.js';
import { rows } from '../../core/sql.js';

/** What was done to a record. READ and SEARCH are reads; the rest are changes or governance acts. */
export type AuditAction =
  | 'READ'
  | 'READ_DENIED'
  | 'SEARCH'
  | 'CHANGE'
  | 'CREATE'
  | 'EXPORT'
  | 'BREAK_GLASS'
  | 'LOCK_DOWN'
  | 'UNLOCK'
  | 'RESTRICT'
  | 'UNRESTRICT'
  | 'ERASE'
  | 'SHARING_RECORDED'
  | 'SHARING_WITHDRAWN'
  /** Shared for safeguarding or crime prevention without the person's agreement, and its later review. */
  | 'SHARING_WITHOUT_AGREEMENT'
  | 'SHARING_WITHOUT_AGREEMENT_REVIEWED'
  | 'ACCESS_LOG_READ'
  | 'LIVE_UPDATE'
  /** Someone tried to store an identifier this record already holds (the attempt was refused). */
  | 'DUPLICATE_REFUSED'
  /** A month of the audit trail past the retention period was dropped (no person). */
  | 'AUDIT_RETENTION'
  /** A record (an action, minutes) deleted when its retention period ended. */
  | 'RETENTION_ERASE'
  /** A rights request about the person was logged or progressed. */
  | 'RIGHTS_REQUEST'
  /** A correction was added to frozen minutes about the person. */
  | 'MINUTES_CORRECTION'
  /** The chair signed off a meeting's minutes (about a meeting, so no person). */
  | 'MINUTES_SIGNED_OFF'
  /** A manager recorded whether a break-glass grant was appropriate. */
  | 'BREAK_GLASS_REVIEWED'
  /** Another organisation asked for sections of the record (or the registration check raised a request). */
  | 'ACCESS_REQUESTED'
  /** The holder granted or declined an access request. */
  | 'ACCESS_REQUEST_ANSWERED'
  /** A referral about the person was sent, or took a step (acknowledged, accepted, declined, withdrawn, closed). */
  | 'REFERRAL'
  /** A coordinator merged a duplicate record into this one (or this one into another), or undid a merge. */
  | 'PERSON_MERGED'
  | 'MERGE_UNDONE'
  /** A coordinator said two records that looked alike are not the same person. */
  | 'DUPLICATE_DISMISSED';

/** Acts on staff accounts and organisations, audited with no person. */
export type AccountAuditAction =
  'TWO_FACTOR_ENABLED' | 'TWO_FACTOR_RESET' | 'TWO_FACTOR_REQUIREMENT_CHANGED' | 'INCIDENT_RECORDED' | 'INCIDENT_CHANGED';

/**
 * Where a read happened, as a fixed label chosen by the code (never text a user typed), so it
 * is kept in the audit row itself and outlives an erasure.
 */
export type AuditContext =
  | 'Huddle agenda'
  | 'Huddle caseload'
  | 'Actions'
  | 'My work'
  | 'Search'
  | 'Upcoming releases'
  | 'Subject access request'
  | 'Release plan'
  | 'Appointments'
  | 'Outcome scores'
  | 'Service use'
  | 'Privacy notice'
  | 'Retention review'
  | 'Rights requests'
  | 'Break-glass review'
  | 'Sharing without agreement'
  | 'Access requests'
  | 'Referrals'
  | 'Possible duplicates'
  | 'Notifications';

export interface AuditEntry {
  action: AuditAction;
  /** Null only for an act about no one's record (the trail's own retention, signing off minutes, an erasure of an action about nobody). */
  personId: string | null;
  /** The parts of the record disclosed or changed. */
  sections?: string[];
  /**
   * Why, as free text (a read's purpose, a break-glass reason). Kept with the record, not in
   * the audit row, so that it is erased with the person.
   */
  purpose?: string | null;
  /** Where it happened, when the code (not a user) names it. */
  context?: AuditContext;
  /** A reason that must outlive the record (erasure only); it must not name the person. */
  tombstoneReason?: string | null;
  breakGlass?: boolean;
  /** Ids and codes only: never the person's data. */
  detail?: Record<string, unknown>;
}

/** Repeated reads of the same parts of a record by the same person within this many minutes make one row. */
export const FOLD_MINUTES = 5;

/**
 * The audit insert as two CTEs for a larger statement (`audit_entry`, the entries with their new
 * ids after folding, and `audit_inserted`, the insert): one rule for folding and one set of
 * columns, whether the entries come as JSON (`record`) or from a read in the same statement (the
 * agenda). `source` is a FROM item aliased `e` with the columns action text, person_id uuid,
 * sections text[], tombstone text (the fixed context), note text, break_glass boolean and detail
 * jsonb; `actor` is SQL for the acting user's id.
 */
export function auditInsertCtes(source: string, actor: string): string {
  return `audit_entry AS MATERIALIZED (
         SELECT e.*, nextval('audit_event_id_seq') AS new_id
           FROM ${source}
          -- A read that repeats, within a few minutes, what the same person was already shown in
          -- the same place (a live refresh, a second tab) folds into the first row.
          WHERE NOT (e.action IN ('READ', 'SEARCH') AND e.note IS NULL AND EXISTS (
                  SELECT 1 FROM audit_event a
                   WHERE a.person_id = e.person_id AND a.at > now() - interval '${FOLD_MINUTES} minutes' AND a.actor_id = ${actor}
                     AND a.action IN ('READ', 'SEARCH') AND a.purpose IS NOT DISTINCT FROM e.tombstone
                     AND a.break_glass = e.break_glass AND a.sections @> e.sections
                     AND NOT EXISTS (SELECT 1 FROM audit_note n WHERE n.audit_event_id = a.id)))
       ), audit_inserted AS (
         INSERT INTO audit_event (id, action, person_id, actor_id, actor_name, actor_role, actor_organisation_id, actor_organisation_name, sections, purpose, break_glass, detail)
         SELECT e.new_id, e.action, e.person_id, u.id, u.name, u.role, o.id, o.name, e.sections, e.tombstone, e.break_glass, e.detail
           FROM audit_entry e LEFT JOIN app_user u ON u.id = ${actor} LEFT JOIN organisation o ON o.id = u.organisation_id
         RETURNING id
       )`;
}

/**
 * Writes the append-only audit trail. Rows hold who, which organisation, what and when, but
 * none of the person's data, so the trail outlives an erasure; free-text reasons sit in
 * `audit_note`, which is erased with the record. The database refuses
 * UPDATE, DELETE and TRUNCATE on the table.
 */
export class AuditService {
  /** Appends entries for one actor in a single statement (one row per entry). */
  async record(runner: SqlRunner, viewer: Viewer | null, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await rows(
      runner,
      `WITH ${auditInsertCtes(
        `jsonb_to_recordset($2::jsonb) AS e(action text, person_id uuid, sections text[], tombstone text, note text, break_glass boolean, detail jsonb)`,
        '$1',
      )}
       INSERT INTO audit_note (audit_event_id, person_id, text)
       SELECT e.new_id, e.person_id, e.note FROM audit_entry e JOIN audit_inserted i ON i.id = e.new_id
        WHERE e.note IS NOT NULL AND EXISTS (SELECT 1 FROM person p WHERE p.id = e.person_id)`,
      [
        viewer?.id ?? null,
        JSON.stringify(
          entries.map((e) => ({
            action: e.action,
            person_id: e.personId,
            sections: e.sections ?? [],
            tombstone: e.tombstoneReason ?? e.context ?? null,
            note: e.purpose?.trim() || null,
            break_glass: e.breakGlass ?? false,
            detail: e.detail ?? {},
          })),
        ),
      ],
      { prepared: true },
    );
  }

  /**
   * Appends an act on an account or organisation (no person): who did it, and ids and codes in
   * `detail` (never a person's data).
   */
  async recordAccountEvent(runner: SqlRunner, actorId: string, action: AccountAuditAction, detail: Record<string, unknown>): Promise<void> {
    await rows(
      runner,
      `INSERT INTO audit_event (action, person_id, actor_id, actor_name, actor_role, actor_organisation_id, actor_organisation_name, detail)
       SELECT $2, NULL, u.id, u.name, u.role, o.id, o.name, $3::jsonb FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1`,
      [actorId, action, JSON.stringify(detail)],
    );
  }

  /** "Who has seen this record?" Newest first. */
  async forPerson(runner: SqlRunner, personId: string, limit = 200): Promise<AuditRow[]> {
    return rows<AuditRow>(
      runner,
      `SELECT a.id::text, a.at, a.action, a.actor_name, a.actor_role, a.actor_organisation_name, a.sections, coalesce(n.text, a.purpose) AS purpose, a.break_glass
         FROM audit_event a LEFT JOIN audit_note n ON n.audit_event_id = a.id WHERE a.person_id = $1 ORDER BY a.at DESC, a.id DESC LIMIT $2`,
      [personId, limit],
    );
  }

  /**
   * Every entry for a person, oldest first, as the subject access export writes them.
   *
   * A heavily audited person has hundreds of thousands of entries. They are read in windows of
   * whole months holding up to `pageSize` entries together (counted first from the index), so
   * each statement reads each of its rows once and stays well within the statement timeout however
   * long the trail grows, while a typical person's trail is one statement. PostgreSQL returns
   * values that are cheap to decode: the moment as milliseconds since the epoch (parsing
   * timestamps from their text took a third of the export's time) and the sections, which are
   * fixed labels, as one comma-separated string. The caller's transaction (repeatable read)
   * keeps the windows consistent with each other. A trail longer than `maxEntries` is refused
   * (EXPORT_TOO_LARGE) before any entry is read.
   */
  async trailForExport(runner: SqlRunner, personId: string, pageSize = TRAIL_PAGE, maxEntries = Infinity): Promise<SarAuditEntry[]> {
    const months = await rows<{ month: Date; entries: number }>(
      runner,
      `SELECT date_trunc('month', at, 'UTC') AS month, count(*)::int AS entries FROM audit_event WHERE person_id = $1 GROUP BY 1 ORDER BY 1`,
      [personId],
    );
    const total = months.reduce((sum, m) => sum + m.entries, 0);
    if (total > maxEntries) {
      throw new DomainError(
        'EXPORT_TOO_LARGE',
        `This record’s audit trail holds ${total.toLocaleString('en-GB')} entries, too many to show here. Download the export instead: it is the same document.`,
        { auditEntries: total },
      );
    }
    const trail: SarAuditEntry[] = [];
    for (let i = 0; i < months.length;) {
      let j = i;
      let entries = 0;
      do entries += months[j++]!.entries;
      while (j < months.length && entries + months[j]!.entries <= pageSize);
      const page = await rows<TrailRow>(
        runner,
        `SELECT floor(extract(epoch FROM a.at) * 1000)::bigint::text AS ms, a.action, a.actor_name, a.actor_role,
                a.actor_organisation_name, array_to_string(a.sections, ',') AS sections, coalesce(n.text, a.purpose) AS purpose, a.break_glass
           FROM audit_event a LEFT JOIN audit_note n ON n.audit_event_id = a.id
          WHERE a.person_id = $1 AND a.at >= $2 AND ($3::timestamptz IS NULL OR a.at < $3)
          ORDER BY a.at, a.id`,
        [personId, months[i]!.month, months[j]?.month ?? null],
      );
      for (const a of page)
        trail.push({
          at: new Date(Number(a.ms)).toISOString(),
          action: a.action,
          actorName: a.actor_name,
          actorRole: a.actor_role,
          organisation: a.actor_organisation_name,
          sections: a.sections === '' ? [] : a.sections.split(','),
          purpose: a.purpose,
          breakGlass: a.break_glass,
        });
      i = j;
    }
    return trail;
  }
  /**
   * The same entries as `trailForExport`, in the same order, as JSON text ready to write, a
   * batch at a time: the caller waits for its reader before asking for more (and one batch is
   * fetched ahead meanwhile), so a trail of millions of entries is never held in memory. The trail is read a calendar month at a time
   * (one monthly partition each), each month through a cursor (`pg-cursor`, `batchSize` rows a
   * fetch): one statement over the whole trail would be planned as a sort of every row before
   * the first could be sent, and would run past the statement timeout. A trail of up to
   * `ONE_STATEMENT` entries (a typical person's few hundred) is one statement, which saves a
   * statement for each month of the record's life. PostgreSQL writes each
   * entry's JSON (keys in the order the GraphQL export gives them), so the server only passes
   * text along. Runs on `client`, which must be in the caller's (repeatable read) transaction.
   */
  async *streamTrailForExport(client: ClientBase, personId: string, batchSize = STREAM_BATCH): AsyncGenerator<string[]> {
    const {
      rows: [span],
    } = await client.query<{ first: Date | null; last: Date | null }>(
      `SELECT min(at) AS first, max(at) AS last FROM audit_event WHERE person_id = $1`,
      [personId],
    );
    if (!span?.first || !span.last) return;
    const {
      rows: [few],
    } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM audit_event WHERE person_id = $1 LIMIT ${ONE_STATEMENT + 1}) t`,
      [personId],
    );
    const whole = few!.n <= ONE_STATEMENT;
    const last = span.last.getTime();
    for (let month = Date.UTC(span.first.getUTCFullYear(), span.first.getUTCMonth(), 1); month <= last;) {
      const from = new Date(whole ? span.first.getTime() : month);
      month = whole ? Infinity : Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1);
      const cursor = client.query(
        new Cursor<{ entry: string }>(
          `SELECT '{"at":"' || to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                  || '","action":' || to_json(a.action)::text
                  || ',"actorName":' || coalesce(to_json(a.actor_name)::text, 'null')
                  || ',"actorRole":' || coalesce(to_json(a.actor_role)::text, 'null')
                  || ',"organisation":' || coalesce(to_json(a.actor_organisation_name)::text, 'null')
                  || ',"sections":' || coalesce(to_json(a.sections)::text, '[]')
                  || ',"purpose":' || coalesce(to_json(coalesce(n.text, a.purpose))::text, 'null')
                  || ',"breakGlass":' || a.break_glass::text || '}' AS entry
             FROM audit_event a LEFT JOIN audit_note n ON n.audit_event_id = a.id
            WHERE a.person_id = $1 AND a.at >= $2 AND ($3::timestamptz IS NULL OR a.at < $3)
            ORDER BY a.at, a.id`,
          [personId, from, whole ? null : new Date(month)],
        ),
      );
      // One fetch ahead: PostgreSQL reads the next batch while the caller writes this one.
      let next = cursor.read(batchSize);
      try {
        for (;;) {
          const batch = await next;
          if (batch.length === 0) break;
          next = cursor.read(batchSize);
          yield batch.map((r) => r.entry);
        }
      } finally {
        await next.catch(() => undefined);
        await cursor.close();
      }
    }
  }
}

/** A streamed trail this long or shorter is read in one statement rather than a month at a time. */
const ONE_STATEMENT = 20_000;

/** Entries fetched per round trip when a subject access export is streamed. */
const STREAM_BATCH = 2_000;

/** Entries read per statement for a subject access export (more when one month holds more). */
const TRAIL_PAGE = 100_000;

interface TrailRow {
  ms: string;
  action: AuditAction;
  actor_name: string | null;
  actor_role: string | null;
  actor_organisation_name: string | null;
  sections: string;
  purpose: string | null;
  break_glass: boolean;
}

export interface AuditRow {
  id: string;
  at: Date;
  action: AuditAction;
  actor_name: string | null;
  actor_role: string | null;
  actor_organisation_name: string | null;
  sections: string[];
  purpose: string | null;
  break_glass: boolean;
}
