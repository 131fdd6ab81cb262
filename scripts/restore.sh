#!/usr/bin/env bash
# Restores a CaseHuddle backup made by scripts/backup.sh, in one transaction, then checks the
# result. See docs/operations.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: DATABASE_URL=postgres://user:password@host:5432/casehuddle scripts/restore.sh [--yes] <file>

Restores <file>, an archive made by scripts/backup.sh, into the database named by
DATABASE_URL with pg_restore --clean --if-exists --no-owner --no-privileges
--single-transaction --exit-on-error. The whole restore is one transaction: if any part
fails, the database is left exactly as it was.

Restore into a new, empty database where you can, then point the app at it. When the target
database already has tables, the restore drops and recreates every object in the archive
(objects not in the archive are left alone), so it refuses unless you confirm with --yes
(or CONFIRM=yes). Stop every CaseHuddle process that uses the target database first.

Afterwards it prints row counts for key tables and checks that the audit trail's
append-only triggers are in place.

Environment:
  DATABASE_URL   the database to restore into (required). The password can instead come
                 from PGPASSWORD or ~/.pgpass, which keeps it out of the process list.
  CONFIRM=yes    the same as --yes.
  PG_BIN         a folder holding pg_restore and psql (such as /usr/lib/postgresql/18/bin);
                 by default they are taken from PATH.
EOF
}

fail() {
  echo "restore: $*" >&2
  exit 1
}

confirmed=false
[[ "${CONFIRM:-}" == "yes" ]] && confirmed=true
file=""
for arg in "$@"; do
  case "$arg" in
    -h | --help)
      usage
      exit 0
      ;;
    -y | --yes) confirmed=true ;;
    -*)
      echo "restore: unknown option $arg" >&2
      usage >&2
      exit 2
      ;;
    *)
      if [[ -n "$file" ]]; then
        echo "restore: give one archive file, not several." >&2
        usage >&2
        exit 2
      fi
      file="$arg"
      ;;
  esac
done

if [[ -z "$file" ]]; then
  echo "restore: no archive file given; nothing was changed." >&2
  echo >&2
  usage >&2
  exit 2
fi
if [[ -z "${DATABASE_URL:-}" ]]; then
  echo "restore: DATABASE_URL is not set; it names the database to restore into. Nothing was changed." >&2
  echo >&2
  usage >&2
  exit 2
fi

PG_RESTORE=pg_restore
PSQL=psql
if [[ -n "${PG_BIN:-}" ]]; then
  PG_RESTORE="$PG_BIN/pg_restore"
  PSQL="$PG_BIN/psql"
fi
for tool in "$PG_RESTORE" "$PSQL"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    fail "$tool was not found. Install PostgreSQL's client tools (on Debian or Ubuntu: apt-get install postgresql-client), at the server's major version or newer, or set PG_BIN to the folder that holds them."
  fi
done

[[ -f "$file" && -r "$file" ]] || fail "$file does not exist or cannot be read; nothing was changed."
if ! listing=$("$PG_RESTORE" --list "$file" 2>&1); then
  fail "$file is not a backup that $PG_RESTORE can read (a pg_dump archive in custom format, as scripts/backup.sh makes). An archive made by a newer pg_dump needs a pg_restore at least as new. pg_restore said: ${listing}. Nothing was changed."
fi
table_data=$(grep -c ' TABLE DATA ' <<<"$listing" || true)

sql() {
  "$PSQL" --no-psqlrc --quiet --tuples-only --no-align --set=ON_ERROR_STOP=1 --dbname="$DATABASE_URL" "$@"
}

if ! target=$(sql --field-separator=' ' --command="SELECT current_database(), coalesce(host(inet_server_addr()), 'local socket'), current_setting('server_version_num')::int / 10000" 2>&1); then
  fail "could not connect to the database: ${target}. Nothing was changed."
fi
read -r database host server_major <<<"$target"
existing=$(sql --command="SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
existing=${existing//[[:space:]]/}

if [[ "$existing" != "0" && "$confirmed" != true ]]; then
  fail "the database \"$database\" on $host already has $existing tables. Restoring would drop and recreate every table in the archive, replacing the data in them. If you mean to overwrite this database, stop the app and run again with --yes (or CONFIRM=yes). Nothing was changed."
fi

echo "› Restoring $file ($table_data table-data entries) into \"$database\" on $host (PostgreSQL $server_major)"
# pg_restore --clean cannot drop a partition's inherited primary key before its parent (the
# audit trail is partitioned by month), so partitioned tables are dropped first, whole, in the
# same transaction as the restore that recreates them. The transaction commits only when
# pg_restore read the whole archive; a cut-off archive ends it without COMMIT, so it rolls back.
pre_drop=$(sql --command="SELECT coalesce(string_agg(format('DROP TABLE IF EXISTS %s CASCADE;', c.oid::regclass), ' '), '')
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'p' AND n.nspname = 'public' AND NOT c.relispartition")
restore_sql() {
  printf 'SET client_min_messages = warning;\nBEGIN;\n%s\n' "$pre_drop"
  if "$PG_RESTORE" --clean --if-exists --no-owner --no-privileges --exit-on-error --file=- "$file"; then
    printf 'COMMIT;\n'
  else
    printf 'ROLLBACK;\n'
    return 1
  fi
}
if ! restore_sql | "$PSQL" --no-psqlrc --quiet --set=ON_ERROR_STOP=1 --output=/dev/null --dbname="$DATABASE_URL"; then
  fail "pg_restore failed. The restore ran in one transaction, so \"$database\" is as it was before."
fi

echo "› Restored. Rows in key tables:"
counts=$(sql --field-separator=' ' --command="
  SELECT t, CASE WHEN to_regclass(format('public.%I', t)) IS NULL THEN 'missing'
    ELSE (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM public.%I', t), false, true, '')))[1]::text END
  FROM unnest(ARRAY['person', 'audit_event', 'action', 'meeting']) AS t")
while read -r table count; do
  printf '  %-12s %s\n' "$table" "$count"
done <<<"$counts"

triggers=$(sql --command="
  SELECT string_agg(tgname, ' ' ORDER BY tgname) FROM pg_catalog.pg_trigger
  WHERE tgrelid = to_regclass('public.audit_event') AND NOT tgisinternal AND tgenabled <> 'D'")
for trigger in audit_event_no_update audit_event_no_truncate; do
  if [[ " $triggers " != *" $trigger "* ]]; then
    fail "the restore finished, but the audit trail's append-only trigger $trigger is missing or disabled on audit_event. Do not use this database until it is back (see the PersonRecord migration)."
  fi
done
echo "› The audit trail's append-only triggers are in place (audit_event_no_update, audit_event_no_truncate)."
