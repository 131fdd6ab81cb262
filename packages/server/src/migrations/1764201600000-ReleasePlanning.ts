import type { MigrationInterface, QueryRunner } from 'typeorm';
import { NDTA } from '@casehuddle/shared';

/** Release plans and their checklist, appointments, outcome measures (NDTA built in), assessments and service use. */
export class ReleasePlanning1764201600000 implements MigrationInterface {
  name = 'ReleasePlanning1764201600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE release_plan (
        person_id uuid PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
        establishment_town text CHECK (length(establishment_town) <= 120),
        destination_council_area text NOT NULL CHECK (length(destination_council_area) BETWEEN 1 AND 120),
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX release_plan_area_idx ON release_plan (destination_council_area)`);
    await q.query(`
      CREATE TABLE release_plan_item (
        person_id uuid NOT NULL REFERENCES release_plan(person_id) ON DELETE CASCADE,
        item text NOT NULL CHECK (item IN ('DUTY_TO_REFER','ACCOMMODATION','UNIVERSAL_CREDIT','ID','BANK_ACCOUNT','GP_REGISTRATION','PRESCRIPTIONS','FIRST_PROBATION_APPOINTMENT','TRAVEL')),
        owning_organisation_id uuid REFERENCES organisation(id),
        status text NOT NULL DEFAULT 'NOT_STARTED' CHECK (status IN ('NOT_STARTED','IN_PROGRESS','DONE','NOT_NEEDED')),
        on_date date,
        detail text CHECK (length(detail) <= 1000),
        council text CHECK (length(council) <= 120),
        outcome text CHECK (length(outcome) <= 300),
        version integer NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, item)
      )`);
    await q.query(`
      CREATE TABLE appointment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        on_date date NOT NULL,
        time_window text NOT NULL CHECK (time_window IN ('MORNING','AFTERNOON','ALL_DAY','EXACT')),
        start_time time,
        end_time time,
        CHECK (time_window <> 'EXACT' OR start_time IS NOT NULL),
        location text CHECK (length(location) <= 300),
        town text CHECK (length(town) <= 120),
        purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 300),
        status text NOT NULL DEFAULT 'BOOKED' CHECK (status IN ('BOOKED','ATTENDED','MISSED','RESCHEDULED','CANCELLED')),
        first_probation boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX appointment_person_idx ON appointment (person_id, on_date)`);

    await q.query(`
      CREATE TABLE outcome_measure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE,
        name text NOT NULL,
        acknowledgement text,
        rescore_days integer NOT NULL DEFAULT 91,
        built_in boolean NOT NULL DEFAULT false
      )`);
    await q.query(`
      CREATE TABLE outcome_domain (
        measure_id uuid NOT NULL REFERENCES outcome_measure(id) ON DELETE CASCADE,
        key text NOT NULL,
        label text NOT NULL,
        min_score integer NOT NULL,
        max_score integer NOT NULL CHECK (max_score >= min_score),
        weight integer NOT NULL DEFAULT 1 CHECK (weight > 0),
        position integer NOT NULL,
        PRIMARY KEY (measure_id, key)
      )`);
    await q.query(`
      CREATE TABLE assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        measure_id uuid NOT NULL REFERENCES outcome_measure(id),
        assessed_on date NOT NULL,
        assessed_by uuid NOT NULL REFERENCES app_user(id),
        total integer NOT NULL,
        notes text CHECK (length(notes) <= 5000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX assessment_person_idx ON assessment (person_id, measure_id, assessed_on)`);
    await q.query(`
      CREATE TABLE assessment_score (
        assessment_id uuid NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        domain_key text NOT NULL,
        score integer NOT NULL,
        PRIMARY KEY (assessment_id, domain_key)
      )`);
    await q.query(`
      CREATE TABLE service_use (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        quarter_start date NOT NULL CHECK (extract(day FROM quarter_start) = 1 AND extract(month FROM quarter_start) IN (1, 4, 7, 10)),
        evictions integer NOT NULL DEFAULT 0 CHECK (evictions >= 0),
        arrests integer NOT NULL DEFAULT 0 CHECK (arrests >= 0),
        nights_in_prison integer NOT NULL DEFAULT 0 CHECK (nights_in_prison BETWEEN 0 AND 92),
        ae_attendances integer NOT NULL DEFAULT 0 CHECK (ae_attendances >= 0),
        mh_inpatient_days integer NOT NULL DEFAULT 0 CHECK (mh_inpatient_days BETWEEN 0 AND 92),
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, quarter_start)
      )`);

    const [measure] = (await q.query(
      `INSERT INTO outcome_measure (key, name, acknowledgement, rescore_days, built_in) VALUES ($1, $2, $3, $4, true) RETURNING id`,
      [NDTA.key, NDTA.name, NDTA.acknowledgement, NDTA.rescoreDays],
    )) as Array<{ id: string }>;
    for (const [position, d] of NDTA.domains.entries()) {
      await q.query(
        `INSERT INTO outcome_domain (measure_id, key, label, min_score, max_score, weight, position) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [measure!.id, d.key, d.label, d.min, d.max, d.weight, position + 1],
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'service_use',
      'assessment_score',
      'assessment',
      'outcome_domain',
      'outcome_measure',
      'appointment',
      'release_plan_item',
      'release_plan',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
