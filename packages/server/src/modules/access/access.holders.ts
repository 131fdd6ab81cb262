import { NOTIFICATION_PERSON_PLACEHOLDER } from '@casehuddle/shared';
import type { SqlRunner } from '../../core/sql.js';
import { rows } from '../../core/sql.js';
import type { NotificationService } from '../notification/notification.service.js';

/** Roles in the holding organisation that see and answer access requests. */
export const ANSWERING_ROLES = new Set(['PRACTITIONER', 'COORDINATOR', 'MANAGER']);

/**
 * Tells the holder of a record about a new access request: the person's lead professionals in
 * the owning organisation and its managers (active accounts only).
 */
export async function notifyHolders(
  tx: SqlRunner,
  notifications: NotificationService,
  personId: string,
  requestId: string,
  message: (personName: string) => string,
): Promise<void> {
  const recipients = await rows<{ user_id: string }>(
    tx,
    `SELECT DISTINCT u.id AS user_id
       FROM person p
       JOIN app_user u ON u.organisation_id = p.owning_organisation_id AND u.active
      WHERE p.id = $1
        AND (u.role = 'MANAGER' OR EXISTS (SELECT 1 FROM person_lead l WHERE l.person_id = p.id AND l.user_id = u.id))`,
    [personId],
  );
  for (const r of recipients) {
    await notifications.notify(tx, {
      userId: r.user_id,
      kind: 'ACCESS_REQUEST',
      actionId: null,
      personId,
      // The name is put in when the notification is read, for a reader who may know of the person then.
      message: message(NOTIFICATION_PERSON_PLACEHOLDER),
      dedupeKey: `ACCESS_REQUEST:${requestId}:${r.user_id}`,
    });
  }
}
