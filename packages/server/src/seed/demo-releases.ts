import { isBankHoliday, NDTA, RELEASE_ITEMS, weekday } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import { rows } from '../core/sql.js';

const TOWNS: Record<string, string> = { 'HMP Northvale': 'Northvale', 'HMP Eastbrook': 'Eastbrook', 'HMP Southmere (women)': 'Southmere' };

/**
 * Release plans for everyone due out of custody or hospital (spread over the next six months
 * across three council areas), appointments (some clashing), NDTA histories and service use.
 */
export async function seedDemoReleases(dataSource: DataSource): Promise<void> {
  const people = await rows<{
    id: string;
    situation_kind: string;
    establishment: string | null;
    release_date: string | null;
    council_area: string;
    owning_organisation_id: string;
    created_by: string;
  }>(
    dataSource,
    `SELECT id, situation_kind, establishment, release_date, council_area, owning_organisation_id, created_by FROM person ORDER BY created_at, legal_name`,
  );
  const orgs = await rows<{ id: string; name: string }>(dataSource, `SELECT id, name FROM organisation`);
  const org = (name: string) => orgs.find((o) => o.name === name)!.id;
  const [measure] = await rows<{ id: string }>(dataSource, `SELECT id FROM outcome_measure WHERE key = 'NDTA'`);

  const [{ today } = { today: '' }] = await rows<{ today: string }>(dataSource, `SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
  const inFortnight = new Date(Date.parse(`${today}T12:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
  for (const [i, p] of people.entries()) {
    if (p.release_date) {
      // The time of release is known for releases in the next fortnight: mornings, except a
      // Friday release at 13:00, which leaves two hours to reach the probation appointment at
      // 15:00 (and is flagged: little time before the weekend).
      const releaseTime =
        p.release_date <= inFortnight ? (weekday(p.release_date) === 5 && !isBankHoliday(p.release_date) ? '13:00' : '09:30') : null;
      await dataSource.query(
        `INSERT INTO release_plan (person_id, destination_council_area, establishment_town, release_time, created_by) VALUES ($1, $2, $3, $4, $5)`,
        [p.id, p.council_area, TOWNS[p.establishment ?? ''] ?? 'Northvale', releaseTime, p.created_by],
      );
      // Further-off releases are further along; a few near ones are behind (red flags).
      const done = i % 5 === 0 ? 1 : Math.min(RELEASE_ITEMS.length, 2 + (i % 7));
      for (const [k, item] of RELEASE_ITEMS.entries()) {
        const status = k < done ? 'DONE' : k === done ? 'IN_PROGRESS' : 'NOT_STARTED';
        await dataSource.query(
          `INSERT INTO release_plan_item (person_id, item, status, owning_organisation_id, on_date, detail, council, outcome, updated_by)
           VALUES ($1, $2, $3, $4, CASE WHEN $3 = 'DONE' THEN current_date - 5 END, $5, $6, $7, $8)`,
          [
            p.id,
            item,
            status,
            item === 'DUTY_TO_REFER' || item === 'ACCOMMODATION'
              ? org('Northvale Council Housing Options')
              : item === 'FIRST_PROBATION_APPOINTMENT'
                ? org('Northvale Probation Delivery Unit')
                : p.owning_organisation_id,
            item === 'ACCOMMODATION' && status === 'DONE'
              ? ['Supported housing', 'Approved premises', 'Family home', 'Private rented (with deposit scheme)'][i % 4]
              : null,
            item === 'DUTY_TO_REFER' && status === 'DONE' ? p.council_area : null,
            item === 'DUTY_TO_REFER' && status === 'DONE' ? 'Accepted: relief duty' : null,
            p.created_by,
          ],
        );
      }
      // The first probation appointment on release day; sometimes in another town (a red flag).
      await dataSource.query(
        `INSERT INTO appointment (person_id, organisation_id, on_date, time_window, start_time, location, town, purpose, first_probation, created_by)
         VALUES ($1, $2, $3, 'EXACT', '15:00', 'Probation office', $4, 'First probation appointment', true, $5)`,
        [
          p.id,
          org('Northvale Probation Delivery Unit'),
          p.release_date,
          i % 4 === 0 ? 'Eastbrook' : (TOWNS[p.establishment ?? ''] ?? 'Northvale'),
          p.created_by,
        ],
      );
    }
    if (i % 3 === 1) {
      // A morning window and a set time inside it on the same day: a clash to resolve.
      await dataSource.query(
        `INSERT INTO appointment (person_id, organisation_id, on_date, time_window, start_time, location, town, purpose, created_by) VALUES
           ($1, $2, current_date + 6, 'MORNING', NULL, 'Housing Options, Town Hall', 'Northvale', 'Housing assessment', $4),
           ($1, $3, current_date + 6, 'EXACT', '10:30', 'Recovery hub', 'Northvale', 'Script review', $4),
           ($1, $3, current_date + 13, 'AFTERNOON', NULL, 'Recovery hub', 'Northvale', 'Group session', $4)`,
        [p.id, org('Northvale Council Housing Options'), org('Northvale Recovery Service'), p.created_by],
      );
    }
    if (i % 2 === 0 && measure) {
      // NDTA at entry and about every quarter since, mostly improving.
      for (const [k, monthsAgo] of [9, 6, 3].entries()) {
        const base = 3 - Math.min(k, 2) + (i % 3 === 0 && k === 2 ? 1 : 0);
        const scores = NDTA.domains.map((d, n) => ({ domain: d.key, score: Math.max(0, Math.min(4, base + ((n + i) % 3) - 1)) }));
        const total = scores.reduce((sum, s) => sum + s.score * NDTA.domains.find((d) => d.key === s.domain)!.weight, 0);
        const [a] = await rows<{ id: string }>(
          dataSource,
          `INSERT INTO assessment (person_id, measure_id, assessed_on, assessed_by, total) VALUES ($1, $2, current_date - make_interval(months => $3), $4, $5) RETURNING id`,
          [p.id, measure.id, monthsAgo, p.created_by, total],
        );
        await dataSource.query(
          `INSERT INTO assessment_score (assessment_id, domain_key, score) SELECT $1, s.domain, s.score FROM jsonb_to_recordset($2::jsonb) AS s(domain text, score int)`,
          [a!.id, JSON.stringify(scores)],
        );
      }
      // Quarterly service use over the last year and this quarter so far, falling in the recent
      // quarters as support took hold.
      for (let q = 0; q <= 4; q++) {
        await dataSource.query(
          `INSERT INTO service_use (person_id, quarter_start, evictions, arrests, nights_in_prison, ae_attendances, mh_inpatient_days, recorded_by)
           VALUES ($1, (date_trunc('quarter', current_date) - make_interval(months => 3 * $2))::date, $3, $4, $5, $6, $7, $8)`,
          [
            p.id,
            q,
            q >= 3 && i % 4 === 0 ? 1 : 0,
            Math.max(0, q - 1),
            q === 4 ? 14 : q === 3 && i % 3 === 0 ? 7 : 0,
            Math.max(0, q - 1) + (i % 3 === 0 ? 1 : 0),
            q === 4 && i % 6 === 0 ? 6 : 0,
            p.created_by,
          ],
        );
      }
    }
  }
}
