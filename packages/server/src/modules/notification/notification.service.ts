import { randomUUID } from 'node:crypto';
import { LIMITS, renderNotificationMessage, type NotificationKind } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import type { Logger } from '../../core/logger.js';
import type { PgEventBus } from '../../core/pubsub.js';
import { rows, type SqlRunner } from '../../core/sql.js';

export interface NotificationRow {
  id: string;
  user_id: string;
  kind: NotificationKind;
  action_id: string | null;
  /** The person it is about, if any. */
  person_id: string | null;
  /** May hold NOTIFICATION_PERSON_PLACEHOLDER, filled in for each reader (see NotificationFeed). */
  message: string;
  created_at: Date;
  read_at: Date | null;
}

/**
 * Somewhere a notification can go besides the in-app feed (an e-mail sender, say). The feed is
 * always written first; each new notification, whatever made it (an action, a missed
 * appointment, a reminder), is then handed to every channel once its transaction has
 * committed, by exactly one server process. `emailed_at` records that it was handed over; it
 * stays empty when no channel is plugged in, and goes back to empty when a channel fails, so
 * the rows not sent can be found and sent again.
 */
export interface NotificationChannel {
  name: string;
  deliver(notifications: NotificationRow[]): Promise<void>;
}

/**
 * The in-app notification feed. Each notification has a dedupe key, so however many server
 * processes run the reminder job, each is created (and announced) exactly once.
 */
export class NotificationService {
  private readonly channels: NotificationChannel[] = [];

  /** Tells this process's notifications from other processes' on the bus. */
  private readonly instanceId = randomUUID();

  constructor(private readonly deps: { dataSource: DataSource; bus: PgEventBus; logger: Logger }) {}

  /** Plugs in another channel, such as e-mail. From then on this process hands it new notifications. */
  addChannel(channel: NotificationChannel): void {
    this.channels.push(channel);
    if (this.channels.length > 1) return;
    // Every process hears every NOTIFICATION_ADDED (after commit); the process that created the
    // notification delivers it, so a failed attempt is not retried at once by another process.
    // The claim on the row (emailed_at) still guards against a second delivery.
    const added = this.deps.bus.pubSub.subscribe('NOTIFICATION_ADDED');
    void (async () => {
      for await (const event of added) if (event.origin === this.instanceId) await this.deliver(event.notificationId);
    })();
  }

  /** Claims a new notification for the channels (by writing `emailed_at`) and hands it to each. */
  private async deliver(notificationId: string): Promise<void> {
    try {
      const claimed = await rows<NotificationRow>(
        this.deps.dataSource,
        `UPDATE notification SET emailed_at = now() WHERE id = $1 AND emailed_at IS NULL
         RETURNING id, user_id, kind, action_id, person_id, message, created_at, read_at`,
        [notificationId],
      );
      if (claimed.length === 0) return; // another process has it
      // Outside the app nobody can check who reads it, so a channel never gets the person's name.
      const neutral = claimed.map((n) => ({ ...n, message: renderNotificationMessage(n.message, null) }));
      for (const channel of this.channels) {
        try {
          await channel.deliver(neutral);
        } catch (error) {
          this.deps.logger.error({ err: error, channel: channel.name, notificationId }, 'A notification channel failed');
          await this.deps.dataSource.query(`UPDATE notification SET emailed_at = NULL WHERE id = $1`, [notificationId]);
          return;
        }
      }
    } catch (error) {
      this.deps.logger.warn({ err: error, notificationId }, 'A notification could not be handed to its channels');
    }
  }

  /**
   * Creates a notification inside the caller's transaction, unless one with the same key exists.
   * It is tied to the person it is about (given, or the action's), so that it is erased with them.
   */
  async notify(
    tx: SqlRunner,
    n: { userId: string; kind: NotificationKind; actionId: string | null; personId?: string | null; message: string; dedupeKey: string },
  ): Promise<void> {
    const created = await rows<{ id: string; user_id: string }>(
      tx,
      `INSERT INTO notification (user_id, kind, action_id, person_id, message, dedupe_key)
       VALUES ($1, $2, $3, coalesce($6::uuid, (SELECT person_id FROM action WHERE id = $3::uuid)), $4, $5)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id, user_id`,
      [n.userId, n.kind, n.actionId, n.message.slice(0, 500), n.dedupeKey, n.personId ?? null],
    );
    for (const row of created)
      await this.deps.bus.publish(
        'NOTIFICATION_ADDED',
        { notificationId: row.id, userId: row.user_id, origin: this.instanceId },
        tx as never,
      );
  }

  /**
   * Reminders for actions due tomorrow and overdue, safe to run on every process at once:
   * the dedupe key (kind, action, due date) lets exactly one insert win. Returns how many
   * notifications this call created.
   */
  async runReminders(): Promise<number> {
    const created = await this.deps.dataSource.transaction(async (tx) => {
      const inserted = await rows<NotificationRow>(
        tx,
        `INSERT INTO notification (user_id, kind, action_id, person_id, message, dedupe_key)
         SELECT a.owner_user_id, k.kind, a.id, a.person_id,
                CASE k.kind WHEN 'DUE_TOMORROW' THEN 'Due tomorrow: ' || a.title
                            ELSE 'Overdue since ' || to_char(a.due_date, 'FMDD Mon YYYY') || ': ' || a.title END,
                k.kind || ':' || a.id || ':' || a.due_date
           FROM action a
           CROSS JOIN LATERAL (SELECT CASE WHEN a.due_date = current_date + 1 THEN 'DUE_TOMORROW' ELSE 'OVERDUE' END AS kind) k
          WHERE a.status IN ('OPEN','IN_PROGRESS') AND (a.due_date = current_date + 1 OR a.due_date < current_date)
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING id, user_id, kind, action_id, person_id, message, created_at, read_at`,
      );
      for (const row of inserted)
        await this.deps.bus.publish('NOTIFICATION_ADDED', { notificationId: row.id, userId: row.user_id, origin: this.instanceId }, tx);
      return inserted;
    });
    return created.length;
  }

  async list(viewer: Viewer, unreadOnly: boolean, limit: number): Promise<NotificationRow[]> {
    return rows<NotificationRow>(
      this.deps.dataSource,
      `SELECT id, user_id, kind, action_id, person_id, message, created_at, read_at FROM notification
        WHERE user_id = $1 AND ($2::boolean = false OR read_at IS NULL) ORDER BY created_at DESC LIMIT $3`,
      [viewer.id, unreadOnly, Math.min(Math.max(limit, 1), LIMITS.notificationsMax)],
    );
  }

  async byId(viewer: Viewer, id: string): Promise<NotificationRow | null> {
    const [row] = await rows<NotificationRow>(
      this.deps.dataSource,
      `SELECT id, user_id, kind, action_id, person_id, message, created_at, read_at FROM notification WHERE id = $1 AND user_id = $2`,
      [id, viewer.id],
    );
    return row ?? null;
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const [row] = await rows<{ n: number }>(
      this.deps.dataSource,
      `SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`,
      [viewer.id],
    );
    return row!.n;
  }

  /**
   * Marks the given notifications (or all) as read; returns the unread count left. At most as
   * many ids as the feed lists at once: a longer list is refused before any id is looked at.
   */
  async markRead(viewer: Viewer, ids: string[] | null): Promise<number> {
    if (ids && ids.length > LIMITS.notificationsMax) {
      throw validationFailed({ ids: `Mark ${LIMITS.notificationsMax} notifications or fewer at a time.` });
    }
    if (ids) ids.forEach((id) => parseId(id, 'ids'));
    await this.deps.dataSource.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY ($2::uuid[]))`,
      [viewer.id, ids],
    );
    return this.unreadCount(viewer);
  }
}
