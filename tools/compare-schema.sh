#!/usr/bin/env bash
# Compares the schema the app builds today with the one an older commit built: each version of the app starts once
# against an empty database of one temporary PostgreSQL cluster (migrations, row-level security, grants — the whole
# start-up path), then `pg_dump --schema-only` of both databases are compared.
#
#   bash tools/compare-schema.sh <old-commit>     e.g. the last commit before the migration baseline
#   bash tools/compare-schema.sh <directory>      an exported, already built tree of the old version
#
# Prints "identical" or the differences, and exits 0 only when the schemas are identical. Loopback only; the cluster
# and the exported tree are removed afterwards. Used to prove the squashed baseline (docs/architecture.md).
set -euo pipefail
cd "$(dirname "$0")/.."
old_ref="${1:?usage: tools/compare-schema.sh <old-commit> | <built tree>}"
source tools/lib/app-database.sh

if [ -d "$old_ref" ]; then
  old_tree=$(cd "$old_ref" && pwd)
else
  echo "== Exporting and building $old_ref"
  old_tree="$work/old"
  mkdir -p "$old_tree"
  git archive "$old_ref" | tar -x -C "$old_tree"
  dotnet build "$old_tree/src/TyollisyysAlue.Web" -c Release -nologo -v quiet >/dev/null
fi
echo "== Building today's version"
dotnet build src/TyollisyysAlue.Web -c Release -nologo -v quiet >/dev/null

echo "== Temporary PostgreSQL cluster"
start_cluster
dump() { "$pg_bin/pg_dump" -h 127.0.0.1 -p "$pg_port" -U postgres --schema-only "$1" | grep -Ev '^-- Dumped|^\\(un)?restrict ' >"$work/$1.sql"; }

echo "== Starting the old app on an empty database"
start_app_on_empty_database "$old_tree" schema_old
dump schema_old
echo "== Starting today's app on an empty database"
start_app_on_empty_database "$PWD" schema_new
dump schema_new

new="$work/schema_new.sql"
echo "== Comparing pg_dump --schema-only ($(grep -c 'CREATE TABLE' "$new") tables, $(grep -c 'CREATE INDEX\|CREATE UNIQUE INDEX' "$new") indexes," \
  "$(grep -c 'CREATE POLICY' "$new") policies, $(grep -c '^GRANT' "$new") grants, $(grep -c 'CREATE TRIGGER' "$new") trigger(s)," \
  "$(grep -c 'EXCLUDE USING' "$new") exclusion constraint(s))"
if diff -u "$work/schema_old.sql" "$new"; then echo "identical"; else exit 1; fi
