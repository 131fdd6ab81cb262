import type { Viewer } from '../../core/context.js';
import type { SqlRunner } from '../../core/sql.js';
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
  | 'ACCESS_LOG_READ'
  | 'LIVE_UPDATE';

export interface AuditEntry {
  action: AuditAction;
  personId: string;
  /** The parts of the record disclosed or changed. */
  sections?: string[];
  /** Why: the purpose of a read, or the reason given for break-glass, erasure… */
  purpose?: string | null;
  breakGlass?: boolean;
  /** Ids and codes only: never the person's data. */
  detail?: Record<string, unknown>;
}

/**
 * Writes the append-only audit trail. Rows hold who, which organisation, what, when and why,
 * but none of the person's data, so the trail outlives an erasure. The database refuses
 * UPDATE, DELETE and TRUNCATE on the table.
 */
export class AuditService {
  /** Appends entries for one actor in a single statement (one row per entry). */
  async record(runner: SqlRunner, viewer: Viewer | null, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await runner.query(
      `INSERT INTO audit_event (action, person_id, actor_id, actor_name, actor_role, actor_organisation_id, actor_organisation_name, sections, purpose, break_glass, detail)
       SELECT e.action, e.person_id, u.id, u.name, u.role, o.id, o.name, e.sections, e.purpose, e.break_glass, e.detail
         FROM jsonb_to_recordset($2::jsonb) AS e(action text, person_id uuid, sections text[], purpose text, break_glass boolean, detail jsonb)
         LEFT JOIN app_user u ON u.id = $1
         LEFT JOIN organisation o ON o.id = u.organisation_id`,
      [
        viewer?.id ?? null,
        JSON.stringify(
          entries.map((e) => ({
            action: e.action,
            person_id: e.personId,
            sections: e.sections ?? [],
            purpose: e.purpose ?? null,
            break_glass: e.breakGlass ?? false,
            detail: e.detail ?? {},
          })),
        ),
      ],
    );
  }

  /** "Who has seen this record?" Newest first. */
  async forPerson(runner: SqlRunner, personId: string, limit = 200): Promise<AuditRow[]> {
    return rows<AuditRow>(
      runner,
      `SELECT id::text, at, action, actor_name, actor_role, actor_organisation_name, sections, purpose, break_glass
         FROM audit_event WHERE person_id = $1 ORDER BY at DESC, id DESC LIMIT $2`,
      [personId, limit],
    );
  }

  /** Every entry for a person, oldest first (for subject access exports). */
  async allForPerson(runner: SqlRunner, personId: string): Promise<AuditRow[]> {
    return rows<AuditRow>(
      runner,
      `SELECT id::text, at, action, actor_name, actor_role, actor_organisation_name, sections, purpose, break_glass
         FROM audit_event WHERE person_id = $1 ORDER BY at, id`,
      [personId],
    );
  }
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
