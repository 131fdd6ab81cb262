import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Name search at a million people, among those the viewer may know first. `person_search_key`
 * holds, for every unmerged person, one row per organisation that may know of them (the owning
 * organisation, each organisation named by a sharing agreement not withdrawn, each given sharing
 * without agreement) with the searched name, under a GIN index on (organisation, name trigrams)
 * (`btree_gin`). A name search then starts from the viewer's organisation's rows only (about a
 * tenth to a seventh of the people at the bench's scale) instead of every person with a similar
 * name, and applies the exact "may know" rule (person.policy.ts) to the nearest candidates only.
 *
 * It is a superset: expired agreements and sharing stay until withdrawn or deleted, since the
 * statement checks dates itself. Statement-level triggers on `person`, `sharing_agreement` and
 * `sharing_without_agreement` rebuild a person's rows whenever what they depend on changes; a
 * sharing change locks the person's row first, so that two transactions changing the same person
 * rebuild in turn, each after the other has committed. Rows go with the person (ON DELETE CASCADE).
 * See docs/performance.md, "Search at a million".
 */
export class PersonSearchKey1766275200000 implements MigrationInterface {
  name = 'PersonSearchKey1766275200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await q.query(
      `CREATE TABLE person_search_key (
         organisation_id uuid NOT NULL,
         person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
         legal_name text NOT NULL,
         name text NOT NULL,
         PRIMARY KEY (organisation_id, person_id)
       )`,
    );
    await q.query(
      `CREATE FUNCTION person_search_key_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
       BEGIN
         DELETE FROM person_search_key WHERE person_id IN (SELECT unnest(ids));
         INSERT INTO person_search_key (organisation_id, person_id, legal_name, name)
         SELECT o.org, p.id, p.legal_name, lower(p.legal_name || ' ' || coalesce(p.preferred_name, ''))
           FROM person p
          CROSS JOIN LATERAL (
                SELECT p.owning_organisation_id
                UNION SELECT unnest(a.organisation_ids) FROM sharing_agreement a WHERE a.person_id = p.id AND a.withdrawn_at IS NULL
                UNION SELECT w.organisation_id FROM sharing_without_agreement w WHERE w.person_id = p.id) o(org)
          WHERE p.id IN (SELECT unnest(ids)) AND p.merged_into_id IS NULL
         ON CONFLICT (organisation_id, person_id) DO UPDATE SET legal_name = EXCLUDED.legal_name, name = EXCLUDED.name;
       END $$`,
    );
    await q.query(
      `CREATE FUNCTION person_search_key_person() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           PERFORM person_search_key_refresh(ARRAY(SELECT id FROM new_rows));
         ELSE
           PERFORM person_search_key_refresh(ARRAY(
             SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE (n.legal_name, n.preferred_name, n.owning_organisation_id, n.merged_into_id)
                    IS DISTINCT FROM (o.legal_name, o.preferred_name, o.owning_organisation_id, o.merged_into_id)));
         END IF;
         RETURN NULL;
       END $$`,
    );
    // The people a sharing change is about, locked (in id order) before their rows are rebuilt.
    await q.query(
      `CREATE FUNCTION person_search_key_sharing() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE ids uuid[];
       BEGIN
         IF TG_OP = 'INSERT' THEN
           ids := ARRAY(SELECT DISTINCT person_id FROM new_rows);
         ELSIF TG_OP = 'DELETE' THEN
           ids := ARRAY(SELECT DISTINCT person_id FROM old_rows);
         ELSE
           ids := ARRAY(SELECT person_id FROM new_rows UNION SELECT person_id FROM old_rows);
         END IF;
         PERFORM 1 FROM person WHERE id IN (SELECT unnest(ids)) ORDER BY id FOR NO KEY UPDATE;
         PERFORM person_search_key_refresh(ids);
         RETURN NULL;
       END $$`,
    );
    await q.query(
      `CREATE TRIGGER person_search_key_insert AFTER INSERT ON person REFERENCING NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION person_search_key_person()`,
    );
    await q.query(
      `CREATE TRIGGER person_search_key_update AFTER UPDATE ON person REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION person_search_key_person()`,
    );
    for (const table of ['sharing_agreement', 'sharing_without_agreement']) {
      await q.query(
        `CREATE TRIGGER person_search_key_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION person_search_key_sharing()`,
      );
      await q.query(
        `CREATE TRIGGER person_search_key_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION person_search_key_sharing()`,
      );
      await q.query(
        `CREATE TRIGGER person_search_key_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
         FOR EACH STATEMENT EXECUTE FUNCTION person_search_key_sharing()`,
      );
    }
    // Existing people, in organisation order (so that an organisation's rows start out together).
    await q.query(
      `INSERT INTO person_search_key (organisation_id, person_id, legal_name, name)
       SELECT o.org, p.id, p.legal_name, lower(p.legal_name || ' ' || coalesce(p.preferred_name, ''))
         FROM person p
        CROSS JOIN LATERAL (
              SELECT p.owning_organisation_id
              UNION SELECT unnest(a.organisation_ids) FROM sharing_agreement a WHERE a.person_id = p.id AND a.withdrawn_at IS NULL
              UNION SELECT w.organisation_id FROM sharing_without_agreement w WHERE w.person_id = p.id) o(org)
        WHERE p.merged_into_id IS NULL
        ORDER BY o.org, p.id`,
    );
    await q.query(`CREATE INDEX person_search_key_person_idx ON person_search_key (person_id)`);
    await q.query(`CREATE INDEX person_search_key_name_idx ON person_search_key USING gin (organisation_id, name gin_trgm_ops)`);
    await q.query(`ANALYZE person_search_key`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['sharing_agreement', 'sharing_without_agreement']) {
      for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER person_search_key_${op} ON ${table}`);
    }
    await q.query(`DROP TRIGGER person_search_key_insert ON person`);
    await q.query(`DROP TRIGGER person_search_key_update ON person`);
    await q.query(`DROP FUNCTION person_search_key_sharing()`);
    await q.query(`DROP FUNCTION person_search_key_person()`);
    await q.query(`DROP FUNCTION person_search_key_refresh(uuid[])`);
    await q.query(`DROP TABLE person_search_key`);
  }
}
