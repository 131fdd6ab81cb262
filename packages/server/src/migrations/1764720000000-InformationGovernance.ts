import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Information governance: information sharing agreements (ISAs) between organisations, the
 * lawful bases and conditions each sharing rests on (kept as data, in `lawful_basis`), huddles
 * governed by an ISA, and sharing without agreement for safeguarding and crime prevention.
 *
 * Existing agreements to share say "not recorded" for their lawful basis. Existing huddles are
 * put under one demo ISA that their member organisations have signed, so nothing stops working;
 * existing members count as having joined when the huddle began, so they keep their minutes.
 */
export class InformationGovernance1764720000000 implements MigrationInterface {
  name = 'InformationGovernance1764720000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE lawful_basis (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]{1,40}$'),
        kind text NOT NULL CHECK (kind IN ('ARTICLE_6','ARTICLE_9','ARTICLE_10','SCHEDULE_1','COMMON_LAW','NOT_RECORDED')),
        reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 120),
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
        needs_schedule_1 boolean NOT NULL DEFAULT false,
        position int NOT NULL
      )`);
    const bases: Array<[string, string, string, string, string, boolean]> = [
      ['NOT_RECORDED', 'NOT_RECORDED', 'Not recorded', 'Not recorded', 'Recorded before lawful bases were kept.', false],
      ['ART6_1_A', 'ARTICLE_6', 'UK GDPR Art. 6(1)(a)', 'Consent', 'Rarely right for public bodies: the person can withdraw it.', false],
      ['ART6_1_C', 'ARTICLE_6', 'UK GDPR Art. 6(1)(c)', 'Legal obligation', 'A law requires the sharing.', false],
      ['ART6_1_D', 'ARTICLE_6', 'UK GDPR Art. 6(1)(d)', 'Vital interests', 'To protect someone’s life.', false],
      ['ART6_1_E', 'ARTICLE_6', 'UK GDPR Art. 6(1)(e)', 'Public task', 'The usual basis for public bodies.', false],
      ['ART6_1_F', 'ARTICLE_6', 'UK GDPR Art. 6(1)(f)', 'Legitimate interests', 'Not for public bodies carrying out their tasks.', false],
      ['ART9_2_A', 'ARTICLE_9', 'UK GDPR Art. 9(2)(a)', 'Explicit consent', '', false],
      ['ART9_2_B', 'ARTICLE_9', 'UK GDPR Art. 9(2)(b)', 'Employment, social security and social protection', '', true],
      ['ART9_2_C', 'ARTICLE_9', 'UK GDPR Art. 9(2)(c)', 'Vital interests', 'The person cannot give consent.', false],
      ['ART9_2_G', 'ARTICLE_9', 'UK GDPR Art. 9(2)(g)', 'Substantial public interest', '', true],
      ['ART9_2_H', 'ARTICLE_9', 'UK GDPR Art. 9(2)(h)', 'Health or social care', '', true],
      ['ART9_2_I', 'ARTICLE_9', 'UK GDPR Art. 9(2)(i)', 'Public health', '', true],
      ['ART10_OFFICIAL', 'ARTICLE_10', 'UK GDPR Art. 10', 'Under the control of official authority', '', false],
      ['ART10_SCHEDULE_1', 'ARTICLE_10', 'UK GDPR Art. 10 with DPA 2018 s.10(5)', 'Authorised by law: a Schedule 1 condition', '', true],
      ['SCH1_P1', 'SCHEDULE_1', 'DPA 2018 Sch. 1 para. 1', 'Employment, social security and social protection', '', false],
      ['SCH1_P2', 'SCHEDULE_1', 'DPA 2018 Sch. 1 para. 2', 'Health or social care purposes', '', false],
      ['SCH1_P6', 'SCHEDULE_1', 'DPA 2018 Sch. 1 para. 6', 'Statutory and government purposes', '', false],
      ['SCH1_P10', 'SCHEDULE_1', 'DPA 2018 Sch. 1 para. 10', 'Preventing or detecting unlawful acts', '', false],
      ['SCH1_P11', 'SCHEDULE_1', 'DPA 2018 Sch. 1 para. 11', 'Protecting the public', '', false],
      ['SCH1_P18', 'SCHEDULE_1', 'DPA 2018 Sch. 1 para. 18', 'Safeguarding of children and individuals at risk', '', false],
      ['CL_AGREEMENT', 'COMMON_LAW', 'Common law duty of confidentiality', 'The person’s agreement', '', false],
      ['CL_PUBLIC_INTEREST', 'COMMON_LAW', 'Common law duty of confidentiality', 'Overriding public interest', '', false],
      ['CL_LEGAL_DUTY', 'COMMON_LAW', 'Common law duty of confidentiality', 'Required by law or a court order', '', false],
    ];
    for (const [i, [code, kind, reference, label, description, needs]] of bases.entries()) {
      await q.query(
        `INSERT INTO lawful_basis (code, kind, reference, label, description, needs_schedule_1, position) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [code, kind, reference, label, description, needs, i],
      );
    }

    await q.query(`
      CREATE TABLE information_sharing_agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        purposes text NOT NULL CHECK (length(purposes) BETWEEN 1 AND 5000),
        article6_bases text[] NOT NULL CHECK (cardinality(article6_bases) > 0),
        article9_conditions text[] NOT NULL DEFAULT '{}',
        article10_conditions text[] NOT NULL DEFAULT '{}',
        schedule1_conditions text[] NOT NULL DEFAULT '{}',
        common_law_bases text[] NOT NULL DEFAULT '{}',
        sections text[] NOT NULL CHECK (cardinality(sections) > 0 AND sections <@ ARRAY['STORY','NEEDS','HEALTH','RISK','OFFENDING','CONTACT']),
        retention text NOT NULL CHECK (length(retention) BETWEEN 1 AND 2000),
        past_minutes_visible_to_new_parties boolean NOT NULL DEFAULT false,
        review_on date NOT NULL,
        revision_note text CHECK (length(revision_note) <= 2000),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        revised_by uuid REFERENCES app_user(id),
        revised_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE isa_party (
        isa_id uuid NOT NULL REFERENCES information_sharing_agreement(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        PRIMARY KEY (isa_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX isa_party_org_idx ON isa_party (organisation_id)`);
    // Each version as it was issued, so a signature names exactly what was signed.
    await q.query(`
      CREATE TABLE isa_version (
        isa_id uuid NOT NULL REFERENCES information_sharing_agreement(id) ON DELETE CASCADE,
        version int NOT NULL,
        terms jsonb NOT NULL,
        issued_by uuid REFERENCES app_user(id),
        issued_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (isa_id, version)
      )`);
    await q.query(`
      CREATE TABLE isa_signature (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        isa_id uuid NOT NULL,
        version int NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        signed_by uuid REFERENCES app_user(id),
        signatory_name text NOT NULL CHECK (length(signatory_name) BETWEEN 1 AND 200),
        signatory_role text NOT NULL CHECK (length(signatory_role) BETWEEN 1 AND 200),
        signed_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (isa_id, version) REFERENCES isa_version(isa_id, version) ON DELETE CASCADE,
        UNIQUE (isa_id, version, organisation_id)
      )`);

    await q.query(`ALTER TABLE huddle ADD COLUMN isa_id uuid REFERENCES information_sharing_agreement(id)`);
    await q.query(`ALTER TABLE huddle_member ADD COLUMN joined_at timestamptz`);
    await q.query(`
      UPDATE huddle_member hm SET joined_at = LEAST(h.created_at, coalesce((SELECT min(m.starts_at) FROM meeting m WHERE m.huddle_id = h.id), h.created_at))
        FROM huddle h WHERE h.id = hm.huddle_id`);
    await q.query(`ALTER TABLE huddle_member ALTER COLUMN joined_at SET DEFAULT now(), ALTER COLUMN joined_at SET NOT NULL`);

    // The one rule, used by every membership check: an organisation takes part in a huddle only
    // while it has signed the current version of the huddle's ISA (or the huddle names none).
    await q.query(`
      CREATE FUNCTION huddle_isa_signed(p_huddle uuid, p_org uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT NOT EXISTS (
          SELECT 1 FROM huddle h JOIN information_sharing_agreement i ON i.id = h.isa_id
           WHERE h.id = p_huddle
             AND NOT EXISTS (SELECT 1 FROM isa_signature s WHERE s.isa_id = i.id AND s.version = i.version AND s.organisation_id = p_org))
      $$`);
    // Minutes closed before an organisation joined stay hidden from it unless the ISA says otherwise.
    await q.query(`
      CREATE FUNCTION huddle_minutes_visible(p_huddle uuid, p_org uuid, p_closed_at timestamptz) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT p_closed_at IS NULL
            OR coalesce((SELECT i.past_minutes_visible_to_new_parties FROM huddle h JOIN information_sharing_agreement i ON i.id = h.isa_id
                          WHERE h.id = p_huddle), false)
            OR NOT EXISTS (SELECT 1 FROM huddle_member m WHERE m.huddle_id = p_huddle AND m.organisation_id = p_org AND m.joined_at > p_closed_at)
      $$`);

    await q.query(`
      ALTER TABLE sharing_agreement
        ADD COLUMN article6_basis text NOT NULL DEFAULT 'NOT_RECORDED' REFERENCES lawful_basis(code),
        ADD COLUMN article9_condition text REFERENCES lawful_basis(code),
        ADD COLUMN article10_condition text REFERENCES lawful_basis(code),
        ADD COLUMN schedule1_conditions text[] NOT NULL DEFAULT '{}',
        ADD COLUMN common_law_basis text NOT NULL DEFAULT 'NOT_RECORDED' REFERENCES lawful_basis(code),
        ADD COLUMN isa_id uuid REFERENCES information_sharing_agreement(id)`);

    await q.query(`
      CREATE TABLE sharing_without_agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        owning_organisation_id uuid NOT NULL REFERENCES organisation(id),
        purpose text NOT NULL CHECK (purpose IN ('SAFEGUARDING','CRIME_PREVENTION')),
        schedule1_condition text NOT NULL REFERENCES lawful_basis(code),
        sections text[] NOT NULL CHECK (cardinality(sections) > 0 AND sections <@ ARRAY['STORY','NEEDS','HEALTH','RISK','OFFENDING','CONTACT']),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 5000),
        approved_by uuid NOT NULL REFERENCES app_user(id),
        approved_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        reviewed_by uuid REFERENCES app_user(id),
        reviewed_at timestamptz,
        review_note text CHECK (length(review_note) <= 5000),
        CHECK (expires_at > approved_at)
      )`);
    await q.query(`CREATE INDEX sharing_without_agreement_person_idx ON sharing_without_agreement (person_id, organisation_id)`);
    await q.query(
      `CREATE INDEX sharing_without_agreement_review_idx ON sharing_without_agreement (owning_organisation_id) WHERE reviewed_at IS NULL`,
    );

    await this.governExistingHuddles(q);
  }

  /** Puts existing huddles under one demo ISA, signed by their member organisations, so nothing breaks. */
  private async governExistingHuddles(q: QueryRunner): Promise<void> {
    const huddles = (await q.query(`SELECT id FROM huddle`)) as Array<{ id: string }>;
    if (huddles.length === 0) return;
    const [isa] = (await q.query(
      `INSERT INTO information_sharing_agreement (title, purposes, article6_bases, article9_conditions, article10_conditions, schedule1_conditions,
                                                  common_law_bases, sections, retention, review_on, past_minutes_visible_to_new_parties)
       VALUES ('Huddle partnership information sharing agreement (demo)',
               'Agreeing and coordinating support for adults facing multiple disadvantage at the multi-agency case huddle.',
               ARRAY['ART6_1_E'], ARRAY['ART9_2_H','ART9_2_G'], ARRAY['ART10_SCHEDULE_1'], ARRAY['SCH1_P2','SCH1_P6','SCH1_P10','SCH1_P18'],
               ARRAY['CL_AGREEMENT','CL_PUBLIC_INTEREST'], ARRAY['STORY','NEEDS','HEALTH','RISK','OFFENDING','CONTACT'],
               'Kept while the person is on the caseload and for 6 years after their last contact, then reviewed for erasure.',
               current_date + 365, true)
       RETURNING id`,
    )) as Array<{ id: string }>;
    await q.query(
      `INSERT INTO isa_version (isa_id, version, terms) SELECT id, 1, to_jsonb(i) - 'id' FROM information_sharing_agreement i WHERE id = $1`,
      [isa!.id],
    );
    await q.query(`INSERT INTO isa_party (isa_id, organisation_id) SELECT DISTINCT $1::uuid, organisation_id FROM huddle_member`, [
      isa!.id,
    ]);
    await q.query(
      `INSERT INTO isa_signature (isa_id, version, organisation_id, signed_by, signatory_name, signatory_role)
       SELECT $1, 1, p.organisation_id, NULL, 'Recorded when agreements were introduced', 'Existing huddle member'
         FROM isa_party p WHERE p.isa_id = $1`,
      [isa!.id],
    );
    await q.query(`UPDATE huddle SET isa_id = $1`, [isa!.id]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sharing_without_agreement`);
    await q.query(
      `ALTER TABLE sharing_agreement DROP COLUMN article6_basis, DROP COLUMN article9_condition, DROP COLUMN article10_condition,
         DROP COLUMN schedule1_conditions, DROP COLUMN common_law_basis, DROP COLUMN isa_id`,
    );
    await q.query(`DROP FUNCTION huddle_minutes_visible(uuid, uuid, timestamptz)`);
    await q.query(`DROP FUNCTION huddle_isa_signed(uuid, uuid)`);
    await q.query(`ALTER TABLE huddle_member DROP COLUMN joined_at`);
    await q.query(`ALTER TABLE huddle DROP COLUMN isa_id`);
    for (const table of ['isa_signature', 'isa_version', 'isa_party', 'information_sharing_agreement', 'lawful_basis'])
      await q.query(`DROP TABLE ${table}`);
  }
}
