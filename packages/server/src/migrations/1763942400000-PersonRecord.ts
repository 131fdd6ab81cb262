import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The person record (tell it once), agreements to share, lead professionals, the timeline,
 * the change history, break-glass grants and the append-only audit trail.
 */
export class PersonRecord1763942400000 implements MigrationInterface {
  name = 'PersonRecord1763942400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owning_organisation_id uuid NOT NULL REFERENCES organisation(id),
        legal_name text NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 120),
        preferred_name text CHECK (length(preferred_name) <= 120),
        pronouns text CHECK (length(pronouns) <= 40),
        date_of_birth date,
        council_area text NOT NULL CHECK (length(council_area) BETWEEN 1 AND 120),
        nhs_number text CHECK (nhs_number ~ '^[0-9]{10}$'),
        prison_number text CHECK (prison_number ~ '^[A-Z][0-9]{4}[A-Z]{2}$'),
        crn text CHECK (crn ~ '^[A-Z][0-9]{6}$'),
        profile_version integer NOT NULL DEFAULT 1,
        situation_kind text NOT NULL DEFAULT 'COMMUNITY' CHECK (situation_kind IN ('CUSTODY','HOSPITAL','COMMUNITY')),
        establishment text CHECK (length(establishment) <= 300),
        release_date date,
        accommodation_status text CHECK (accommodation_status IN ('SETTLED','SUPPORTED_HOUSING','TEMPORARY','HOSTEL','SOFA_SURFING','ROUGH_SLEEPING','NO_FIXED_ABODE','UNKNOWN')),
        situation_notes text CHECK (length(situation_notes) <= 5000),
        situation_version integer NOT NULL DEFAULT 1,
        story text CHECK (length(story) <= 20000),
        story_recorded_by uuid REFERENCES app_user(id),
        story_recorded_at timestamptz,
        story_person_agreed boolean NOT NULL DEFAULT false,
        story_version integer NOT NULL DEFAULT 1,
        what_helps text CHECK (length(what_helps) <= 5000),
        what_to_avoid text CHECK (length(what_to_avoid) <= 5000),
        contact_how text CHECK (length(contact_how) <= 300),
        contact_when text CHECK (length(contact_when) <= 300),
        time_of_day text CHECK (time_of_day IN ('MORNING','AFTERNOON','EITHER')),
        preferences_version integer NOT NULL DEFAULT 1,
        risk_summary text CHECK (length(risk_summary) <= 5000),
        safety_plan text CHECK (length(safety_plan) <= 5000),
        risk_version integer NOT NULL DEFAULT 1,
        locked_down boolean NOT NULL DEFAULT false,
        processing_restricted boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX person_nhs_number_key ON person (nhs_number) WHERE nhs_number IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX person_crn_key ON person (crn) WHERE crn IS NOT NULL`);
    await q.query(`CREATE INDEX person_prison_number_idx ON person (prison_number) WHERE prison_number IS NOT NULL`);
    await q.query(`CREATE INDEX person_date_of_birth_idx ON person (date_of_birth)`);
    await q.query(`CREATE INDEX person_owner_idx ON person (owning_organisation_id)`);
    // Typo-tolerant name search over legal and preferred names.
    await q.query(
      `CREATE INDEX person_name_trgm_idx ON person USING gin ((lower(legal_name || ' ' || coalesce(preferred_name, ''))) gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE person_need (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        domain text NOT NULL CHECK (domain IN ('ACCOMMODATION','ATTITUDES_THINKING_BEHAVIOUR','CHILDREN_FAMILIES_COMMUNITIES','DRUGS_AND_ALCOHOL','EDUCATION_SKILLS_WORK','FINANCE_AND_ID','HEALTH')),
        status text NOT NULL DEFAULT 'NOT_STARTED' CHECK (status IN ('NOT_STARTED','IN_PROGRESS','SUPPORT_REQUIRED','SUPPORT_NOT_REQUIRED','SUPPORT_DECLINED','DONE')),
        notes text CHECK (length(notes) <= 5000),
        version integer NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, domain)
      )`);

    await q.query(`
      CREATE TABLE person_lead (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        assigned_by uuid REFERENCES app_user(id),
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX person_lead_user_idx ON person_lead (user_id)`);

    await q.query(`
      CREATE TABLE sharing_agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        organisation_ids uuid[] NOT NULL CHECK (cardinality(organisation_ids) > 0),
        sections text[] NOT NULL CHECK (cardinality(sections) > 0 AND sections <@ ARRAY['STORY','NEEDS','HEALTH','RISK','OFFENDING','CONTACT']),
        agreed_on date NOT NULL,
        expires_on date NOT NULL CHECK (expires_on >= agreed_on),
        notes text CHECK (length(notes) <= 5000),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz,
        withdrawn_by uuid REFERENCES app_user(id),
        withdrawal_reason text CHECK (length(withdrawal_reason) <= 5000)
      )`);
    await q.query(`CREATE INDEX sharing_agreement_person_idx ON sharing_agreement (person_id)`);
    await q.query(`CREATE INDEX sharing_agreement_orgs_idx ON sharing_agreement USING gin (organisation_ids)`);

    await q.query(`
      CREATE TABLE break_glass (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id),
        reason text NOT NULL CHECK (length(reason) BETWEEN 10 AND 5000),
        granted_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX break_glass_lookup_idx ON break_glass (user_id, person_id, expires_at)`);

    await q.query(`
      CREATE TABLE person_timeline (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL CHECK (kind IN ('CHANGE','NOTE')),
        section text CHECK (section IN ('STORY','NEEDS','HEALTH','RISK','OFFENDING','CONTACT')),
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 5000),
        author_id uuid REFERENCES app_user(id),
        author_organisation_id uuid REFERENCES organisation(id)
      )`);
    await q.query(`CREATE INDEX person_timeline_person_idx ON person_timeline (person_id, at DESC)`);

    // Before and after of every change: part of the person's data, so erased with it.
    await q.query(`
      CREATE TABLE person_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        part text NOT NULL,
        before jsonb,
        after jsonb,
        changed_by uuid REFERENCES app_user(id),
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX person_change_person_idx ON person_change (person_id, changed_at DESC)`);

    // The audit trail: who read or changed which record, when and why. No personal data of the
    // person is stored here (only the record's id), so it can outlive an erasure.
    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        action text NOT NULL,
        person_id uuid,
        actor_id uuid,
        actor_name text,
        actor_role text,
        actor_organisation_id uuid,
        actor_organisation_name text,
        sections text[] NOT NULL DEFAULT '{}',
        purpose text,
        break_glass boolean NOT NULL DEFAULT false,
        detail jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_event_person_idx ON audit_event (person_id, at DESC)`);
    // Free text given with an audited act (a read's purpose, a break-glass reason) may name the
    // person, so it lives here, tied to the record, and goes when the record is erased.
    await q.query(`
      CREATE TABLE audit_note (
        audit_event_id bigint PRIMARY KEY REFERENCES audit_event(id),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        text text NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_note_person_idx ON audit_note (person_id)`);
    await q.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_note`);
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_is_append_only`);
    for (const table of ['person_change', 'person_timeline', 'break_glass', 'sharing_agreement', 'person_lead', 'person_need', 'person']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
