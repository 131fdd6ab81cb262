import {
  COORDINATOR_CASELOAD_LIMIT,
  RELEASE_AGENDA_DAYS,
  formatDate,
  sectionForSituation,
  type AgendaItemKind,
  type SharingSection,
} from '@casehuddle/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, validationFailed } from '../../core/errors.js';
import { isUniqueViolation, parseId } from '../../core/ids.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import type { ActionService } from '../action/action.service.js';
import {
  decideMembership,
  huddleMembership,
  notMember,
  requireMember,
  type HuddleMembership,
  type MembershipFacts,
} from '../huddle-membership/huddle-membership.js';
import type { OutcomeService } from '../outcome/outcome.service.js';
import { disclose, disclosureOf, NO_ACCESS } from '../disclosure/gate.js';
import type { PersonService } from '../person/person.service.js';
import type { AddToCaseloadInput, CreateHuddleInput } from './dto/huddle.inputs.js';
import type { CaseloadEntry, CoordinatorLoad, Huddle } from './huddle.types.js';

const SUMMARY_FIELDS = new Set(['id', 'displayName', 'legalName', 'preferredName', 'lockedDown', 'situation']);

/**
 * Huddles: who is in them (member organisations and chairs), the caseload, and scheduling a
 * meeting with a draft agenda built for the chair.
 */

export class HuddleService {
  constructor(private readonly deps: { dataSource: DataSource; people: PersonService; actions: ActionService; outcomes: OutcomeService }) {}

  /** Membership of a huddle: member organisations' users and chairs. Administrators are not members. */
  membership(runner: SqlRunner, viewer: Viewer, huddleId: string): Promise<HuddleMembership> {
    return huddleMembership(runner, viewer, huddleId);
  }

  /** The membership rule on facts already loaded: a member organisation's user, or a chair. Administrators are neither. */
  decideMembership(viewer: Viewer, facts: MembershipFacts): HuddleMembership {
    return decideMembership(viewer, facts);
  }

  notMember(membership?: HuddleMembership): DomainError {
    return notMember(membership);
  }

  requireMember(runner: SqlRunner, viewer: Viewer, huddleId: string): Promise<HuddleMembership> {
    return requireMember(runner, viewer, huddleId);
  }

  /** Huddles the viewer belongs to. */
  async list(viewer: Viewer): Promise<Huddle[]> {
    const found = await rows<{ id: string }>(
      this.deps.dataSource,
      `SELECT h.id FROM huddle h
        WHERE $3 <> 'ADMIN' AND h.active AND huddle_isa_signed(h.id, $2)
          AND (EXISTS (SELECT 1 FROM huddle_member m WHERE m.huddle_id = h.id AND m.organisation_id = $2)
               OR EXISTS (SELECT 1 FROM huddle_chair c WHERE c.huddle_id = h.id AND c.user_id = $1))
        ORDER BY h.name`,
      [viewer.id, viewer.organisationId, viewer.role],
    );
    return this.load(
      viewer,
      found.map((r) => r.id),
    );
  }

  async get(viewer: Viewer, id: string): Promise<Huddle> {
    const huddleId = parseId(id, 'huddleId');
    await this.requireMember(this.deps.dataSource, viewer, huddleId);
    const [huddle] = await this.load(viewer, [huddleId]);
    return huddle!;
  }

  private async load(viewer: Viewer, ids: string[]): Promise<Huddle[]> {
    if (ids.length === 0) return [];
    const db = this.deps.dataSource;
    const [huddles, members, chairs, caseload, meetings] = await Promise.all([
      rows<{ id: string; name: string; council_area: string; usual_day: Huddle['usualDay']; usual_time: string | null }>(
        db,
        `SELECT id, name, council_area, usual_day, to_char(usual_time, 'HH24:MI') AS usual_time FROM huddle WHERE id = ANY ($1::uuid[])`,
        [ids],
      ),
      rows<{ huddle_id: string; id: string; name: string; kind: string }>(
        db,
        `SELECT m.huddle_id, o.id, o.name, o.kind FROM huddle_member m JOIN organisation o ON o.id = m.organisation_id WHERE m.huddle_id = ANY ($1::uuid[]) ORDER BY o.name`,
        [ids],
      ),
      rows<{ huddle_id: string; id: string; name: string; org_id: string; org_name: string; org_kind: string }>(
        db,
        `SELECT c.huddle_id, u.id, u.name, o.id AS org_id, o.name AS org_name, o.kind AS org_kind
           FROM huddle_chair c JOIN app_user u ON u.id = c.user_id JOIN organisation o ON o.id = u.organisation_id WHERE c.huddle_id = ANY ($1::uuid[]) ORDER BY u.name`,
        [ids],
      ),
      rows<{
        huddle_id: string;
        id: string;
        person_id: string;
        offer_of_help: string;
        added_on: string;
        ref_id: string;
        ref_name: string;
        ref_kind: string;
        coord_id: string;
        coord_name: string;
        coord_org_id: string;
        coord_org_name: string;
        coord_org_kind: string;
        coord_total: number;
      }>(
        db,
        `SELECT e.huddle_id, e.id, e.person_id, e.offer_of_help, e.added_on, r.id AS ref_id, r.name AS ref_name, r.kind AS ref_kind,
                u.id AS coord_id, u.name AS coord_name, o.id AS coord_org_id, o.name AS coord_org_name, o.kind AS coord_org_kind,
                (SELECT count(*)::int FROM caseload_entry x WHERE x.coordinator_id = e.coordinator_id AND x.removed_on IS NULL) AS coord_total
           FROM caseload_entry e
           JOIN organisation r ON r.id = e.referring_organisation_id
           JOIN app_user u ON u.id = e.coordinator_id JOIN organisation o ON o.id = u.organisation_id
          WHERE e.huddle_id = ANY ($1::uuid[]) AND e.removed_on IS NULL ORDER BY e.added_on, e.id`,
        [ids],
      ),
      rows<{ huddle_id: string; id: string; starts_at: Date; status: Huddle['meetings'][number]['status']; item_count: number }>(
        db,
        `SELECT m.huddle_id, m.id, m.starts_at, m.status,
                CASE WHEN m.status = 'CLOSED' THEN (SELECT count(*)::int FROM meeting_minutes_item i WHERE i.meeting_id = m.id)
                     ELSE (SELECT count(*)::int FROM agenda_item i WHERE i.meeting_id = m.id) END AS item_count
           FROM meeting m WHERE m.huddle_id = ANY ($1::uuid[]) ORDER BY m.starts_at DESC`,
        [ids],
      ),
    ]);
    const people = await this.deps.people.views(
      viewer,
      [...new Set(caseload.map((c) => c.person_id))],
      { selected: SUMMARY_FIELDS },
      { action: 'READ', context: 'Huddle caseload' },
    );
    const personById = new Map(people.map((p) => [p.id, p]));
    return huddles.map((h) => {
      const entries: CaseloadEntry[] = caseload
        .filter((c) => c.huddle_id === h.id)
        .map((c) => {
          const person = personById.get(c.person_id) ?? null;
          return disclose<CaseloadEntry>(
            {
              id: c.id,
              person,
              personRestricted: !person,
              referringOrganisation: { id: c.ref_id, name: c.ref_name, kind: c.ref_kind },
              // Hidden by the gate (DISCUSSION) from anyone who may see only the name.
              offerOfHelp: person ? c.offer_of_help : '(details restricted)',
              coordinator: {
                id: c.coord_id,
                name: c.coord_name,
                organisation: { id: c.coord_org_id, name: c.coord_org_name, kind: c.coord_org_kind },
              },
              addedOn: c.added_on,
            },
            { access: disclosureOf(person)?.access ?? NO_ACCESS },
          );
        });
      const loads = new Map<string, CoordinatorLoad>();
      for (const c of caseload.filter((x) => x.huddle_id === h.id)) {
        loads.set(c.coord_id, {
          coordinator: {
            id: c.coord_id,
            name: c.coord_name,
            organisation: { id: c.coord_org_id, name: c.coord_org_name, kind: c.coord_org_kind },
          },
          count: c.coord_total,
          overLimit: c.coord_total > COORDINATOR_CASELOAD_LIMIT,
        });
      }
      return {
        id: h.id,
        name: h.name,
        councilArea: h.council_area,
        usualDay: h.usual_day,
        usualTime: h.usual_time,
        memberOrganisations: members.filter((m) => m.huddle_id === h.id).map((m) => ({ id: m.id, name: m.name, kind: m.kind })),
        chairs: chairs
          .filter((c) => c.huddle_id === h.id)
          .map((c) => ({ id: c.id, name: c.name, organisation: { id: c.org_id, name: c.org_name, kind: c.org_kind } })),
        isChair: chairs.some((c) => c.huddle_id === h.id && c.id === viewer.id),
        caseload: entries,
        coordinatorLoads: [...loads.values()],
        meetings: meetings
          .filter((m) => m.huddle_id === h.id)
          .map((m) => ({ id: m.id, startsAt: m.starts_at, status: m.status, itemCount: m.item_count })),
      };
    });
  }

  async create(viewer: Viewer, input: CreateHuddleInput): Promise<string> {
    if (viewer.role !== 'COORDINATOR' && viewer.role !== 'MANAGER')
      throw new DomainError('FORBIDDEN', 'Coordinators and managers set up huddles.');
    const orgIds = [...new Set(input.memberOrganisationIds.map((id) => parseId(id, 'memberOrganisationIds')))];
    const chairIds = [...new Set(input.chairIds.map((id) => parseId(id, 'chairIds')))];
    return this.deps.dataSource.transaction(async (tx) => {
      const chairs = await rows<{ id: string; role: string }>(tx, `SELECT id, role FROM app_user WHERE id = ANY ($1::uuid[]) AND active`, [
        chairIds,
      ]);
      if (chairs.length !== chairIds.length || chairs.some((c) => c.role !== 'COORDINATOR'))
        throw validationFailed({ chairIds: 'Chairs must be active coordinators.' });
      const [huddle] = await rows<{ id: string }>(
        tx,
        `INSERT INTO huddle (name, council_area, usual_day, usual_time, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [input.name.trim(), input.councilArea.trim(), input.usualDay ?? null, input.usualTime ?? null, viewer.id],
      );
      await tx.query(`INSERT INTO huddle_member (huddle_id, organisation_id) SELECT $1, unnest($2::uuid[])`, [huddle!.id, orgIds]);
      await tx.query(`INSERT INTO huddle_chair (huddle_id, user_id) SELECT $1, unnest($2::uuid[])`, [huddle!.id, chairIds]);
      return huddle!.id;
    });
  }

  /** Adds a person to the caseload. Returns a warning when the coordinator now holds more than 15 people. */
  async addToCaseload(viewer: Viewer, input: AddToCaseloadInput): Promise<{ huddleId: string; warning: string | null }> {
    const huddleId = parseId(input.huddleId, 'huddleId');
    const personId = parseId(input.personId, 'personId');
    const referringOrganisationId = parseId(input.referringOrganisationId, 'referringOrganisationId');
    const coordinatorId = parseId(input.coordinatorId, 'coordinatorId');
    return this.deps.dataSource.transaction(async (tx) => {
      const m = await this.requireMember(tx, viewer, huddleId);
      if (!m.chair && viewer.role !== 'MANAGER') throw new DomainError('FORBIDDEN', 'The huddle’s chairs agree the caseload.');
      await this.deps.people.requireKnown(tx, viewer, personId);
      const [coord] = await rows<{ name: string; role: string }>(tx, `SELECT name, role FROM app_user WHERE id = $1 AND active`, [
        coordinatorId,
      ]);
      if (!coord || coord.role === 'ADMIN') throw validationFailed({ coordinatorId: 'Choose an active coordinator or lead worker.' });
      try {
        await tx.query(
          `INSERT INTO caseload_entry (huddle_id, person_id, referring_organisation_id, offer_of_help, coordinator_id) VALUES ($1, $2, $3, $4, $5)`,
          [huddleId, personId, referringOrganisationId, input.offerOfHelp.trim(), coordinatorId],
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('ALREADY_EXISTS', 'This person is already on the huddle’s caseload.');
        throw error;
      }
      const [load] = await rows<{ n: number }>(
        tx,
        `SELECT count(*)::int AS n FROM caseload_entry WHERE coordinator_id = $1 AND removed_on IS NULL`,
        [coordinatorId],
      );
      const warning =
        load!.n > COORDINATOR_CASELOAD_LIMIT
          ? `${coord.name} now coordinates for ${load!.n} people, more than the ${COORDINATOR_CASELOAD_LIMIT} a coordinator can usually hold.`
          : null;
      return { huddleId, warning };
    });
  }

  async removeFromCaseload(viewer: Viewer, entryId: string): Promise<string> {
    const id = parseId(entryId);
    return this.deps.dataSource.transaction(async (tx) => {
      const [entry] = await rows<{ huddle_id: string }>(tx, `SELECT huddle_id FROM caseload_entry WHERE id = $1 AND removed_on IS NULL`, [
        id,
      ]);
      if (!entry) throw new DomainError('NOT_FOUND', 'That caseload entry was not found.');
      const m = await this.requireMember(tx, viewer, entry.huddle_id);
      if (!m.chair && viewer.role !== 'MANAGER') throw new DomainError('FORBIDDEN', 'The huddle’s chairs agree the caseload.');
      await tx.query(`UPDATE caseload_entry SET removed_on = current_date WHERE id = $1`, [id]);
      return entry.huddle_id;
    });
  }

  /**
   * Schedules a meeting with a draft agenda for the chair: people released within 28 days,
   * people with overdue or blocked actions, new referrals, items left unfinished last time, and
   * a review of incomplete actions. Members then add and reorder items.
   */
  async scheduleMeeting(viewer: Viewer, id: string, startsAt: Date, outer?: EntityManager): Promise<string> {
    const huddleId = parseId(id, 'huddleId');
    if (Number.isNaN(startsAt.getTime())) throw validationFailed({ startsAt: 'Enter the date and time of the meeting.' });
    const work = async (tx: EntityManager) => {
      const m = await this.requireMember(tx, viewer, huddleId);
      if (!m.chair) throw new DomainError('FORBIDDEN', 'Only the huddle’s chairs schedule meetings.');
      const [meeting] = await rows<{ id: string }>(tx, `INSERT INTO meeting (huddle_id, starts_at) VALUES ($1, $2) RETURNING id`, [
        huddleId,
        startsAt,
      ]);
      await this.draftAgenda(tx, viewer, huddleId, meeting!.id);
      return meeting!.id;
    };
    return outer ? work(outer) : this.deps.dataSource.transaction(work);
  }

  private async draftAgenda(tx: EntityManager, viewer: Viewer, huddleId: string, meetingId: string) {
    const [previous] = await rows<{ id: string; starts_at: Date }>(
      tx,
      `SELECT id, starts_at FROM meeting WHERE huddle_id = $1 AND id <> $2 AND status = 'CLOSED' ORDER BY starts_at DESC LIMIT 1`,
      [huddleId, meetingId],
    );
    const caseload = await rows<{ person_id: string; added_on: string }>(
      tx,
      `SELECT person_id, added_on FROM caseload_entry WHERE huddle_id = $1 AND removed_on IS NULL`,
      [huddleId],
    );
    const personIds = caseload.map((c) => c.person_id);
    const [releasing, withActions, outcomeDue] = await Promise.all([
      this.deps.people.releasingWithin(personIds, RELEASE_AGENDA_DAYS, tx),
      this.deps.actions.peopleWithOverdueOrBlocked(personIds),
      this.deps.outcomes.dueFor(tx, personIds),
    ]);
    const items: Array<{
      kind: AgendaItemKind;
      personId: string | null;
      title: string;
      reason: string;
      carriedFrom?: string;
      section?: SharingSection | null;
    }> = [];
    const seen = new Set<string>();
    // Unfinished last time comes first, so nothing drops off the agenda.
    if (previous) {
      const unfinished = await rows<{
        item_id: string;
        person_id: string | null;
        title: string;
        reason: string | null;
        disclosure_section: SharingSection | null;
      }>(
        tx,
        `SELECT item_id, person_id, title, reason, disclosure_section FROM meeting_minutes_item
          WHERE meeting_id = $1 AND NOT discussed AND kind <> 'INCOMPLETE_ACTIONS_REVIEW'
            -- the rule of itemOutcome (packages/shared): anything written, decided or agreed means it was discussed
            AND notes !~ '\\S' AND decisions !~ '\\S' AND jsonb_array_length(actions) = 0
          ORDER BY position`,
        [previous.id],
      );
      for (const u of unfinished) {
        items.push({
          kind: 'CARRIED_OVER',
          personId: u.person_id,
          title: u.title,
          reason: `Not reached at the meeting on ${formatDate(previous.starts_at)}`,
          carriedFrom: u.item_id,
          section: u.disclosure_section,
        });
        if (u.person_id) seen.add(u.person_id);
      }
    }
    for (const r of releasing) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      items.push({
        kind: 'RELEASE_SOON',
        personId: r.id,
        title: `Release due ${formatDate(`${r.release_date}T12:00:00Z`)}`,
        reason: 'Release or discharge in 28 days or less',
        // The title and kind tell of custody or hospital: only those who may see that read them.
        section: sectionForSituation(r.situation_kind),
      });
    }
    for (const id of withActions) {
      if (seen.has(id)) continue;
      seen.add(id);
      items.push({
        kind: 'OVERDUE_ACTIONS',
        personId: id,
        title: 'Overdue or blocked actions',
        reason: 'Actions are overdue, not possible or not undertaken',
      });
    }
    const since = previous ? previous.starts_at.toISOString().slice(0, 10) : null;
    for (const c of caseload) {
      if (seen.has(c.person_id) || (since && c.added_on < since)) continue;
      seen.add(c.person_id);
      items.push({
        kind: 'NEW_REFERRAL',
        personId: c.person_id,
        title: 'New referral',
        reason: 'Added to the caseload since the last meeting',
      });
    }
    for (const id of outcomeDue) {
      if (seen.has(id)) continue;
      seen.add(id);
      items.push({ kind: 'OUTCOME_DUE', personId: id, title: 'Outcome assessment due', reason: 'No NDTA score in the last quarter' });
    }
    items.push({
      kind: 'INCOMPLETE_ACTIONS_REVIEW',
      personId: null,
      title: 'Review of incomplete actions',
      reason: 'For each: not possible (a barrier) or not undertaken (an agency did not do it)?',
    });
    if (items.length === 0) return;
    await tx.query(
      `INSERT INTO agenda_item (meeting_id, position, kind, person_id, title, reason, carried_from_item_id, created_by, disclosure_section)
       SELECT $1, i.n, i.kind, i.person_id, i.title, i.reason, i.carried_from, $2, i.section
         FROM jsonb_to_recordset($3::jsonb) AS i(n int, kind text, person_id uuid, title text, reason text, carried_from uuid, section text)`,
      [
        meetingId,
        viewer.id,
        JSON.stringify(
          items.map((item, n) => ({
            n: n + 1,
            kind: item.kind,
            person_id: item.personId,
            title: item.title,
            reason: item.reason,
            carried_from: item.carriedFrom ?? null,
            section: item.section ?? null,
          })),
        ),
      ],
    );
  }
}
