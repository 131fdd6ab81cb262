import { addDays, scoreAssessment, SMALL_NUMBER } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import { disclose } from '../disclosure/gate.js';
import { requireMember } from '../huddle-membership/huddle-membership.js';
import { assertAccess, assertCanEdit } from '../person/person.policy.js';
import type { PersonService } from '../person/person.service.js';
import type {
  CaseloadOutcomeSummary,
  OutcomeHistory,
  OutcomeMeasure,
  RecordAssessmentInput,
  RecordServiceUseInput,
  ServiceUseQuarter,
} from './outcome.types.js';

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

/**
 * Outcome measures (data, not code: the NDTA is built in, and an area with a licence for
 * another tool can add it as rows), assessments with their trend, and quarterly service use.
 * Scores describe risk and health, so they follow the person's RISK section.
 */
export class OutcomeService {
  constructor(private readonly deps: { dataSource: DataSource; people: PersonService }) {}

  async measures(runner: SqlRunner = this.deps.dataSource): Promise<OutcomeMeasure[]> {
    const found = await rows<{
      id: string;
      key: string;
      name: string;
      acknowledgement: string | null;
      rescore_days: number;
      domains: OutcomeMeasure['domains'];
    }>(
      runner,
      `SELECT m.id, m.key, m.name, m.acknowledgement, m.rescore_days,
              jsonb_agg(jsonb_build_object('key', d.key, 'label', d.label, 'min', d.min_score, 'max', d.max_score, 'weight', d.weight) ORDER BY d.position) AS domains
         FROM outcome_measure m JOIN outcome_domain d ON d.measure_id = m.id GROUP BY m.id ORDER BY m.built_in DESC, m.name`,
    );
    return found.map((m) => ({
      id: m.id,
      key: m.key,
      name: m.name,
      acknowledgement: m.acknowledgement,
      rescoreDays: m.rescore_days,
      maxTotal: m.domains.reduce((sum, d) => sum + d.max * d.weight, 0),
      domains: m.domains,
    }));
  }

  /** The viewer's access to one person, through the disclosure gate: to read, or to change. */
  private async access(
    runner: SqlRunner,
    viewer: Viewer,
    personId: string,
    need: Array<'RISK' | 'PROFILE' | 'NEEDS' | 'OFFENDING' | 'HEALTH'>,
    write = false,
  ) {
    const access = (await this.deps.people.accessFor(viewer, [personId], runner)).get(personId);
    assertAccess(access!, 'KNOW');
    for (const n of need) (write ? assertCanEdit : assertAccess)(access!, n);
    return access!;
  }

  async history(viewer: Viewer, id: string): Promise<OutcomeHistory[]> {
    const personId = parseId(id, 'personId');
    const access = await this.access(this.deps.dataSource, viewer, personId, ['RISK']);
    await this.deps.people.auditReads(this.deps.dataSource, viewer, [{ personId, access, sections: ['RISK'], context: 'Outcome scores' }]);
    const [measures, found] = await Promise.all([
      this.measures(),
      rows<{
        id: string;
        measure_key: string;
        assessed_on: string;
        total: number;
        notes: string | null;
        user_id: string;
        user_name: string;
        org_id: string;
        org_name: string;
        org_kind: string;
        scores: Array<{ domain: string; score: number }>;
      }>(
        this.deps.dataSource,
        `SELECT a.id, m.key AS measure_key, a.assessed_on, a.total, a.notes, u.id AS user_id, u.name AS user_name, o.id AS org_id, o.name AS org_name, o.kind AS org_kind,
                (SELECT jsonb_agg(jsonb_build_object('domain', s.domain_key, 'score', s.score)) FROM assessment_score s WHERE s.assessment_id = a.id) AS scores
           FROM assessment a JOIN outcome_measure m ON m.id = a.measure_id JOIN app_user u ON u.id = a.assessed_by JOIN organisation o ON o.id = u.organisation_id
          WHERE a.person_id = $1 ORDER BY a.assessed_on, a.created_at`,
        [personId],
      ),
    ]);
    return measures.map((measure) => {
      const assessments = found
        .filter((a) => a.measure_key === measure.key)
        .map((a) => ({
          id: a.id,
          measureKey: a.measure_key,
          assessedOn: a.assessed_on,
          total: a.total,
          notes: a.notes,
          assessedBy: { id: a.user_id, name: a.user_name, organisation: { id: a.org_id, name: a.org_name, kind: a.org_kind } },
          scores: a.scores ?? [],
        }));
      const last = assessments.at(-1);
      const rescoreDueOn = last ? addDays(last.assessedOn, measure.rescoreDays) : null;
      return disclose({ measure, assessments, rescoreDueOn, rescoreDue: !rescoreDueOn || rescoreDueOn <= today() }, { access });
    });
  }

  async record(viewer: Viewer, input: RecordAssessmentInput): Promise<string> {
    const personId = parseId(input.personId, 'personId');
    if (viewer.role === 'ADMIN') throw new DomainError('FORBIDDEN', 'Practitioners score assessments.');
    if (input.assessedOn > today()) throw validationFailed({ assessedOn: 'The assessment date cannot be in the future.' });
    return this.deps.dataSource.transaction(async (tx) => {
      await this.access(tx, viewer, personId, ['RISK'], true);
      const measure = (await this.measures(tx)).find((m) => m.key === input.measureKey);
      if (!measure) throw validationFailed({ measureKey: `There is no outcome measure called ${input.measureKey}.` });
      const scores = Object.fromEntries(input.scores.map((s) => [s.domain, s.score]));
      if (input.scores.length !== Object.keys(scores).length) throw validationFailed({ scores: 'Score each domain once.' });
      const result = scoreAssessment(measure.domains, scores);
      if (!result.ok) throw validationFailed(result.problems);
      const [saved] = await rows<{ id: string }>(
        tx,
        `INSERT INTO assessment (person_id, measure_id, assessed_on, assessed_by, total, notes) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [personId, measure.id, input.assessedOn, viewer.id, result.total, input.notes?.trim() || null],
      );
      await tx.query(
        `INSERT INTO assessment_score (assessment_id, domain_key, score) SELECT $1, s.domain, s.score FROM jsonb_to_recordset($2::jsonb) AS s(domain text, score int)`,
        [saved!.id, JSON.stringify(input.scores)],
      );
      await this.deps.people.publish(tx, viewer, { personId, part: 'RISK', version: null, section: 'RISK' });
      return saved!.id;
    });
  }

  async serviceUse(viewer: Viewer, id: string): Promise<ServiceUseQuarter[]> {
    const personId = parseId(id, 'personId');
    // Each count belongs to its own part of the record; the gate hides those not shared.
    const access = await this.access(this.deps.dataSource, viewer, personId, ['PROFILE']);
    const shown = (['NEEDS', 'OFFENDING', 'HEALTH'] as const).filter((s) => access.sections.includes(s));
    await this.deps.people.auditReads(this.deps.dataSource, viewer, [
      { personId, access, sections: ['PROFILE', ...shown], context: 'Service use' },
    ]);
    const found = await rows<{
      quarter_start: string;
      evictions: number;
      arrests: number;
      nights_in_prison: number;
      ae_attendances: number;
      mh_inpatient_days: number;
    }>(
      this.deps.dataSource,
      `SELECT quarter_start, evictions, arrests, nights_in_prison, ae_attendances, mh_inpatient_days FROM service_use WHERE person_id = $1 ORDER BY quarter_start`,
      [personId],
    );
    return found.map((q) =>
      disclose(
        {
          quarterStart: q.quarter_start,
          evictions: q.evictions,
          arrests: q.arrests,
          nightsInPrison: q.nights_in_prison,
          aeAttendances: q.ae_attendances,
          mentalHealthInpatientDays: q.mh_inpatient_days,
        },
        { access },
      ),
    );
  }

  async recordServiceUse(viewer: Viewer, input: RecordServiceUseInput): Promise<void> {
    const personId = parseId(input.personId, 'personId');
    if (!/^\d{4}-(01|04|07|10)-01$/.test(input.quarterStart))
      throw validationFailed({ quarterStart: 'Choose the first day of a quarter: 1 January, April, July or October.' });
    await this.deps.dataSource.transaction(async (tx) => {
      await this.access(tx, viewer, personId, ['NEEDS', 'OFFENDING', 'HEALTH'], true);
      await tx.query(
        `INSERT INTO service_use (person_id, quarter_start, evictions, arrests, nights_in_prison, ae_attendances, mh_inpatient_days, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (person_id, quarter_start) DO UPDATE SET evictions = EXCLUDED.evictions, arrests = EXCLUDED.arrests, nights_in_prison = EXCLUDED.nights_in_prison,
           ae_attendances = EXCLUDED.ae_attendances, mh_inpatient_days = EXCLUDED.mh_inpatient_days, recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
        [
          personId,
          input.quarterStart,
          input.evictions,
          input.arrests,
          input.nightsInPrison,
          input.aeAttendances,
          input.mentalHealthInpatientDays,
          viewer.id,
        ],
      );
    });
  }

  /** Change from entry across a huddle's caseload, computed in SQL. For the huddle's members. */
  async caseloadSummary(viewer: Viewer, huddleIdInput: string, measureKey = 'NDTA'): Promise<CaseloadOutcomeSummary> {
    const huddleId = parseId(huddleIdInput, 'huddleId');
    await requireMember(this.deps.dataSource, viewer, huddleId);
    const [row] = await rows<{
      ids: string[];
      assessed: number;
      with_change: number;
      entry: string | null;
      latest: string | null;
      change: string | null;
    }>(
      this.deps.dataSource,
      `WITH per_person AS (
         SELECT a.person_id,
                (array_agg(a.total ORDER BY a.assessed_on, a.created_at))[1] AS entry,
                (array_agg(a.total ORDER BY a.assessed_on DESC, a.created_at DESC))[1] AS latest,
                count(*) AS n
           FROM assessment a JOIN outcome_measure m ON m.id = a.measure_id AND m.key = $2
          WHERE a.person_id IN (SELECT person_id FROM caseload_entry WHERE huddle_id = $1 AND removed_on IS NULL)
          GROUP BY a.person_id)
       SELECT coalesce(array_agg(person_id), '{}') AS ids, count(*)::int AS assessed, count(*) FILTER (WHERE n > 1)::int AS with_change,
              round(avg(entry), 1) AS entry, round(avg(latest), 1) AS latest, round(avg(latest - entry) FILTER (WHERE n > 1), 1) AS change
         FROM per_person`,
      [huddleId, measureKey],
    );
    // An average over fewer than SMALL_NUMBER people could single someone out to a viewer who
    // may not see every contributing record, so it is withheld from them.
    const access = await this.deps.people.accessFor(viewer, row!.ids);
    const seesEveryone = row!.ids.every((id) => access.get(id)?.sections.includes('RISK'));
    const small = (n: number) => !seesEveryone && n > 0 && n < SMALL_NUMBER;
    const num = (v: string | null, n: number) => (v === null || small(n) ? null : Number(v));
    return {
      huddleId,
      measureKey,
      peopleAssessed: row!.assessed,
      peopleWithChange: row!.with_change,
      averageAtEntry: num(row!.entry, row!.assessed),
      averageLatest: num(row!.latest, row!.assessed),
      averageChange: num(row!.change, row!.with_change),
      suppressed: small(row!.assessed) || small(row!.with_change),
    };
  }

  /** Of these people, those with no assessment or one older than the re-score interval (for draft agendas). */
  async dueFor(runner: SqlRunner, personIds: string[], measureKey = 'NDTA'): Promise<string[]> {
    if (personIds.length === 0) return [];
    const found = await rows<{ id: string }>(
      runner,
      `SELECT p.id FROM unnest($1::uuid[]) AS p(id)
        WHERE NOT EXISTS (
          SELECT 1 FROM assessment a JOIN outcome_measure m ON m.id = a.measure_id AND m.key = $2
           WHERE a.person_id = p.id AND a.assessed_on + m.rescore_days > current_date)`,
      [personIds, measureKey],
    );
    return found.map((r) => r.id);
  }
}
