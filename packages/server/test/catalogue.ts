import type { TestApp } from './harness.js';

/**
 * Tables that hold data about a person, from the live catalogue: a foreign key to `person`, a
 * column named `person_id` or `person_ids`, or a row that goes when such a row goes (ON DELETE
 * CASCADE), followed to the end.
 */
export async function catalogueTables(app: TestApp): Promise<string[]> {
  const found: Array<{ table_name: string }> = await app.dataSource.query(`
    WITH RECURSIVE direct AS (
      SELECT c.conrelid AS rel FROM pg_constraint c WHERE c.contype = 'f' AND c.confrelid = 'public.person'::regclass
      UNION
      SELECT (quote_ident(table_schema) || '.' || quote_ident(table_name))::regclass
        FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name IN ('person_id', 'person_ids')
    ), owned AS (
      SELECT rel FROM direct
      UNION
      SELECT c.conrelid FROM pg_constraint c JOIN owned o ON c.confrelid = o.rel WHERE c.contype = 'f' AND c.confdeltype = 'c'
    )
    -- A partitioned table counts once, by its own name (the audit trail's monthly partitions are its parts).
    SELECT DISTINCT relname AS table_name FROM owned JOIN pg_class ON pg_class.oid = owned.rel WHERE NOT pg_class.relispartition
    UNION SELECT 'person'
    ORDER BY 1`);
  return found.map((r) => r.table_name);
}

/** Every text, JSON and uuid column in the database that holds `value` somewhere, as `table.column`. */
export async function columnsHolding(app: TestApp, value: string): Promise<string[]> {
  const columns: Array<{ table_name: string; column_name: string; data_type: string; udt_name: string }> = await app.dataSource.query(
    `SELECT c.table_name, c.column_name, c.data_type, c.udt_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
       JOIN pg_class pc ON pc.oid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
      WHERE c.table_schema = 'public' AND NOT pc.relispartition
        AND (c.data_type IN ('text', 'character varying', 'json', 'jsonb', 'uuid') OR c.udt_name IN ('_uuid', '_text', '_varchar'))
      ORDER BY 1, 2`,
  );
  const hits: string[] = [];
  for (const c of columns) {
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM "${c.table_name}" WHERE strpos(lower("${c.column_name}"::text), lower($1)) > 0`,
      [value],
    );
    if (n > 0) hits.push(`${c.table_name}.${c.column_name}`);
  }
  return hits;
}
