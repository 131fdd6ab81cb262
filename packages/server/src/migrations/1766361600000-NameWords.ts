import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Name search over distinct name words. The GIN trigram index on each person's whole name
 * (1765584000000) costs a heap fetch, a recheck and a "may know" test for every person whose
 * name shares enough trigrams with the search: thousands at a million people for a common name.
 * Here each person's name words (legal and preferred, split as pg_trgm splits them) are kept in
 * `person_name_word`, with the person's organisation for the viewer's own people; the distinct
 * words are in `name_word` (with how many people hold each) under a GIN trigram index, so a
 * search finds the similar words in a few milliseconds and the people from a btree on the word.
 *
 * Kept by triggers on `person`: a new or renamed record gets its words, a merged record loses
 * them (it is found through the record it was merged into) and gets them back if the merge is
 * undone, and an erased record's rows go with it (ON DELETE CASCADE); a word no one holds any
 * more leaves the dictionary in the same transaction, so nothing of an erased name is left.
 */
export class NameWords1766361600000 implements MigrationInterface {
  name = 'NameWords1766361600000';

  public async up(q: QueryRunner): Promise<void> {
    // The words of a name as pg_trgm sees them: lower case, split at anything not a letter or digit.
    await q.query(`
      CREATE FUNCTION person_name_words(name text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT w ORDER BY w), '{}') FROM regexp_split_to_table(lower(name), '[^[:alnum:]]+') w WHERE w <> ''
      $$`);
    await q.query(`
      CREATE TABLE name_word (
        word text PRIMARY KEY,
        people integer NOT NULL CHECK (people > 0)
      )`);
    await q.query(`CREATE INDEX name_word_trgm_idx ON name_word USING gin (word gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE person_name_word (
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        word text NOT NULL,
        owning_organisation_id uuid NOT NULL,
        PRIMARY KEY (person_id, word)
      )`);

    // The dictionary follows the words held: counted up and down per statement.
    await q.query(`
      CREATE FUNCTION name_word_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO name_word (word, people)
          SELECT word, count(*) FROM added GROUP BY word ORDER BY word
          ON CONFLICT (word) DO UPDATE SET people = name_word.people + excluded.people;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION name_word_removed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        WITH gone AS (SELECT word, count(*) AS n FROM removed GROUP BY word),
             counted AS (UPDATE name_word d SET people = d.people - g.n FROM gone g WHERE d.word = g.word AND d.people > g.n RETURNING d.word)
        DELETE FROM name_word d USING gone g WHERE d.word = g.word AND d.word NOT IN (SELECT word FROM counted);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER person_name_word_added AFTER INSERT ON person_name_word
                     REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION name_word_added()`);
    await q.query(`CREATE TRIGGER person_name_word_removed AFTER DELETE ON person_name_word
                     REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION name_word_removed()`);

    // A person's words follow their names, organisation and merge, per statement (so that a
    // bulk insert costs one statement here, not one per person).
    await q.query(`
      CREATE FUNCTION person_name_words_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO person_name_word (person_id, word, owning_organisation_id)
          SELECT a.id, w, a.owning_organisation_id
            FROM added a CROSS JOIN LATERAL unnest(person_name_words(a.legal_name || ' ' || coalesce(a.preferred_name, ''))) w
           WHERE a.merged_into_id IS NULL;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION person_name_words_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
      BEGIN
        SELECT array_agg(n.id) INTO ids FROM after_rows n JOIN before_rows o ON o.id = n.id
         WHERE (o.legal_name, o.preferred_name, o.merged_into_id, o.owning_organisation_id)
               IS DISTINCT FROM (n.legal_name, n.preferred_name, n.merged_into_id, n.owning_organisation_id);
        IF ids IS NULL THEN
          RETURN NULL;
        END IF;
        DELETE FROM person_name_word WHERE person_id = ANY (ids);
        INSERT INTO person_name_word (person_id, word, owning_organisation_id)
          SELECT n.id, w, n.owning_organisation_id
            FROM after_rows n CROSS JOIN LATERAL unnest(person_name_words(n.legal_name || ' ' || coalesce(n.preferred_name, ''))) w
           WHERE n.id = ANY (ids) AND n.merged_into_id IS NULL;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER person_name_words_on_insert AFTER INSERT ON person
                     REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION person_name_words_added()`);
    await q.query(`CREATE TRIGGER person_name_words_on_update AFTER UPDATE ON person
                     REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT EXECUTE FUNCTION person_name_words_changed()`);

    // The records there are now, in one statement (the dictionary is counted by its trigger).
    await q.query(`
      INSERT INTO person_name_word (person_id, word, owning_organisation_id)
      SELECT p.id, w, p.owning_organisation_id
        FROM person p CROSS JOIN LATERAL unnest(person_name_words(p.legal_name || ' ' || coalesce(p.preferred_name, ''))) w
       WHERE p.merged_into_id IS NULL`);
    // The people holding a word (by organisation: the viewer's own first), read from the index alone.
    await q.query(`CREATE INDEX person_name_word_word_idx ON person_name_word (word, owning_organisation_id, person_id)`);
    await q.query(`ANALYZE person_name_word`);
    await q.query(`ANALYZE name_word`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER person_name_words_on_update ON person`);
    await q.query(`DROP TRIGGER person_name_words_on_insert ON person`);
    await q.query(`DROP FUNCTION person_name_words_changed()`);
    await q.query(`DROP FUNCTION person_name_words_added()`);
    await q.query(`DROP TABLE person_name_word`);
    await q.query(`DROP FUNCTION name_word_removed()`);
    await q.query(`DROP FUNCTION name_word_added()`);
    await q.query(`DROP TABLE name_word`);
    await q.query(`DROP FUNCTION person_name_words(text)`);
  }
}
