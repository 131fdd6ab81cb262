import type { Services, Viewer } from '../../core/context.js';
import { sameForEveryViewer } from '../../core/shared-result.js';
import { mayRead, NO_ACCESS, type AccessLike } from '../disclosure/gate.js';
import type { PersonAccess } from '../person/person.policy.js';
import type { MeetingEventPayload as Event } from './meeting.topics.js';

/** How long a stream trusts what it found of a viewer's access to a person (as long as membership goes unchecked, see MeetingHub). */
export const ACCESS_FRESH_MS = 15_000;

/** An event as one viewer receives it: the access it was decided with goes to the disclosure gate. */
export type DeliveredEvent = Omit<Event, 'personId'> & { access?: AccessLike | null };

/**
 * What a viewer receives of an event: the event alone (it carries no update); the update of an
 * item about nobody; the event without the update (the viewer may not read the person's
 * discussion); or the event with it.
 */
type Kind = 'event' | 'aboutNobody' | 'withoutUpdate' | 'withUpdate';

/** Per event, the one object each kind of viewer receives, shared by every stream on this process. */
const deliveredByKind = new WeakMap<Event, Map<Kind, DeliveredEvent>>();

/**
 * The object every viewer of this kind receives for this event. Viewers of one kind get the
 * same answer from the subscription (the update, a DISCUSSION field, is the only field that
 * depends on access), so the object is marked for the WebSocket server to execute once
 * (core/shared-result.ts). The first viewer's access stays on a `withUpdate` object: every
 * viewer of that kind is one whose own access lets the gate show the update.
 */
function deliveredAs(event: Event, kind: Kind, make: () => DeliveredEvent): DeliveredEvent {
  let byKind = deliveredByKind.get(event);
  if (!byKind) deliveredByKind.set(event, (byKind = new Map()));
  let delivered = byKind.get(kind);
  if (!delivered) byKind.set(kind, (delivered = sameForEveryViewer(make())));
  return delivered;
}

/**
 * Decides, for one viewer's stream, who receives the Yjs update a shared-text change carries:
 * the same rule as reading the text (`agendaText`), that is members (the stream checks those)
 * with more than name-only access to the person the item is about. Everyone else receives the
 * event without it, as before. The viewer's access to each person is looked up once and trusted
 * for `ACCESS_FRESH_MS`, so a room of typists costs no query per event per follower. The first
 * update about a person that a stream delivers is audited as a read of that person's discussion
 * (folded with the read that opened the field, when recent); later ones write nothing, as for
 * following any live refresh.
 */
export class LiveTextGate {
  private readonly known = new Map<string, { access: PersonAccess | null; until: number }>();
  private readonly audited = new Set<string>();

  constructor(
    private readonly services: Services,
    private readonly viewer: Viewer,
    private readonly freshMs = ACCESS_FRESH_MS,
  ) {}

  async pass(event: Event): Promise<DeliveredEvent> {
    const { personId, update, ...rest } = event;
    if (!update) return deliveredAs(event, 'event', () => rest);
    if (!personId) return deliveredAs(event, 'aboutNobody', () => ({ ...rest, update, access: null }));
    const withoutUpdate = () => deliveredAs(event, 'withoutUpdate', () => ({ ...rest, access: NO_ACCESS }));
    try {
      const access = await this.accessTo(personId);
      if (!access?.canSeeProfile) return withoutUpdate();
      if (!this.audited.has(personId)) {
        await this.services.people.auditReads(this.services.dataSource, this.viewer, [
          { personId, access, sections: ['DISCUSSION'], context: 'Huddle agenda' },
        ]);
        this.audited.add(personId);
      }
      // The gate would hide the update from this viewer's access all the same (a basis that never sees discussion).
      if (!mayRead({ access, section: null }, 'DISCUSSION')) return withoutUpdate();
      return deliveredAs(event, 'withUpdate', () => ({ ...rest, update, access }));
    } catch {
      // The database is away: send the event without the words; the client reads them when it can.
      return withoutUpdate();
    }
  }

  private async accessTo(personId: string): Promise<PersonAccess | null> {
    const now = Date.now();
    const cached = this.known.get(personId);
    if (cached && cached.until > now) return cached.access;
    const access = (await this.services.people.accessFor(this.viewer, [personId], this.services.dataSource)).get(personId) ?? null;
    this.known.set(personId, { access, until: now + this.freshMs });
    return access;
  }
}
