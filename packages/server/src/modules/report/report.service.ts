import { BARRIER_THEME_LABELS, barrierTheme, SMALL_NUMBER } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { parseId } from '../../core/ids.js';
import { rows } from '../../core/sql.js';
import { requireMember } from '../huddle-membership/huddle-membership.js';
import type { PersonService } from '../person/person.service.js';
import type { ActionMonth, BarrierThemeCount, CaseloadReport, ServiceUsePeriod, Timeliness } from './report.types.js';

/** Today in the UK, in SQL. */
const TODAY = `(now() AT TIME ZONE 'Europe/London')::date`;
/** The UK day an action was completed, in SQL. */
const DONE_ON = `(a.completed_at AT TIME ZONE 'Europe/London')::date`;

interface ServiceUseRow {
  before: boolean;
  people: number;
  person_quarters: number;
  ids: string[];
  evictions: number;
  arrests: number;
  nights_in_prison: number;
  ae_attendances: number;
  mh_inpatient_days: number;
}

interface TimelinessRow {
  id: string;
  name: string;
  organisation_name: string | null;
  due: number;
  on_time: number;
  late: number;
  overdue: number;
  blocked: number;
}

const toTimeliness = (r: TimelinessRow): Timeliness => ({
  id: r.id,
  name: r.name,
  organisationName: r.organisation_name,
  due: r.due,
  onTime: r.on_time,
  late: r.late,
  overdue: r.overdue,
  blocked: r.blocked,
  onTimeRate: r.due === 0 ? null : Math.round((r.on_time / r.due) * 1000) / 1000,
});

/**
 * Figures about a huddle for managers: service use before and after people joined its caseload,
 * its actions completed and overdue month by month, timeliness by owner and by organisation, and
 * its system barriers by theme. Counts and averages only: no person is named. Service use is
 * about people's records, so averages over fewer than SMALL_NUMBER people are withheld from a
 * viewer who may not see the service use of every one of them. Action counts are not: a manager
 * sees every action of the partnership already (without person details).
 */
export class ReportService {
  constructor(private readonly deps: { dataSource: DataSource; people: PersonService }) {}

  async caseloadReport(viewer: Viewer, huddleIdInput: string): Promise<CaseloadReport> {
    const huddleId = parseId(huddleIdInput, 'huddleId');
    const ds = this.deps.dataSource;
    await requireMember(ds, viewer, huddleId);
    const [serviceUse, months, owners, organisations, barriers] = await Promise.all([
      rows<ServiceUseRow>(
        ds,
        `WITH c AS (SELECT person_id, added_on FROM caseload_entry WHERE huddle_id = $1 AND removed_on IS NULL)
         SELECT s.quarter_start < date_trunc('quarter', c.added_on)::date AS before,
                count(DISTINCT s.person_id)::int AS people, count(*)::int AS person_quarters, array_agg(DISTINCT s.person_id) AS ids,
                sum(s.evictions)::int AS evictions, sum(s.arrests)::int AS arrests, sum(s.nights_in_prison)::int AS nights_in_prison,
                sum(s.ae_attendances)::int AS ae_attendances, sum(s.mh_inpatient_days)::int AS mh_inpatient_days
           FROM service_use s JOIN c ON c.person_id = s.person_id
          GROUP BY 1`,
        [huddleId],
      ),
      rows<ActionMonth>(
        ds,
        `WITH months AS (
           SELECT to_char(m, 'YYYY-MM') AS month, m::date AS first, (m + interval '1 month')::date AS next
             FROM generate_series(date_trunc('month', ${TODAY}) - interval '11 months', date_trunc('month', ${TODAY}), interval '1 month') AS m),
         a AS (SELECT * FROM action a WHERE a.huddle_id = $1 AND a.status <> 'CANCELLED')
         SELECT months.month,
                (SELECT count(*) FROM a WHERE a.status = 'DONE' AND ${DONE_ON} >= months.first AND ${DONE_ON} < months.next)::int AS completed,
                (SELECT count(*) FROM a WHERE a.due_date >= months.first AND a.due_date < months.next AND a.due_date < ${TODAY}
                    AND (a.status IN ('OPEN','IN_PROGRESS') OR (a.status = 'DONE' AND ${DONE_ON} > a.due_date)))::int AS overdue
           FROM months ORDER BY months.month`,
        [huddleId],
      ),
      this.timeliness(
        huddleId,
        `u.id, u.name, o.name AS organisation_name`,
        `JOIN app_user u ON u.id = a.owner_user_id JOIN organisation o ON o.id = u.organisation_id`,
        `u.id, u.name, o.name`,
      ),
      this.timeliness(
        huddleId,
        `o.id, o.name, NULL AS organisation_name`,
        `JOIN organisation o ON o.id = a.owner_organisation_id`,
        `o.id, o.name`,
      ),
      rows<{ reason: string; n: number }>(
        ds,
        `SELECT a.status_reason AS reason, count(*)::int AS n FROM action a
          WHERE a.huddle_id = $1 AND a.status = 'NOT_POSSIBLE' AND a.status_reason IS NOT NULL
          GROUP BY a.status_reason ORDER BY n DESC, a.status_reason`,
        [huddleId],
      ),
    ]);

    // Service use belongs to three parts of the record: a viewer must see all three for everyone
    // counted, or the averages over a handful of people are withheld.
    const ids = [...new Set(serviceUse.flatMap((r) => r.ids))];
    const access = await this.deps.people.accessFor(viewer, ids);
    const seesEveryone = ids.every((id) => {
      const sections = access.get(id)?.sections ?? [];
      return sections.includes('NEEDS') && sections.includes('OFFENDING') && sections.includes('HEALTH');
    });
    const period = (before: boolean): ServiceUsePeriod => {
      const r = serviceUse.find((x) => x.before === before);
      if (!r) {
        return {
          people: 0,
          personQuarters: 0,
          evictions: null,
          arrests: null,
          nightsInPrison: null,
          aeAttendances: null,
          mentalHealthInpatientDays: null,
          suppressed: false,
        };
      }
      const suppressed = !seesEveryone && r.people < SMALL_NUMBER;
      const avg = (total: number) => (suppressed ? null : Math.round((total / r.person_quarters) * 100) / 100);
      return {
        people: r.people,
        personQuarters: r.person_quarters,
        evictions: avg(r.evictions),
        arrests: avg(r.arrests),
        nightsInPrison: avg(r.nights_in_prison),
        aeAttendances: avg(r.ae_attendances),
        mentalHealthInpatientDays: avg(r.mh_inpatient_days),
        suppressed,
      };
    };

    const themes = new Map<string, BarrierThemeCount>();
    for (const b of barriers) {
      const theme = barrierTheme(b.reason);
      const entry = themes.get(theme) ?? { theme, label: BARRIER_THEME_LABELS[theme], count: 0, reasons: [] };
      entry.count += b.n;
      entry.reasons.push(b.reason);
      themes.set(theme, entry);
    }

    return {
      huddleId,
      serviceUseBefore: period(true),
      serviceUseAfter: period(false),
      actionsByMonth: months,
      timelinessByOwner: owners.map(toTimeliness),
      timelinessByOrganisation: organisations.map(toTimeliness),
      barrierThemes: [...themes.values()].sort((x, y) => y.count - x.count || x.label.localeCompare(y.label, 'en-GB')),
    };
  }

  /** Timeliness of the huddle's actions whose due date has passed, grouped by the columns given. */
  private timeliness(huddleId: string, select: string, join: string, groupBy: string): Promise<TimelinessRow[]> {
    return rows<TimelinessRow>(
      this.deps.dataSource,
      `SELECT ${select}, count(*)::int AS due,
              count(*) FILTER (WHERE a.status = 'DONE' AND ${DONE_ON} <= a.due_date)::int AS on_time,
              count(*) FILTER (WHERE a.status = 'DONE' AND ${DONE_ON} > a.due_date)::int AS late,
              count(*) FILTER (WHERE a.status IN ('OPEN','IN_PROGRESS'))::int AS overdue,
              count(*) FILTER (WHERE a.status IN ('NOT_POSSIBLE','NOT_UNDERTAKEN'))::int AS blocked
         FROM action a ${join}
        WHERE a.huddle_id = $1 AND a.status <> 'CANCELLED' AND a.due_date < ${TODAY}
        GROUP BY ${groupBy} ORDER BY due DESC, 2`,
      [huddleId],
    );
  }
}
