import {
  ACTIVE_ACTION_STATUSES,
  BLOCKED_ACTION_STATUSES,
  DEFAULT_PERSON_FLAG_THRESHOLDS,
  personFlags,
  sectionForSituation,
  type PersonFlagThresholds,
  type PersonFlagView,
  type ReleaseItemStatus,
  type SituationKind,
} from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { rows } from '../../core/sql.js';
import type { ActionService } from '../action/action.service.js';
import type { Action } from '../action/action.types.js';
import { disclose, type AccessLike } from '../disclosure/gate.js';
import type { PersonService } from '../person/person.service.js';
import type { PersonFlag, PersonHuddle } from './flags.types.js';

/** The flags worked out for one person, before the gate: each knows the part of the record it comes from. */
export interface PersonFlagsFor {
  situationKind: SituationKind | null;
  flags: PersonFlagView[];
}

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

/**
 * What a coordinator or manager needs on the page about a person: red flags, open actions and the
 * huddles they are on. Facts are gathered for many people at once (an agenda's worth), then each
 * flag is marked with the section it comes from, so the gate shows it only to those who may see
 * that fact.
 */
export class FlagService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      people: PersonService;
      actions: ActionService;
      thresholds?: PersonFlagThresholds;
    },
  ) {}

  /** Flags for these people as this viewer would have them, before disclosure (three statements, run together). */
  async forPeople(viewer: Viewer, personIds: string[]): Promise<Map<string, PersonFlagsFor>> {
    const result = new Map<string, PersonFlagsFor>();
    if (personIds.length === 0) return result;
    const [facts, plans, overdue] = await Promise.all([
      this.deps.people.situationFacts(personIds),
      rows<{ person_id: string; dtr: ReleaseItemStatus | null; accommodation_item: ReleaseItemStatus | null; release_time: string | null }>(
        this.deps.dataSource,
        `SELECT r.person_id, to_char(r.release_time, 'HH24:MI') AS release_time,
                -- A Duty to Refer referral sent through CaseHuddle (and not withdrawn) counts as made, whatever the checklist says.
                CASE WHEN EXISTS (SELECT 1 FROM referral f WHERE f.person_id = r.person_id AND f.kind = 'DUTY_TO_REFER' AND f.status <> 'WITHDRAWN')
                     THEN 'DONE'
                     ELSE (SELECT i.status FROM release_plan_item i WHERE i.person_id = r.person_id AND i.item = 'DUTY_TO_REFER') END AS dtr,
                (SELECT i.status FROM release_plan_item i WHERE i.person_id = r.person_id AND i.item = 'ACCOMMODATION') AS accommodation_item
           FROM release_plan r WHERE r.person_id = ANY ($1::uuid[])`,
        [personIds],
        { prepared: true },
      ),
      this.deps.actions.overdueCounts(viewer, personIds),
    ]);
    const planOf = new Map(plans.map((p) => [p.person_id, p]));
    const now = today();
    for (const f of facts) {
      result.set(f.id, {
        situationKind: f.situation_kind,
        flags: personFlags(
          {
            today: now,
            situationKind: f.situation_kind,
            releaseDate: f.release_date,
            releaseTime: planOf.get(f.id)?.release_time ?? null,
            accommodationStatus: f.accommodation_status,
            accommodationItem: planOf.get(f.id)?.accommodation_item ?? null,
            // The checklist always holds a Duty to Refer item once there is a plan; before the item
            // is first saved it stands at "not started".
            dutyToRefer: planOf.has(f.id) ? (planOf.get(f.id)!.dtr ?? 'NOT_STARTED') : undefined,
            overdueActions: overdue.get(f.id) ?? 0,
          },
          this.deps.thresholds ?? DEFAULT_PERSON_FLAG_THRESHOLDS,
        ),
      });
    }
    return result;
  }

  /**
   * Marks each flag with the part of the record it comes from, so the gate drops those the viewer
   * may not see: a release flag follows the situation's section (OFFENDING for custody, HEALTH for
   * hospital); the overdue-actions flag counts only actions the viewer may see, and needs no section.
   */
  disclosed(found: PersonFlagsFor | undefined, access: AccessLike): PersonFlag[] {
    if (!found || !access.canKnow) return [];
    return found.flags.map((f) =>
      disclose<PersonFlag>(
        { kind: f.kind, text: f.text },
        { access, section: f.source === 'SITUATION' && found.situationKind ? sectionForSituation(found.situationKind) : null },
      ),
    );
  }

  /** A person's actions still to do or blocked, with owners and due dates (the actions list's own visibility rule). */
  openActions(viewer: Viewer, personId: string): Promise<Action[]> {
    return this.deps.actions.list(viewer, { personId, statuses: [...ACTIVE_ACTION_STATUSES, ...BLOCKED_ACTION_STATUSES] }, 100);
  }

  /** The huddles whose caseload the person is on, of those the viewer belongs to (through their organisation) or chairs. */
  async huddles(viewer: Viewer, personId: string): Promise<PersonHuddle[]> {
    if (viewer.role === 'ADMIN') return [];
    const found = await rows<{ id: string; name: string; added_on: string; next_meeting_at: Date | null }>(
      this.deps.dataSource,
      `SELECT h.id, h.name, c.added_on,
              (SELECT min(m.starts_at) FROM meeting m WHERE m.huddle_id = h.id AND m.status <> 'CLOSED') AS next_meeting_at
         FROM caseload_entry c JOIN huddle h ON h.id = c.huddle_id
        WHERE c.person_id = $3 AND c.removed_on IS NULL AND h.active
          AND (EXISTS (SELECT 1 FROM huddle_member m WHERE m.huddle_id = h.id AND m.organisation_id = $2)
               OR EXISTS (SELECT 1 FROM huddle_chair hc WHERE hc.huddle_id = h.id AND hc.user_id = $1))
        ORDER BY h.name`,
      [viewer.id, viewer.organisationId, personId],
    );
    return found.map((h) => ({ id: h.id, name: h.name, addedOn: h.added_on, nextMeetingAt: h.next_meeting_at }));
  }
}
