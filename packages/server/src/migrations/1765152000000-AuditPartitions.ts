import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail, partitioned by month (PostgreSQL declarative partitioning), so that whole
 * months past the retention period can be detached and dropped while rows stay append-only.
 *
 * The existing table is not copied: it becomes the first partition, `audit_event_before_yYYYYmMM`,
 * holding everything before that month (the first month boundary after this migration runs).
 * Each later partition holds one calendar month (UTC) and is named after it, `audit_event_yYYYYmMM`;
 * the names are what the retention job reads.
 * A default partition catches any row for a month whose partition was not created in time.
 */
export class AuditPartitions1765152000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    const [{ boundary, suffix }] = (await q.query(
      `SELECT to_char(b, 'YYYY-MM-DD') AS boundary, to_char(b, '"y"YYYY"m"MM') AS suffix
         FROM (SELECT (date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month') AS b) x`,
    )) as [{ boundary: string; suffix: string }];
    const legacy = `audit_event_before_${suffix}`;

    // A foreign key cannot point at a partitioned table's id alone; the note is written in the
    // same statement as its event, and the retention job deletes notes with their partition.
    await q.query(`ALTER TABLE audit_note DROP CONSTRAINT IF EXISTS audit_note_audit_event_id_fkey`);

    await q.query(`DROP TRIGGER audit_event_no_truncate ON audit_event`);
    await q.query(`DROP TRIGGER audit_event_no_update ON audit_event`);
    await q.query(`ALTER TABLE audit_event RENAME TO ${legacy}`);
    await q.query(`ALTER INDEX audit_event_person_idx RENAME TO ${legacy}_person_idx`);
    // A partition's primary key must include the partition column, as the parent's does.
    await q.query(`ALTER TABLE ${legacy} DROP CONSTRAINT audit_event_pkey`);
    await q.query(`ALTER TABLE ${legacy} ADD CONSTRAINT ${legacy}_pkey PRIMARY KEY (id, at)`);

    await q.query(`
      CREATE TABLE audit_event (
        id bigint NOT NULL DEFAULT nextval('audit_event_id_seq'),
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
        detail jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (id, at)
      ) PARTITION BY RANGE (at)`);
    // The sequence belonged to the old table's column: dropping that partition must not drop it.
    await q.query(`ALTER SEQUENCE audit_event_id_seq OWNED BY audit_event.id`);
    await q.query(`CREATE INDEX audit_event_person_idx ON audit_event (person_id, at DESC)`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, at DESC)`);

    // The old rows stay where they are: the old table becomes the partition for everything before
    // the next month boundary. (The CHECK lets ATTACH skip its scan of the existing rows.)
    await q.query(`ALTER TABLE ${legacy} ADD CONSTRAINT ${legacy}_bound CHECK (at < '${boundary} 00:00:00+00')`);
    await q.query(`ALTER TABLE audit_event ATTACH PARTITION ${legacy} FOR VALUES FROM (MINVALUE) TO ('${boundary} 00:00:00+00')`);
    await q.query(`ALTER TABLE ${legacy} DROP CONSTRAINT ${legacy}_bound`);
    await q.query(`CREATE TABLE audit_event_default PARTITION OF audit_event DEFAULT`);

    // Rows stay append-only: row triggers on the parent are cloned to every partition, present and
    // future. TRUNCATE is a statement trigger, which PostgreSQL does not clone, so each partition
    // gets its own (audit_ensure_partition adds it to new ones).
    await q.query(
      `CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`,
    );
    for (const table of ['audit_event', legacy, 'audit_event_default']) {
      await q.query(
        `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`,
      );
    }

    // One month's partition, named after its upper bound; does nothing when it exists.
    await q.query(`
      CREATE FUNCTION audit_ensure_partition(month_start date) RETURNS text LANGUAGE plpgsql AS $$
      DECLARE
        lower_bound timestamptz := (date_trunc('month', month_start)::timestamp AT TIME ZONE 'UTC');
        upper_bound timestamptz := ((date_trunc('month', month_start) + interval '1 month')::timestamp AT TIME ZONE 'UTC');
        name text := 'audit_event_' || to_char(date_trunc('month', month_start), '"y"YYYY"m"MM');
      BEGIN
        IF to_regclass(name) IS NOT NULL THEN RETURN NULL; END IF;
        -- The period must not overlap an existing partition (the old table covers everything before
        -- its bound).
        IF EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                    WHERE i.inhparent = 'audit_event'::regclass AND c.relname LIKE 'audit_event_before_y%'
                      AND substr(c.relname, 20) > to_char(date_trunc('month', month_start), '"y"YYYY"m"MM')) THEN
          RETURN NULL;
        END IF;
        EXECUTE format('CREATE TABLE %I PARTITION OF audit_event FOR VALUES FROM (%L) TO (%L)', name, lower_bound, upper_bound);
        EXECUTE format('CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()', name);
        RETURN name;
      END $$`);
    await q.query(
      `SELECT audit_ensure_partition((date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => m))::date) FROM generate_series(1, 3) AS m`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    const parts = (await q.query(
      `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_event'::regclass`,
    )) as { relname: string }[];
    await q.query(`DROP FUNCTION audit_ensure_partition(date)`);
    await q.query(`
      CREATE TABLE audit_event_unpartitioned (
        id bigint PRIMARY KEY DEFAULT nextval('audit_event_id_seq'),
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
    await q.query(`INSERT INTO audit_event_unpartitioned SELECT * FROM audit_event`);
    await q.query(`ALTER SEQUENCE audit_event_id_seq OWNED BY audit_event_unpartitioned.id`);
    // Dropping the triggers first is the only way back; this down migration is for development.
    await q.query(`DROP TRIGGER audit_event_no_update ON audit_event`);
    for (const { relname } of parts) await q.query(`DROP TABLE ${relname}`);
    await q.query(`DROP TABLE audit_event`);
    await q.query(`ALTER TABLE audit_event_unpartitioned RENAME TO audit_event`);
    await q.query(`ALTER TABLE audit_event RENAME CONSTRAINT audit_event_unpartitioned_pkey TO audit_event_pkey`);
    await q.query(`CREATE INDEX audit_event_person_idx ON audit_event (person_id, at DESC)`);
    await q.query(
      `CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`,
    );
    await q.query(
      `ALTER TABLE audit_note ADD CONSTRAINT audit_note_audit_event_id_fkey FOREIGN KEY (audit_event_id) REFERENCES audit_event(id)`,
    );
  }
}
