import { formatDate } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, forbidden, validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import type { Logger } from '../../core/logger.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import type { AuditEntry, AuditService } from '../audit/audit.service.js';
import type { PersonGovernanceService } from '../person/person.governance.js';
import type { PersonService } from '../person/person.service.js';
import type { HoldRetentionReviewInput, UpdateRetentionScheduleInput } from './dto/retention.inputs.js';
import type { RetentionRecordType, RetentionReview, RetentionRunResult, RetentionSchedule } from './retention.types.js';

/** The advisory lock that lets one process at a time run the retention job (any fixed 64-bit key). */
export const RETENTION_LOCK_KEY = 7_302_614_001;

/** The schedule's period as an SQL interval, for the row `s`. */
const PERIOD = `make_interval(years => CASE WHEN s.period_unit = 'YEARS' THEN s.period_count ELSE 0 END,
                              months => CASE WHEN s.period_unit = 'MONTHS' THEN s.period_count ELSE 0 END,
                              days => CASE WHEN s.period_unit = 'DAYS' THEN s.period_count ELSE 0 END)`;

/**
 * A person whose data must not be erased now: their record is restricted (UK GDPR Art. 18: the
 * person may have asked for it to be kept instead of erased), or a rights request about them is
 * open (destroying data once a subject access request has arrived is an offence, DPA 2018 s.173).
 */
const ON_HOLD = (personColumn: string) => `(
  EXISTS (SELECT 1 FROM person hp WHERE hp.id = ${personColumn} AND hp.processing_restricted)
  OR EXISTS (SELECT 1 FROM rights_request rr WHERE rr.person_id = ${personColumn} AND rr.status NOT IN ('COMPLETED','REFUSED')))`;

/**
 * Every record past its retention period, as (record_type, person_id, action_id, meeting_id,
 * owning_organisation_id, due_since, grace_days). One statement, so flagging, unflagging and
 * re-checking before erasure all read the same rule.
 *
 * - A person record is closed when the person is on no huddle's caseload and has no open action;
 *   it closed at the last of: a change to the record, a timeline note, leaving a caseload, a
 *   change to one of their actions.
 * - An action is closed when done, not possible, not undertaken or cancelled.
 * - Minutes are the frozen record of a closed meeting; the whole meeting goes with them.
 */
export const DUE_SQL = `
  SELECT 'PERSON_RECORD'::text AS record_type, p.id AS person_id, NULL::uuid AS action_id, NULL::uuid AS meeting_id,
         p.owning_organisation_id, last.at + ${PERIOD} AS due_since, s.grace_days
    FROM retention_schedule s, person p
    CROSS JOIN LATERAL (SELECT greatest(p.updated_at,
                                        (SELECT max(t.at) FROM person_timeline t WHERE t.person_id = p.id),
                                        (SELECT max(c.removed_on)::timestamptz FROM caseload_entry c WHERE c.person_id = p.id),
                                        (SELECT max(a.updated_at) FROM action a WHERE a.person_id = p.id)) AS at) last
   WHERE s.record_type = 'PERSON_RECORD'
     AND NOT EXISTS (SELECT 1 FROM caseload_entry c WHERE c.person_id = p.id AND c.removed_on IS NULL)
     AND NOT EXISTS (SELECT 1 FROM action a WHERE a.person_id = p.id AND a.status IN ('OPEN','IN_PROGRESS'))
     AND NOT ${ON_HOLD('p.id')}
     AND last.at + ${PERIOD} <= now()
  UNION ALL
  SELECT 'ACTION', NULL, a.id, NULL, a.owner_organisation_id, coalesce(a.completed_at, a.updated_at) + ${PERIOD}, s.grace_days
    FROM retention_schedule s, action a
   WHERE s.record_type = 'ACTION'
     AND a.status IN ('DONE','NOT_POSSIBLE','NOT_UNDERTAKEN','CANCELLED')
     AND coalesce(a.completed_at, a.updated_at) + ${PERIOD} <= now()
     AND (a.person_id IS NULL OR NOT ${ON_HOLD('a.person_id')})
  UNION ALL
  SELECT 'MINUTES', NULL, NULL, m.id, u.organisation_id, m.closed_at + ${PERIOD}, s.grace_days
    FROM retention_schedule s, meeting m
    JOIN huddle h ON h.id = m.huddle_id
    LEFT JOIN app_user u ON u.id = h.created_by
   WHERE s.record_type = 'MINUTES'
     AND m.status = 'CLOSED' AND m.closed_at + ${PERIOD} <= now()
     AND NOT EXISTS (SELECT 1 FROM meeting_minutes_item mi WHERE mi.meeting_id = m.id AND mi.person_id IS NOT NULL AND ${ON_HOLD('mi.person_id')})`;

const SAME_TARGET = `d.person_id IS NOT DISTINCT FROM r.person_id AND d.action_id IS NOT DISTINCT FROM r.action_id AND d.meeting_id IS NOT DISTINCT FROM r.meeting_id`;

interface ReviewRow {
  id: string;
  record_type: Exclude<RetentionRecordType, 'NOTIFICATION' | 'SESSION'>;
  person_id: string | null;
  action_id: string | null;
  meeting_id: string | null;
  owning_organisation_id: string | null;
}

const ERASE_REASONS: Record<ReviewRow['record_type'], string> = {
  PERSON_RECORD: 'Retention schedule: the record’s retention period after closure has ended',
  ACTION: 'Retention schedule: the action’s retention period after closure has ended',
  MINUTES: 'Retention schedule: the minutes’ retention period has ended',
};

/**
 * Retention: the schedules, the daily job that purges sessions and notifications and flags
 * records past their period, the owner's review (confirm or hold), and erasure. Person records
 * are erased through the one erasure path (`PersonGovernanceService.erase`, which uses
 * `person.erasure.ts`); actions and minutes are deleted here, each with an audit entry.
 */
export class RetentionService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      audit: AuditService;
      people: PersonService;
      governance: PersonGovernanceService;
      logger: Logger;
    },
  ) {}

  // ---------------------------------------------------------------- schedules

  async schedules(): Promise<RetentionSchedule[]> {
    const found = await rows<{
      record_type: RetentionRecordType;
      period_count: number;
      period_unit: RetentionSchedule['periodUnit'];
      review_required: boolean;
      grace_days: number | null;
      trigger_event: string;
      source: string;
      updated_at: Date;
      updated_by_name: string | null;
    }>(
      this.deps.dataSource,
      `SELECT s.*, u.name AS updated_by_name FROM retention_schedule s LEFT JOIN app_user u ON u.id = s.updated_by
        ORDER BY array_position(ARRAY['PERSON_RECORD','ACTION','MINUTES','NOTIFICATION','SESSION'], s.record_type)`,
    );
    return found.map((s) => ({
      recordType: s.record_type,
      periodCount: s.period_count,
      periodUnit: s.period_unit,
      reviewRequired: s.review_required,
      graceDays: s.grace_days,
      triggerEvent: s.trigger_event,
      source: s.source,
      updatedAt: s.updated_at,
      updatedByName: s.updated_by_name,
    }));
  }

  /** Changes a schedule (administrators). Records reviewed before erasure need a grace period; purged ones have none. */
  async updateSchedule(viewer: Viewer, input: UpdateRetentionScheduleInput): Promise<void> {
    if (viewer.role !== 'ADMIN') throw forbidden('change retention schedules');
    const reviewed = !['NOTIFICATION', 'SESSION'].includes(input.recordType);
    if (reviewed && (input.graceDays === null || input.graceDays === undefined))
      throw validationFailed({ graceDays: 'Enter the number of days the owner has to review a record before it is erased.' });
    if (!reviewed && input.graceDays !== null && input.graceDays !== undefined)
      throw validationFailed({ graceDays: 'Notifications and sessions are purged without review: leave the grace period empty.' });
    await rows(
      this.deps.dataSource,
      `UPDATE retention_schedule SET period_count = $2, period_unit = $3, grace_days = $4, source = $5, updated_by = $6, updated_at = now()
        WHERE record_type = $1`,
      [input.recordType, input.periodCount, input.periodUnit, reviewed ? input.graceDays : null, input.source.trim(), viewer.id],
    );
  }

  // ---------------------------------------------------------------- the job

  /**
   * The scheduled run: the first process to claim today's row runs the job; every other process
   * (and every later check today) finds the day claimed and does nothing.
   */
  async runScheduled(): Promise<RetentionRunResult | null> {
    const claimed = await rows(
      this.deps.dataSource,
      `INSERT INTO retention_run (run_on) VALUES (current_date) ON CONFLICT DO NOTHING RETURNING run_on`,
    );
    if (claimed.length === 0) return null;
    let result: RetentionRunResult;
    try {
      result = await this.run();
    } catch (error) {
      // Give the day back, so the next check (here or in another process) tries again.
      await rows(this.deps.dataSource, `DELETE FROM retention_run WHERE run_on = current_date AND finished_at IS NULL`);
      throw error;
    }
    await rows(this.deps.dataSource, `UPDATE retention_run SET finished_at = now(), summary = $1 WHERE run_on = current_date`, [
      JSON.stringify(result),
    ]);
    return result;
  }

  /**
   * One run of the job, under a PostgreSQL advisory lock so that two processes never run it at
   * once (a process that finds the lock taken returns `ran: false`). Purges old sessions and
   * notifications, brings the review list up to date, and erases what is past its grace period.
   */
  async run(): Promise<RetentionRunResult> {
    const runner = this.deps.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [lock] = await rows<{ locked: boolean }>(runner, `SELECT pg_try_advisory_lock($1) AS locked`, [RETENTION_LOCK_KEY]);
      if (!lock?.locked) return { ran: false, sessionsPurged: 0, notificationsPurged: 0, flagged: 0, erased: 0 };
      try {
        const sessionsPurged = await this.purgeSessions();
        const notificationsPurged = await this.purgeNotifications();
        const flagged = await this.refreshReviews();
        let erased = 0;
        const due = await rows<ReviewRow>(
          this.deps.dataSource,
          `SELECT id, record_type, person_id, action_id, meeting_id, owning_organisation_id FROM retention_review
            WHERE status = 'FLAGGED' AND erase_after <= now() ORDER BY erase_after`,
        );
        for (const review of due) {
          try {
            if (await this.eraseReviewed(null, review)) erased += 1;
          } catch (error) {
            this.deps.logger.warn({ err: error, reviewId: review.id }, 'A retention erasure failed; it will be tried again');
          }
        }
        return { ran: true, sessionsPurged, notificationsPurged, flagged, erased };
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [RETENTION_LOCK_KEY]);
      }
    } finally {
      await runner.release();
    }
  }

  /** Sessions that ended (expired or signed out) longer ago than the schedule allows. */
  private async purgeSessions(): Promise<number> {
    const purged = await rows(
      this.deps.dataSource,
      `DELETE FROM session WHERE id IN (
         SELECT se.id FROM session se, retention_schedule s
          WHERE s.record_type = 'SESSION' AND least(se.expires_at, coalesce(se.revoked_at, se.expires_at)) + ${PERIOD} <= now())
       RETURNING id`,
    );
    return purged.length;
  }

  /**
   * Notifications older than the schedule allows. An overdue reminder for an action still open
   * is kept: its dedupe key is what stops the reminder job sending it again every run.
   */
  private async purgeNotifications(): Promise<number> {
    const purged = await rows(
      this.deps.dataSource,
      `DELETE FROM notification WHERE id IN (
         SELECT n.id FROM notification n, retention_schedule s
          WHERE s.record_type = 'NOTIFICATION' AND n.created_at + ${PERIOD} <= now()
            AND NOT (n.kind = 'OVERDUE' AND EXISTS (SELECT 1 FROM action a WHERE a.id = n.action_id AND a.status IN ('OPEN','IN_PROGRESS'))))
       RETURNING id`,
    );
    return purged.length;
  }

  /**
   * Brings the review list up to date in one transaction: drops reviews whose record is no longer
   * due (back on a caseload, restricted, a request opened), returns expired holds to the list
   * with a fresh grace period, and flags what has newly passed its period. Returns how many were flagged.
   */
  private async refreshReviews(): Promise<number> {
    return this.deps.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM retention_review r WHERE NOT EXISTS (SELECT 1 FROM (${DUE_SQL}) d WHERE ${SAME_TARGET})`);
      await tx.query(
        `UPDATE retention_review r SET status = 'FLAGGED', held_until = NULL, hold_reason = NULL, held_by = NULL,
                erase_after = now() + make_interval(days => s.grace_days)
           FROM retention_schedule s WHERE s.record_type = r.record_type AND r.status = 'HELD' AND r.held_until < current_date`,
      );
      const flagged = await rows(
        tx,
        `INSERT INTO retention_review (record_type, person_id, action_id, meeting_id, owning_organisation_id, due_since, erase_after)
         SELECT d.record_type, d.person_id, d.action_id, d.meeting_id, d.owning_organisation_id, d.due_since, now() + make_interval(days => d.grace_days)
           FROM (${DUE_SQL}) d
         ON CONFLICT DO NOTHING RETURNING id`,
      );
      return flagged.length;
    });
  }

  /** Whether a flagged record is still past its period (it may have come back into use since it was flagged). */
  private async stillDue(runner: SqlRunner, review: ReviewRow): Promise<boolean> {
    const [found] = await rows(
      runner,
      `SELECT 1 FROM (${DUE_SQL}) d, (SELECT $1::uuid AS person_id, $2::uuid AS action_id, $3::uuid AS meeting_id) r WHERE ${SAME_TARGET}`,
      [review.person_id, review.action_id, review.meeting_id],
    );
    return !!found;
  }

  /**
   * Erases one reviewed record: a person through the erasure path, an action or minutes here.
   * The review row goes with the record (ON DELETE CASCADE). `actor` is the owner who confirmed,
   * or null when the grace period ended. Returns false when the record is no longer due (its
   * review is then dropped).
   */
  private async eraseReviewed(actor: Viewer | null, review: ReviewRow): Promise<boolean> {
    if (!(await this.stillDue(this.deps.dataSource, review))) {
      await rows(this.deps.dataSource, `DELETE FROM retention_review WHERE id = $1`, [review.id]);
      return false;
    }
    const detail = { retention: true, recordType: review.record_type, confirmed: actor !== null };
    if (review.record_type === 'PERSON_RECORD') {
      return this.deps.governance.erase(actor, review.person_id!, ERASE_REASONS.PERSON_RECORD, detail);
    }
    return this.deps.dataSource.transaction(async (tx) => {
      const entries: AuditEntry[] = [];
      if (review.record_type === 'ACTION') {
        const [gone] = await rows<{ person_id: string | null }>(tx, `DELETE FROM action WHERE id = $1 RETURNING person_id`, [
          review.action_id,
        ]);
        if (!gone) return false;
        entries.push({
          action: 'RETENTION_ERASE',
          personId: gone.person_id,
          tombstoneReason: ERASE_REASONS.ACTION,
          detail: { ...detail, actionId: review.action_id },
        });
      } else {
        const people = await rows<{ person_id: string }>(
          tx,
          `SELECT DISTINCT person_id FROM meeting_minutes_item WHERE meeting_id = $1 AND person_id IS NOT NULL`,
          [review.meeting_id],
        );
        const gone = await rows(tx, `DELETE FROM meeting WHERE id = $1 RETURNING id`, [review.meeting_id]);
        if (gone.length === 0) return false;
        const base = {
          action: 'RETENTION_ERASE' as const,
          tombstoneReason: ERASE_REASONS.MINUTES,
          detail: { ...detail, meetingId: review.meeting_id },
        };
        entries.push(...(people.length ? people.map((p) => ({ ...base, personId: p.person_id })) : [{ ...base, personId: null }]));
      }
      await this.deps.audit.record(tx, actor, entries);
      return true;
    });
  }

  // ---------------------------------------------------------------- the review list

  /**
   * Records due for review: every one for administrators, those of the viewer's organisation for
   * its coordinators and managers. People are shown only as the viewer may know of them.
   */
  async reviews(viewer: Viewer): Promise<RetentionReview[]> {
    if (viewer.role === 'PRACTITIONER') throw forbidden('see records due for review');
    const found = await rows<
      ReviewRow & {
        due_since: Date;
        flagged_at: Date;
        erase_after: Date;
        status: RetentionReview['status'];
        held_until: string | null;
        hold_reason: string | null;
        org_id: string | null;
        org_name: string | null;
        org_kind: string | null;
        action_due: string | null;
        action_closed: Date | null;
        huddle_name: string | null;
        meeting_starts: Date | null;
      }
    >(
      this.deps.dataSource,
      `SELECT r.id, r.record_type, r.person_id, r.action_id, r.meeting_id, r.owning_organisation_id, r.due_since, r.flagged_at, r.erase_after,
              r.status, to_char(r.held_until, 'YYYY-MM-DD') AS held_until, r.hold_reason,
              o.id AS org_id, o.name AS org_name, o.kind AS org_kind,
              to_char(a.due_date, 'YYYY-MM-DD') AS action_due, coalesce(a.completed_at, a.updated_at) AS action_closed,
              h.name AS huddle_name, m.starts_at AS meeting_starts
         FROM retention_review r
         LEFT JOIN organisation o ON o.id = r.owning_organisation_id
         LEFT JOIN action a ON a.id = r.action_id
         LEFT JOIN meeting m ON m.id = r.meeting_id
         LEFT JOIN huddle h ON h.id = m.huddle_id
        WHERE $1 = 'ADMIN' OR r.owning_organisation_id = $2
        ORDER BY r.erase_after, r.id
        LIMIT 500`,
      [viewer.role, viewer.organisationId],
    );
    const personIds = found.filter((r) => r.person_id).map((r) => r.person_id!);
    const people = new Map(
      (
        await this.deps.people.views(
          viewer,
          personIds,
          { selected: new Set(['id', 'displayName', 'legalName', 'preferredName']) },
          { action: 'READ', context: 'Retention review' },
        )
      ).map((p) => [p.id, p]),
    );
    return found.map((r) => ({
      id: r.id,
      recordType: r.record_type,
      description:
        r.record_type === 'PERSON_RECORD'
          ? 'Closed person record'
          : r.record_type === 'ACTION'
            ? `Action due ${formatDate(r.action_due!)}, closed ${formatDate(r.action_closed!)}`
            : `Minutes of ${r.huddle_name} on ${formatDate(r.meeting_starts!)}`,
      person: r.person_id ? (people.get(r.person_id) ?? null) : null,
      owningOrganisation: r.org_id ? { id: r.org_id, name: r.org_name!, kind: r.org_kind! } : null,
      dueSince: r.due_since,
      flaggedAt: r.flagged_at,
      eraseAfter: r.erase_after,
      status: r.status,
      heldUntil: r.held_until,
      holdReason: r.hold_reason,
      canDecide: mayDecide(viewer, r),
    }));
  }

  private async loadReview(runner: SqlRunner, viewer: Viewer, id: string): Promise<ReviewRow> {
    const reviewId = parseId(id, 'reviewId');
    const [review] = await rows<ReviewRow>(
      runner,
      `SELECT id, record_type, person_id, action_id, meeting_id, owning_organisation_id FROM retention_review WHERE id = $1`,
      [reviewId],
    );
    if (!review || !(viewer.role === 'ADMIN' || review.owning_organisation_id === viewer.organisationId))
      throw new DomainError('NOT_FOUND', 'That record is not on your review list. It may have been erased or kept already.');
    if (!mayDecide(viewer, review))
      throw new DomainError('FORBIDDEN', 'Only coordinators and managers in the organisation that owns the record can decide on it.');
    return review;
  }

  /** The owner confirms: the record is erased now, through the same path as the job. */
  async confirm(viewer: Viewer, id: string): Promise<boolean> {
    const review = await this.loadReview(this.deps.dataSource, viewer, id);
    const erased = await this.eraseReviewed(viewer, review);
    if (!erased)
      throw new DomainError(
        'VALIDATION_FAILED',
        'This record is no longer due for erasure (it has been used since it was flagged), so it was kept.',
        {
          fields: {},
        },
      );
    return true;
  }

  /** The owner keeps a flagged record until a date, with a reason; after that date it is reviewed again. */
  async hold(viewer: Viewer, input: HoldRetentionReviewInput): Promise<void> {
    const today = new Date().toISOString().slice(0, 10);
    if (input.until <= today) throw validationFailed({ until: 'Enter a date in the future.' });
    const review = await this.loadReview(this.deps.dataSource, viewer, input.reviewId);
    await rows(
      this.deps.dataSource,
      `UPDATE retention_review SET status = 'HELD', held_until = $2, hold_reason = $3, held_by = $4 WHERE id = $1`,
      [review.id, input.until, input.reason.trim(), viewer.id],
    );
  }
}

/** Coordinators and managers of the owning organisation decide on a flagged record; administrators only see the list. */
function mayDecide(viewer: Viewer, review: { owning_organisation_id: string | null }): boolean {
  return (viewer.role === 'COORDINATOR' || viewer.role === 'MANAGER') && review.owning_organisation_id === viewer.organisationId;
}
