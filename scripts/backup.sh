#!/usr/bin/env bash
# Backs up the CaseHuddle database into one pg_dump archive (custom format), checks that the
# archive can be read back, and says what it holds. See docs/operations.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: DATABASE_URL=postgres://user:password@host:5432/casehuddle scripts/backup.sh [file]

Dumps the database named by DATABASE_URL with pg_dump (custom format, without owners or
privileges) into [file], by default backups/casehuddle-YYYYMMDD-HHMMSS.dump under the
current folder. The archive is written under a temporary name and renamed only once it is
complete and pg_restore can read it, so a failed backup never leaves a file that looks whole.
An existing file is never overwritten. The file is readable by its owner only.

Environment:
  DATABASE_URL   the database to back up (required). The password can instead come from
                 PGPASSWORD or ~/.pgpass, which keeps it out of the process list.
  PG_BIN         a folder holding pg_dump, pg_restore and psql (such as
                 /usr/lib/postgresql/18/bin); by default they are taken from PATH.

pg_dump's major version must match the server's or be newer.
Restore with scripts/restore.sh.
EOF
}

fail() {
  echo "backup: $*" >&2
  exit 1
}

case "${1:-}" in
  -h | --help)
    usage
    exit 0
    ;;
  -*)
    echo "backup: unknown option $1" >&2
    usage >&2
    exit 2
    ;;
esac
if [[ $# -gt 1 ]]; then
  usage >&2
  exit 2
fi

if [[ -z "${DATABASE_URL:-}" ]]; then
  echo "backup: DATABASE_URL is not set; it names the database to back up." >&2
  echo >&2
  usage >&2
  exit 2
fi

PG_DUMP=pg_dump
PG_RESTORE=pg_restore
PSQL=psql
if [[ -n "${PG_BIN:-}" ]]; then
  PG_DUMP="$PG_BIN/pg_dump"
  PG_RESTORE="$PG_BIN/pg_restore"
  PSQL="$PG_BIN/psql"
fi
for tool in "$PG_DUMP" "$PG_RESTORE" "$PSQL"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    fail "$tool was not found. Install PostgreSQL's client tools (on Debian or Ubuntu: apt-get install postgresql-client), at the server's major version or newer, or set PG_BIN to the folder that holds them."
  fi
done

# The major version of a client tool, from output such as "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)".
client_major() {
  "$1" --version | sed -nE 's/^[^0-9]*([0-9]+).*/\1/p' | head -n 1
}

dump_major=$(client_major "$PG_DUMP")
[[ -n "$dump_major" ]] || fail "could not read the version of $PG_DUMP."

if ! server_version_num=$("$PSQL" --no-psqlrc --quiet --tuples-only --no-align --dbname="$DATABASE_URL" \
  --command='SHOW server_version_num' 2>&1); then
  fail "could not connect to the database: ${server_version_num}"
fi
server_version_num=${server_version_num//[[:space:]]/}
[[ "$server_version_num" =~ ^[0-9]+$ ]] || fail "could not read the server's version (got \"$server_version_num\")."
server_major=$((server_version_num / 10000))
if ((dump_major < server_major)); then
  fail "pg_dump is version $dump_major but the server runs PostgreSQL $server_major. The client tools must match the server's major version or be newer: install postgresql-client-$server_major (or newer), or set PG_BIN to its folder, such as /usr/lib/postgresql/$server_major/bin."
fi

target="${1:-backups/casehuddle-$(date +%Y%m%d-%H%M%S).dump}"
if [[ -e "$target" ]]; then
  fail "$target already exists; choose another file name."
fi
# Backups hold the most sensitive data in the system: readable by their owner only.
umask 077
folder=$(dirname -- "$target")
mkdir -p -- "$folder"

partial=$(mktemp "$folder/.casehuddle-backup-XXXXXX.partial")
cleanup() { rm -f -- "$partial"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "› Backing up PostgreSQL $server_major with pg_dump $dump_major into $target"
"$PG_DUMP" --format=custom --no-owner --no-privileges --file="$partial" --dbname="$DATABASE_URL" ||
  fail "pg_dump failed; nothing was written to $target."

if ! listing=$("$PG_RESTORE" --list "$partial" 2>&1); then
  fail "the archive could not be read back (${listing}); nothing was written to $target."
fi
table_data=$(grep -c ' TABLE DATA ' <<<"$listing" || true)
if ! grep -q ' EXTENSION - pg_trgm' <<<"$listing"; then
  echo "backup: warning: the archive does not create the pg_trgm extension that the name search needs; a restore into a fresh database will fail unless it is created first." >&2
fi

[[ -e "$target" ]] && fail "$target appeared while the backup ran; the backup was not kept."
mv -- "$partial" "$target"
trap - EXIT

bytes=$(wc -c <"$target" | tr -d '[:space:]')
size="$bytes bytes"
if command -v numfmt >/dev/null 2>&1; then size="$(numfmt --to=iec-i --suffix=B "$bytes") ($bytes bytes)"; fi
echo "› Backup written: $target"
echo "  size: $size"
echo "  table-data entries: $table_data"
