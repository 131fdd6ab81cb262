import type { DataSource } from 'typeorm';
import type { Config } from '../../core/config.js';
import type { Viewer } from '../../core/context.js';
import { forbidden } from '../../core/errors.js';
import { rows } from '../../core/sql.js';
import type { NotificationService } from '../notification/notification.service.js';
import type { BulkReadAlert } from './misuse.types.js';

/** Serialises scans across processes, so one window raises one alert. */
const SCAN_LOCK = 7_428_113;

interface AlertRow {
  id: string;
  user_id: string;
  user_name: string;
  organisation_id: string;
  organisation_name: string;
  window_start: Date;
  window_end: Date;
  people_count: number;
  threshold: number;
  created_at: Date;
}

const toAlert = (r: AlertRow): BulkReadAlert => ({
  id: r.id,
  userId: r.user_id,
  userName: r.user_name,
  organisationName: r.organisation_name,
  windowStart: r.window_start,
  windowEnd: r.window_end,
  peopleCount: r.people_count,
  threshold: r.threshold,
  raisedAt: r.created_at,
});

/** "1 hour", "90 minutes". */
export function describeWindow(minutes: number): string {
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/**
 * Alerts when one user reads or exports the records of many different people in a short time
 * (BULK_READ_THRESHOLD people within BULK_READ_WINDOW_MINUTES), computed from the audit trail.
 * A user at or over the threshold in the trailing window raises one alert; another can follow
 * only once that window has passed. Each alert notifies the user's organisation's managers.
 */
export class BulkReadAlertService {
  constructor(private readonly deps: { dataSource: DataSource; config: Config; notifications: NotificationService }) {}

  /** Looks for users over the threshold now; returns the alerts raised by this scan. Safe on every process at once. */
  async scan(): Promise<BulkReadAlert[]> {
    const { BULK_READ_THRESHOLD: threshold, BULK_READ_WINDOW_MINUTES: minutes } = this.deps.config;
    return this.deps.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock($1)`, [SCAN_LOCK]);
      const raised = await rows<AlertRow>(
        tx,
        `WITH counts AS (
           SELECT a.actor_id, count(DISTINCT a.person_id)::int AS n
             FROM audit_event a
            WHERE a.action IN ('READ', 'SEARCH', 'EXPORT') AND a.person_id IS NOT NULL AND a.actor_id IS NOT NULL
              AND a.at > now() - make_interval(mins => $1)
            GROUP BY a.actor_id
           HAVING count(DISTINCT a.person_id) >= $2
         ), inserted AS (
           INSERT INTO bulk_read_alert (user_id, organisation_id, window_start, window_end, people_count, threshold)
           SELECT c.actor_id, u.organisation_id, now() - make_interval(mins => $1), now(), c.n, $2
             FROM counts c JOIN app_user u ON u.id = c.actor_id
            WHERE NOT EXISTS (SELECT 1 FROM bulk_read_alert b WHERE b.user_id = c.actor_id AND b.window_end > now() - make_interval(mins => $1))
           RETURNING *
         )
         SELECT i.id, i.user_id, u.name AS user_name, i.organisation_id, o.name AS organisation_name, i.window_start, i.window_end,
                i.people_count, i.threshold, i.created_at
           FROM inserted i JOIN app_user u ON u.id = i.user_id JOIN organisation o ON o.id = i.organisation_id`,
        [minutes, threshold],
      );
      for (const alert of raised) {
        const managers = await rows<{ id: string }>(
          tx,
          `SELECT id FROM app_user WHERE organisation_id = $1 AND role = 'MANAGER' AND active AND id <> $2`,
          [alert.organisation_id, alert.user_id],
        );
        for (const manager of managers)
          await this.deps.notifications.notify(tx, {
            userId: manager.id,
            kind: 'BULK_READ_ALERT',
            actionId: null,
            message: `${alert.user_name} read or exported ${alert.people_count} people’s records within ${describeWindow(minutes)}. Check that this was needed.`,
            dedupeKey: `BULK_READ_ALERT:${alert.id}:${manager.id}`,
          });
      }
      return raised.map(toAlert);
    });
  }

  /** Alerts about the manager's organisation's users, newest first. */
  async list(viewer: Viewer, limit = 100): Promise<BulkReadAlert[]> {
    if (viewer.role !== 'MANAGER') throw forbidden('see misuse alerts');
    const found = await rows<AlertRow>(
      this.deps.dataSource,
      `SELECT b.id, b.user_id, u.name AS user_name, b.organisation_id, o.name AS organisation_name, b.window_start, b.window_end,
              b.people_count, b.threshold, b.created_at
         FROM bulk_read_alert b JOIN app_user u ON u.id = b.user_id JOIN organisation o ON o.id = b.organisation_id
        WHERE b.organisation_id = $1 ORDER BY b.created_at DESC LIMIT $2`,
      [viewer.organisationId, limit],
    );
    return found.map(toAlert);
  }
}
