import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Merging duplicate records inside one organisation, and undoing a merge.
 * - `person.merged_into_id`: a merged record is kept (not deleted) and points at the record it
 *   was merged into; the policy treats it as unknown to everyone, so every path refuses it.
 * - `person_merge`: the merge log: which rows moved from one record to the other, and the prior
 *   values of both records, so that the merge can be undone exactly.
 * - `duplicate_dismissal`: pairs a coordinator said are not the same person, so they stay off
 *   the list of possible duplicates.
 * - Frozen minutes may have their person moved by a merge (or its undo), and nothing else: the
 *   merging transaction names the move in `casehuddle.merging_person` ("from,to").
 */
export class PersonMerge1765497600000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE person
        ADD COLUMN merged_into_id uuid REFERENCES person(id) ON DELETE CASCADE,
        ADD COLUMN merged_at timestamptz,
        ADD CONSTRAINT person_not_merged_into_itself CHECK (merged_into_id IS DISTINCT FROM id),
        ADD CONSTRAINT person_merged_at_with_target CHECK ((merged_into_id IS NULL) = (merged_at IS NULL))`);
    await q.query(`CREATE INDEX person_merged_into_idx ON person (merged_into_id) WHERE merged_into_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE person_merge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        kept_person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        merged_person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        merged_by uuid NOT NULL REFERENCES app_user(id),
        merged_at timestamptz NOT NULL DEFAULT now(),
        log jsonb NOT NULL,
        rows_moved integer NOT NULL,
        filled_fields text[] NOT NULL DEFAULT '{}',
        differing_fields text[] NOT NULL DEFAULT '{}',
        undone_by uuid REFERENCES app_user(id),
        undone_at timestamptz,
        CHECK (kept_person_id <> merged_person_id)
      )`);
    await q.query(`CREATE INDEX person_merge_kept_idx ON person_merge (kept_person_id)`);
    await q.query(`CREATE INDEX person_merge_merged_idx ON person_merge (merged_person_id)`);
    await q.query(`
      CREATE TABLE duplicate_dismissal (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        other_person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        dismissed_by uuid NOT NULL REFERENCES app_user(id),
        dismissed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, other_person_id),
        CHECK (person_id < other_person_id)
      )`);
    await q.query(`CREATE INDEX duplicate_dismissal_other_idx ON duplicate_dismissal (other_person_id)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION meeting_minutes_item_frozen_but_erasable() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        erasing uuid := nullif(current_setting('casehuddle.erasing_person', true), '')::uuid;
        merging text := nullif(current_setting('casehuddle.merging_person', true), '');
      BEGIN
        IF merging IS NOT NULL
           AND OLD.person_id::text = split_part(merging, ',', 1) AND NEW.person_id::text = split_part(merging, ',', 2)
           AND (NEW.meeting_id, NEW.item_id, NEW.position, NEW.kind, NEW.title, NEW.reason, NEW.notes, NEW.decisions,
                NEW.system_barrier, NEW.discussed, NEW.disclosure_section, NEW.actions)
               IS NOT DISTINCT FROM
               (OLD.meeting_id, OLD.item_id, OLD.position, OLD.kind, OLD.title, OLD.reason, OLD.notes, OLD.decisions,
                OLD.system_barrier, OLD.discussed, OLD.disclosure_section, OLD.actions)
        THEN
          RETURN NEW;
        END IF;
        IF erasing IS NOT NULL
           AND (NEW.meeting_id, NEW.item_id, NEW.position, NEW.kind, NEW.person_id, NEW.title, NEW.reason, NEW.notes, NEW.decisions,
                NEW.system_barrier, NEW.discussed, NEW.disclosure_section)
               IS NOT DISTINCT FROM
               (OLD.meeting_id, OLD.item_id, OLD.position, OLD.kind, OLD.person_id, OLD.title, OLD.reason, OLD.notes, OLD.decisions,
                OLD.system_barrier, OLD.discussed, OLD.disclosure_section)
           AND NEW.actions = (SELECT coalesce(jsonb_agg(e ORDER BY n), '[]'::jsonb)
                                FROM jsonb_array_elements(OLD.actions) WITH ORDINALITY AS t(e, n)
                               WHERE NOT EXISTS (SELECT 1 FROM action a WHERE a.id::text = e->>'id' AND a.person_id = erasing))
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'minutes of a closed meeting cannot be changed' USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION meeting_minutes_item_frozen_but_erasable() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        erasing uuid := nullif(current_setting('casehuddle.erasing_person', true), '')::uuid;
      BEGIN
        IF erasing IS NOT NULL
           AND (NEW.meeting_id, NEW.item_id, NEW.position, NEW.kind, NEW.person_id, NEW.title, NEW.reason, NEW.notes, NEW.decisions,
                NEW.system_barrier, NEW.discussed, NEW.disclosure_section)
               IS NOT DISTINCT FROM
               (OLD.meeting_id, OLD.item_id, OLD.position, OLD.kind, OLD.person_id, OLD.title, OLD.reason, OLD.notes, OLD.decisions,
                OLD.system_barrier, OLD.discussed, OLD.disclosure_section)
           AND NEW.actions = (SELECT coalesce(jsonb_agg(e ORDER BY n), '[]'::jsonb)
                                FROM jsonb_array_elements(OLD.actions) WITH ORDINALITY AS t(e, n)
                               WHERE NOT EXISTS (SELECT 1 FROM action a WHERE a.id::text = e->>'id' AND a.person_id = erasing))
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'minutes of a closed meeting cannot be changed' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`DROP TABLE duplicate_dismissal`);
    await q.query(`DROP TABLE person_merge`);
    await q.query(`ALTER TABLE person DROP COLUMN merged_at, DROP COLUMN merged_into_id`);
  }
}
