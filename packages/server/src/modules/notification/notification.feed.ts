import { renderNotificationMessage } from '@casehuddle/shared';
import type { Viewer } from '../../core/context.js';
import type { PersonService } from '../person/person.service.js';
import type { NotificationRow, NotificationService } from './notification.service.js';
import type { Notification } from './notification.types.js';

/** The parts of a person a notification shows: who they are, nothing more. */
const NAME_ONLY = new Set(['id', 'displayName', 'legalName', 'preferredName']);

/**
 * The notification feed as its reader sees it. Whom a notification is about is decided when it
 * is read, through the person policy: a reader who may know of the person now sees their name
 * (a read of the name, audited like the actions list); a reader who may not (an agreement has
 * expired, a lead professional has moved on, the record was locked away from them) sees neutral
 * words, so a stored notification never names someone its reader can no longer see.
 */
export class NotificationFeed {
  constructor(private readonly deps: { notifications: NotificationService; people: PersonService }) {}

  async list(viewer: Viewer, unreadOnly: boolean, limit: number): Promise<Notification[]> {
    return this.withPeople(viewer, await this.deps.notifications.list(viewer, unreadOnly, limit));
  }

  async byId(viewer: Viewer, id: string): Promise<Notification | null> {
    const row = await this.deps.notifications.byId(viewer, id);
    return row ? ((await this.withPeople(viewer, [row]))[0] ?? null) : null;
  }

  private async withPeople(viewer: Viewer, found: NotificationRow[]): Promise<Notification[]> {
    const ids = [...new Set(found.map((r) => r.person_id).filter((id): id is string => !!id))];
    const people = ids.length
      ? await this.deps.people.views(viewer, ids, { selected: NAME_ONLY }, { action: 'READ', context: 'Notifications' })
      : [];
    const byId = new Map(people.map((p) => [p.id, p]));
    return found.map((row) => {
      const person = (row.person_id && byId.get(row.person_id)) || null;
      return {
        id: row.id,
        kind: row.kind,
        message: renderNotificationMessage(row.message, person?.legalName ?? null),
        actionId: row.action_id,
        aboutPerson: !!row.person_id,
        person,
        createdAt: row.created_at,
        readAt: row.read_at,
      };
    });
  }
}
