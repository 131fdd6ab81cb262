import {
  appointmentDayWarnings,
  daysBetween,
  DEFAULT_RED_FLAG_THRESHOLDS,
  findClashes,
  formatDate,
  RELEASE_ITEM_LABELS,
  RELEASE_ITEMS,
  redFlags,
  sectionForSituation,
  SMALL_NUMBER,
  type AppointmentSlot,
  type RedFlagThresholds,
  type ReleaseItem,
  type ReleaseItemStatus,
  type SharingSection,
  type SituationKind,
} from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import type { NotificationService } from '../notification/notification.service.js';
import { disclose, disclosureOf, notShared } from '../disclosure/gate.js';
import { assertAccess, assertCanEdit, type PersonAccess } from '../person/person.policy.js';
import type { PersonService } from '../person/person.service.js';
import { linkSentDutyToRefer } from './referral-links.js';
import type {
  BookAppointmentInput,
  UpdateAppointmentInput,
  UpdateReleasePlanInput,
  UpdateReleasePlanItemInput,
} from './dto/release.inputs.js';
import type { Appointment, ReleaseForecast, ReleasePlan, UpcomingRelease } from './release.types.js';

interface PlanFacts {
  person_id: string;
  situation_kind: SituationKind;
  establishment: string | null;
  release_date: string | null;
  council_area: string;
  destination_council_area: string | null;
  establishment_town: string | null;
  /** 'HH:MM', when the plan records the time of release. */
  release_time: string | null;
  version: number | null;
}

interface AppointmentRow {
  id: string;
  person_id: string;
  organisation_id: string;
  organisation_name: string;
  organisation_kind: string;
  on_date: string;
  time_window: AppointmentSlot['window'];
  start_time: string | null;
  end_time: string | null;
  location: string | null;
  town: string | null;
  purpose: string;
  status: NonNullable<AppointmentSlot['status']>;
  first_probation: boolean;
  version: number;
}

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

const SELECT_APPOINTMENTS = `
  SELECT a.id, a.person_id, a.organisation_id, o.name AS organisation_name, o.kind AS organisation_kind, a.on_date, a.time_window,
         to_char(a.start_time, 'HH24:MI') AS start_time, to_char(a.end_time, 'HH24:MI') AS end_time,
         a.location, a.town, a.purpose, a.status, a.first_probation, a.version
    FROM appointment a JOIN organisation o ON o.id = a.organisation_id`;

/**
 * Release planning and flexible appointments. Access follows the person's record: a release
 * plan is custody (OFFENDING) or hospital (HEALTH) data; appointments are CONTACT data.
 */
export class ReleaseService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      people: PersonService;
      notifications: NotificationService;
      thresholds?: RedFlagThresholds;
    },
  ) {}

  private get thresholds() {
    return this.deps.thresholds ?? DEFAULT_RED_FLAG_THRESHOLDS;
  }

  private async facts(runner: SqlRunner, personIds: string[]): Promise<PlanFacts[]> {
    return rows<PlanFacts>(
      runner,
      `SELECT p.id AS person_id, p.situation_kind, p.establishment, p.release_date, p.council_area,
              r.destination_council_area, r.establishment_town, to_char(r.release_time, 'HH24:MI') AS release_time, r.version
         FROM person p LEFT JOIN release_plan r ON r.person_id = p.id WHERE p.id = ANY ($1::uuid[])`,
      [personIds],
    );
  }

  /**
   * Checks, through the disclosure gate, that the viewer may see (or, with `write`, change) this
   * person's release planning, which follows the situation's section. The refusal is the same
   * whatever the situation, so it tells nobody where the person is.
   */
  private async requirePlanAccess(
    runner: SqlRunner,
    viewer: Viewer,
    personId: string,
    write = false,
  ): Promise<PlanFacts & { access: PersonAccess }> {
    const [facts] = await this.facts(runner, [personId]);
    const access = (await this.deps.people.accessFor(viewer, [personId], runner)).get(personId);
    assertAccess(access!, 'KNOW');
    (write ? assertCanEdit : assertAccess)(access!, sectionForSituation(facts!.situation_kind));
    if (facts!.situation_kind === 'COMMUNITY') {
      throw new DomainError(
        'VALIDATION_FAILED',
        'Release plans are for people in custody or hospital. Update the person’s situation first.',
        { fields: {} },
      );
    }
    return { ...facts!, access: access! };
  }

  async plan(viewer: Viewer, id: string): Promise<ReleasePlan> {
    const personId = parseId(id, 'personId');
    const facts = await this.requirePlanAccess(this.deps.dataSource, viewer, personId);
    const section = sectionForSituation(facts.situation_kind);
    await this.deps.people.auditReads(this.deps.dataSource, viewer, [
      { personId, access: facts.access, sections: [section], context: 'Release plan' },
    ]);
    const [items, firstAppointment] = await Promise.all([
      rows<{
        item: ReleaseItem;
        status: ReleaseItemStatus;
        org_id: string | null;
        org_name: string | null;
        org_kind: string | null;
        on_date: string | null;
        detail: string | null;
        council: string | null;
        outcome: string | null;
        referral_id: string | null;
        version: number;
      }>(
        this.deps.dataSource,
        `SELECT i.item, i.status, o.id AS org_id, o.name AS org_name, o.kind AS org_kind, i.on_date, i.detail, i.council, i.outcome, i.referral_id, i.version
           FROM release_plan_item i LEFT JOIN organisation o ON o.id = i.owning_organisation_id WHERE i.person_id = $1`,
        [personId],
      ),
      this.firstAppointment(this.deps.dataSource, personId),
    ]);
    const byItem = new Map(items.map((i) => [i.item, i]));
    const statuses = Object.fromEntries(items.map((i) => [i.item, i.status]));
    return disclose<ReleasePlan>(
      {
        personId,
        releaseDate: facts.release_date,
        releaseTime: facts.release_time,
        establishment: facts.establishment,
        establishmentTown: facts.establishment_town,
        destinationCouncilArea: facts.destination_council_area ?? facts.council_area,
        daysToRelease: facts.release_date ? daysBetween(today(), facts.release_date) : null,
        redFlags: facts.release_date
          ? redFlags(
              {
                releaseDate: facts.release_date,
                releaseTime: facts.release_time,
                today: today(),
                items: statuses,
                establishmentTown: facts.establishment_town,
                firstAppointment,
              },
              this.thresholds,
            )
          : [],
        items: RELEASE_ITEMS.map((item) => {
          const row = byItem.get(item);
          return {
            item,
            label: RELEASE_ITEM_LABELS[item],
            status: row?.status ?? 'NOT_STARTED',
            owningOrganisation: row?.org_id ? { id: row.org_id, name: row.org_name!, kind: row.org_kind! } : null,
            onDate: row?.on_date ?? null,
            detail: row?.detail ?? null,
            council: row?.council ?? null,
            outcome: row?.outcome ?? null,
            referralId: row?.referral_id ?? null,
            version: row?.version ?? 0,
          };
        }),
        version: facts.version ?? 0,
      },
      { access: facts.access, section },
    );
  }

  private async firstAppointment(runner: SqlRunner, personId: string): Promise<{ date: string; town: string | null } | null> {
    const [row] = await rows<{ on_date: string; town: string | null }>(
      runner,
      `SELECT on_date, town FROM appointment WHERE person_id = $1 AND first_probation AND status IN ('BOOKED','ATTENDED') ORDER BY on_date LIMIT 1`,
      [personId],
    );
    return row ? { date: row.on_date, town: row.town } : null;
  }

  async updatePlan(viewer: Viewer, input: UpdateReleasePlanInput): Promise<void> {
    const personId = parseId(input.personId, 'personId');
    await this.deps.dataSource.transaction(async (tx) => {
      const facts = await this.requirePlanAccess(tx, viewer, personId, true);
      await this.ensurePlan(tx, viewer, personId, facts);
      const updated = await rows(
        tx,
        // The release time is left as it is when the input does not mention it; null clears it.
        `UPDATE release_plan SET destination_council_area = $3, establishment_town = $4,
                release_time = CASE WHEN $6 THEN $5::time ELSE release_time END, version = version + 1, updated_at = now()
          WHERE person_id = $1 AND version = $2 RETURNING version`,
        [
          personId,
          Math.max(input.expectedVersion, 1),
          input.destinationCouncilArea.trim(),
          input.establishmentTown?.trim() || null,
          input.releaseTime || null,
          input.releaseTime !== undefined,
        ],
      );
      if (updated.length === 0)
        throw new DomainError(
          'VERSION_CONFLICT',
          'Someone else changed this plan while you were editing it. Check their change, then save again.',
          {},
        );
      await this.deps.people.publish(tx, viewer, {
        personId,
        part: 'SITUATION',
        version: null,
        section: sectionForSituation(facts.situation_kind),
      });
    });
  }

  /** Creates the person's release plan if there is none; a Duty to Refer already sent then completes its checklist item. */
  private async ensurePlan(tx: SqlRunner, viewer: Viewer, personId: string, facts: PlanFacts) {
    const created = await rows(
      tx,
      `INSERT INTO release_plan (person_id, destination_council_area, created_by) VALUES ($1, $2, $3) ON CONFLICT (person_id) DO NOTHING
       RETURNING person_id`,
      [personId, facts.council_area, viewer.id],
    );
    if (created.length > 0) await linkSentDutyToRefer(tx, personId, viewer.id);
  }

  /** One checklist item, with its own version: two people updating different items never conflict. */
  async updateItem(viewer: Viewer, input: UpdateReleasePlanItemInput): Promise<void> {
    const personId = parseId(input.personId, 'personId');
    const orgId = input.owningOrganisationId ? parseId(input.owningOrganisationId, 'owningOrganisationId') : null;
    if (input.item === 'DUTY_TO_REFER' && input.status === 'DONE' && (!input.onDate || !input.council?.trim())) {
      throw validationFailed({
        ...(input.onDate ? {} : { onDate: 'Enter the date the referral was made.' }),
        ...(input.council?.trim() ? {} : { council: 'Enter the council it was made to.' }),
      });
    }
    if (input.item === 'ACCOMMODATION' && input.status === 'DONE' && !input.detail?.trim()) {
      throw validationFailed({ detail: 'Say what kind of accommodation has been secured.' });
    }
    await this.deps.dataSource.transaction(async (tx) => {
      const facts = await this.requirePlanAccess(tx, viewer, personId, true);
      await this.ensurePlan(tx, viewer, personId, facts);
      const values = [
        input.status,
        orgId,
        input.onDate ?? null,
        input.detail?.trim() || null,
        input.council?.trim() || null,
        input.outcome?.trim() || null,
        viewer.id,
      ];
      const saved =
        input.expectedVersion === 0
          ? await rows(
              tx,
              `INSERT INTO release_plan_item (person_id, item, status, owning_organisation_id, on_date, detail, council, outcome, updated_by)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (person_id, item) DO NOTHING RETURNING version`,
              [personId, input.item, ...values],
            )
          : await rows(
              tx,
              `UPDATE release_plan_item SET status = $4, owning_organisation_id = $5, on_date = $6, detail = $7, council = $8, outcome = $9, updated_by = $10,
                      version = version + 1, updated_at = now()
                WHERE person_id = $1 AND item = $2 AND version = $3 RETURNING version`,
              [personId, input.item, input.expectedVersion, ...values],
            );
      if (saved.length === 0) {
        const [current] = await rows<{ status: string; version: number }>(
          tx,
          `SELECT status, version FROM release_plan_item WHERE person_id = $1 AND item = $2`,
          [personId, input.item],
        );
        throw new DomainError('VERSION_CONFLICT', 'Someone else updated this item first. Check their change, then save again.', {
          current: current ?? null,
        });
      }
      await this.deps.people.publish(tx, viewer, {
        personId,
        part: 'SITUATION',
        version: null,
        section: sectionForSituation(facts.situation_kind),
      });
    });
  }

  /** People due out within `withinDays`, soonest first, with their red flags. Only people whose plan the viewer may see. */
  async upcoming(viewer: Viewer, withinDays: number, councilArea: string | null): Promise<UpcomingRelease[]> {
    const candidates = await rows<PlanFacts & { done: number }>(
      this.deps.dataSource,
      `SELECT p.id AS person_id, p.situation_kind, p.establishment, p.release_date, p.council_area, r.destination_council_area, r.establishment_town,
              to_char(r.release_time, 'HH24:MI') AS release_time, r.version,
              (SELECT count(*)::int FROM release_plan_item i WHERE i.person_id = p.id AND i.status IN ('DONE','NOT_NEEDED')) AS done
         FROM person p LEFT JOIN release_plan r ON r.person_id = p.id
        WHERE p.situation_kind IN ('CUSTODY','HOSPITAL') AND p.release_date BETWEEN current_date AND current_date + $1::int
          AND ($2::text IS NULL OR coalesce(r.destination_council_area, p.council_area) = $2)
        ORDER BY p.release_date LIMIT 500`,
      [Math.min(Math.max(withinDays, 1), 400), councilArea],
    );
    const access = await this.deps.people.accessFor(
      viewer,
      candidates.map((c) => c.person_id),
    );
    const allowed = candidates.filter((c) => access.get(c.person_id)?.sections.includes(sectionForSituation(c.situation_kind)));
    if (allowed.length === 0) return [];
    const ids = allowed.map((c) => c.person_id);
    const [people, items, firsts] = await Promise.all([
      this.deps.people.views(
        viewer,
        ids,
        { selected: new Set(['id', 'displayName', 'legalName', 'preferredName', 'situation']) },
        { action: 'READ', context: 'Upcoming releases' },
      ),
      rows<{ person_id: string; item: ReleaseItem; status: ReleaseItemStatus }>(
        this.deps.dataSource,
        `SELECT person_id, item, status FROM release_plan_item WHERE person_id = ANY ($1::uuid[])`,
        [ids],
      ),
      rows<{ person_id: string; on_date: string; town: string | null }>(
        this.deps.dataSource,
        `SELECT DISTINCT ON (person_id) person_id, on_date, town FROM appointment WHERE person_id = ANY ($1::uuid[]) AND first_probation AND status IN ('BOOKED','ATTENDED') ORDER BY person_id, on_date`,
        [ids],
      ),
    ]);
    const byId = new Map(people.map((p) => [p.id, p]));
    return allowed
      .filter((c) => byId.has(c.person_id))
      .map((c) => {
        const statuses = Object.fromEntries(items.filter((i) => i.person_id === c.person_id).map((i) => [i.item, i.status]));
        const first = firsts.find((f) => f.person_id === c.person_id);
        return disclose<UpcomingRelease>(
          {
            person: byId.get(c.person_id)!,
            releaseDate: c.release_date!,
            daysToRelease: daysBetween(today(), c.release_date!),
            establishment: c.establishment,
            destinationCouncilArea: c.destination_council_area ?? c.council_area,
            redFlags: redFlags(
              {
                releaseDate: c.release_date!,
                releaseTime: c.release_time,
                today: today(),
                items: statuses,
                establishmentTown: c.establishment_town,
                firstAppointment: first ? { date: first.on_date, town: first.town } : null,
              },
              this.thresholds,
            ),
            itemsDone: c.done,
            itemsTotal: RELEASE_ITEMS.length,
          },
          { access: access.get(c.person_id)!, section: sectionForSituation(c.situation_kind) },
        );
      });
  }

  /**
   * For each council area and month over the next `months`: people due for release or
   * discharge, how many have accommodation secured and how many have had a Duty to Refer made.
   * Counts only, computed in SQL; the drill-down applies each person's sharing rules. A cell of
   * fewer than SMALL_NUMBER people is withheld from a viewer who may not see the release facts
   * (the situation's section) of every one of them, so that nobody can be singled out.
   */
  async forecast(viewer: Viewer, months: number, councilArea: string | null): Promise<ReleaseForecast> {
    const span = months === 12 ? 12 : 6;
    const cells = await rows<{
      council_area: string;
      month: string;
      due: number;
      accommodation: number;
      dtr: number;
      ids: string[];
      situations: SituationKind[];
    }>(
      this.deps.dataSource,
      `WITH m AS (SELECT generate_series(date_trunc('month', current_date), date_trunc('month', current_date) + make_interval(months => $1 - 1), interval '1 month')::date AS month),
            due AS (
              SELECT p.id AS person_id, p.situation_kind::text AS situation_kind,
                     coalesce(r.destination_council_area, p.council_area) AS council_area, date_trunc('month', p.release_date)::date AS month,
                     EXISTS (SELECT 1 FROM release_plan_item i WHERE i.person_id = p.id AND i.item = 'ACCOMMODATION' AND i.status = 'DONE') AS accommodation,
                     EXISTS (SELECT 1 FROM release_plan_item i WHERE i.person_id = p.id AND i.item = 'DUTY_TO_REFER' AND i.status = 'DONE') AS dtr
                FROM person p LEFT JOIN release_plan r ON r.person_id = p.id
               WHERE p.situation_kind IN ('CUSTODY','HOSPITAL') AND p.release_date >= current_date AND p.merged_into_id IS NULL
                 AND p.release_date < date_trunc('month', current_date) + make_interval(months => $1)
                 AND ($2::text IS NULL OR coalesce(r.destination_council_area, p.council_area) = $2))
       SELECT d.council_area, to_char(m.month, 'YYYY-MM') AS month, count(*)::int AS due,
              count(*) FILTER (WHERE d.accommodation)::int AS accommodation, count(*) FILTER (WHERE d.dtr)::int AS dtr,
              -- The people of a small cell only: suppression is decided for those alone.
              CASE WHEN count(*) < $3 THEN array_agg(d.person_id ORDER BY d.person_id) ELSE '{}' END AS ids,
              CASE WHEN count(*) < $3 THEN array_agg(d.situation_kind ORDER BY d.person_id) ELSE '{}' END AS situations
         FROM m JOIN due d ON d.month = m.month GROUP BY d.council_area, m.month ORDER BY d.council_area, m.month`,
      [span, councilArea, SMALL_NUMBER],
    );
    // The policy is asked about the people of cells under the small-number limit only (a larger
    // cell is shown whoever is in it), not about everyone due in the window.
    const access = await this.deps.people.accessFor(viewer, [...new Set(cells.flatMap((c) => c.ids))]);
    const start = new Date();
    const monthsList = Array.from({ length: span }, (_, i) => {
      const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1));
      return d.toISOString().slice(0, 7);
    });
    return {
      months: monthsList,
      councilAreas: [...new Set(cells.map((c) => c.council_area))],
      cells: cells.map((c) => {
        const seesEveryone = c.ids.every((id, i) => access.get(id)?.sections.includes(sectionForSituation(c.situations[i]!)));
        const suppressed = !seesEveryone && c.due > 0 && c.due < SMALL_NUMBER;
        return {
          councilArea: c.council_area,
          month: c.month,
          suppressed,
          due: suppressed ? null : c.due,
          accommodationSecured: suppressed ? null : c.accommodation,
          dutyToReferMade: suppressed ? null : c.dtr,
        };
      }),
    };
  }

  /** The people behind one forecast cell: only those whose plan the viewer may see. */
  async forecastPeople(viewer: Viewer, councilArea: string, month: string): Promise<UpcomingRelease[]> {
    if (!/^\d{4}-\d{2}$/.test(month)) throw validationFailed({ month: 'Give the month as YYYY-MM.' });
    const all = await this.upcoming(viewer, 400, councilArea);
    return all.filter((r) => r.releaseDate.startsWith(month));
  }

  // ---------------------------------------------------------------- appointments

  private toAppointment(row: AppointmentRow, all: AppointmentRow[], access: PersonAccess, situation: SituationKind): Appointment {
    const clashes = findClashes(all.map(slotOf))
      .filter((c) => c.a === row.id || c.b === row.id)
      .map((c) => ({ rule: c.rule, otherAppointmentId: c.a === row.id ? c.b : c.a, message: c.message }));
    return disclose<Appointment>(
      {
        id: row.id,
        personId: row.person_id,
        organisation: { id: row.organisation_id, name: row.organisation_name, kind: row.organisation_kind },
        date: row.on_date,
        window: row.time_window,
        startTime: row.start_time,
        endTime: row.end_time,
        location: row.location,
        town: row.town,
        purpose: row.purpose,
        status: row.status,
        firstProbation: row.first_probation,
        version: row.version,
        clashes,
        warnings:
          row.status === 'BOOKED' ? appointmentDayWarnings({ date: row.on_date, window: row.time_window, startTime: row.start_time }) : [],
      },
      { access, section: row.first_probation ? firstProbationSection(situation) : null },
    );
  }

  /** Every agency's appointments for a person, on one timeline, with their clashes. */
  async appointments(viewer: Viewer, id: string, from: string | null, to: string | null): Promise<Appointment[]> {
    const personId = parseId(id, 'personId');
    const a = (await this.deps.people.accessFor(viewer, [personId])).get(personId);
    assertAccess(a!, 'KNOW');
    assertAccess(a!, 'CONTACT');
    const [facts] = await this.facts(this.deps.dataSource, [personId]);
    const derived = firstProbationSection(facts!.situation_kind);
    await this.deps.people.auditReads(this.deps.dataSource, viewer, [
      { personId, access: a!, sections: a!.sections.includes(derived) ? ['CONTACT', derived] : ['CONTACT'], context: 'Appointments' },
    ]);
    const found = await rows<AppointmentRow>(
      this.deps.dataSource,
      `${SELECT_APPOINTMENTS} WHERE a.person_id = $1 AND ($2::date IS NULL OR a.on_date >= $2) AND ($3::date IS NULL OR a.on_date <= $3) ORDER BY a.on_date, a.start_time NULLS FIRST, a.created_at`,
      [personId, from, to],
    );
    return found.map((r) => this.toAppointment(r, found, a!, facts!.situation_kind));
  }

  async book(
    viewer: Viewer,
    input: BookAppointmentInput,
  ): Promise<{ appointment: Appointment; clashes: Appointment['clashes']; warnings: Appointment['warnings'] }> {
    const personId = parseId(input.personId, 'personId');
    const orgId = input.organisationId ? parseId(input.organisationId, 'organisationId') : viewer.organisationId;
    if (viewer.role === 'ADMIN') throw new DomainError('FORBIDDEN', 'Administrators do not book appointments.');
    // A peer mentor books their own appointments with the people referred to them, nothing on another's behalf.
    if (viewer.role === 'PEER_MENTOR' && (orgId !== viewer.organisationId || input.firstProbation)) throw notShared(false);
    checkTimes(input.window, input.startTime, input.endTime);
    const id = await this.deps.dataSource.transaction(async (tx) => {
      const access = (await this.deps.people.accessFor(viewer, [personId], tx)).get(personId);
      assertCanEdit(access!, 'CONTACT');
      if (input.firstProbation) {
        const [facts] = await this.facts(tx, [personId]);
        assertCanEdit(access!, firstProbationSection(facts!.situation_kind));
      }
      const [row] = await rows<{ id: string }>(
        tx,
        `INSERT INTO appointment (person_id, organisation_id, on_date, time_window, start_time, end_time, location, town, purpose, first_probation, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          personId,
          orgId,
          input.date,
          input.window,
          input.window === 'EXACT' ? input.startTime : null,
          input.window === 'EXACT' ? (input.endTime ?? null) : null,
          input.location?.trim() || null,
          input.town?.trim() || null,
          input.purpose.trim(),
          input.firstProbation,
          viewer.id,
        ],
      );
      await this.deps.people.publish(tx, viewer, { personId, part: 'PREFERENCES', version: null, section: 'CONTACT' });
      return row!.id;
    });
    const all = await this.appointments(viewer, personId, null, null);
    const appointment = all.find((a) => a.id === id)!;
    return disclose({ appointment, clashes: appointment.clashes, warnings: appointment.warnings }, disclosureOf(appointment)!);
  }

  /** Moves an appointment or records what happened. A missed appointment alerts the lead professionals; it is not held against the person. */
  async update(viewer: Viewer, input: UpdateAppointmentInput): Promise<string> {
    const id = parseId(input.id);
    return this.deps.dataSource.transaction(async (tx) => {
      const [row] = await rows<AppointmentRow>(tx, `${SELECT_APPOINTMENTS} WHERE a.id = $1 FOR UPDATE OF a`, [id]);
      if (!row) throw new DomainError('NOT_FOUND', 'That appointment was not found.');
      const access = (await this.deps.people.accessFor(viewer, [row.person_id], tx)).get(row.person_id)!;
      assertCanEdit(access, 'CONTACT');
      if (row.version !== input.expectedVersion) {
        throw new DomainError('VERSION_CONFLICT', 'Someone else changed this appointment. Check their change, then try again.', {
          current: { date: row.on_date, window: row.time_window, status: row.status, version: row.version },
        });
      }
      const window = input.window ?? row.time_window;
      const startTime = window === 'EXACT' ? (input.startTime ?? row.start_time) : null;
      const endTime = window === 'EXACT' ? (input.endTime ?? (input.window ? null : row.end_time)) : null;
      checkTimes(window, startTime, endTime);
      const status = input.status ?? row.status;
      const onDate = input.date ?? row.on_date;
      if ((status === 'ATTENDED' || status === 'MISSED') && status !== row.status) {
        const [day] = await rows<{ future: boolean }>(tx, `SELECT $1::date > current_date AS future`, [onDate]);
        if (day!.future) throw validationFailed({ status: 'An appointment can be marked attended or missed only on or after its day.' });
      }
      await tx.query(
        `UPDATE appointment SET on_date = $2, time_window = $3, start_time = $4, end_time = $5, status = $6, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, onDate, window, startTime, endTime, status],
      );
      if (status === 'MISSED' && row.status !== 'MISSED') {
        const leads = await this.deps.people.leadProfessionalIds(tx, row.person_id);
        for (const userId of leads) {
          await this.deps.notifications.notify(tx, {
            userId,
            kind: 'APPOINTMENT_MISSED',
            actionId: null,
            personId: row.person_id,
            message: `A ${row.organisation_name} appointment on ${formatDate(`${row.on_date}T12:00:00Z`)} (${row.purpose}) was missed. Worth a call to check they are all right.`,
            dedupeKey: `APPOINTMENT_MISSED:${id}:${userId}:${row.version + 1}`,
          });
        }
      }
      await this.deps.people.publish(tx, viewer, { personId: row.person_id, part: 'PREFERENCES', version: null, section: 'CONTACT' });
      return row.person_id;
    });
  }
}

/**
 * A first probation appointment tells of custody or hospital: it follows the situation's section
 * (probation, so OFFENDING, for someone in the community).
 */
function firstProbationSection(situation: SituationKind): SharingSection {
  return situation === 'HOSPITAL' ? 'HEALTH' : 'OFFENDING';
}

function slotOf(row: AppointmentRow): AppointmentSlot {
  return {
    id: row.id,
    date: row.on_date,
    window: row.time_window,
    startTime: row.start_time,
    endTime: row.end_time,
    town: row.town,
    status: row.status,
  };
}

function checkTimes(window: string, start: string | null | undefined, end: string | null | undefined) {
  if (window === 'EXACT' && !start) throw validationFailed({ startTime: 'Enter the time of the appointment.' });
  if (window !== 'EXACT' && (start || end))
    throw validationFailed({ window: 'Choose "At a set time" to give a time, or leave the times empty.' });
}
