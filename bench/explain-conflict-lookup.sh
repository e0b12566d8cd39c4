#!/usr/bin/env bash
# EXPLAIN ANALYZE of the conflict view's lookup "who changed this entity last" (LastChange.OfAsync) on an audit log of
# 1 000 000 rows in 50 areas (200 000 entities changed 5 times each), as the runtime role under row-level security —
# with the index ix_audit_entries_area_id_entity_key_id dropped (inside a rolled-back transaction) and with it.
#
#   bash bench/explain-conflict-lookup.sh          (needs a Release build of src/TyollisyysAlue.Web; loopback only)
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/lib/app-database.sh
dotnet build src/TyollisyysAlue.Web -c Release -nologo -v quiet >/dev/null
start_cluster
start_app_on_empty_database "$PWD" explain >/dev/null

psql_as postgres -d explain <<'SQL'
INSERT INTO audit_entries (area_id, user_id, user_name, at, entity_type, entity_key, action, before, after)
SELECT ('00000000-0000-4000-8000-' || lpad((i % 50)::text, 12, '0'))::uuid, NULL, 'planner@example.fi',
       timestamptz '2026-01-01' + i * interval '1 minute', 'BudgetLineItem',
       md5((i % 200000)::text)::uuid::text, 'Modified', '{"Amount": 1}', '{"Amount": 2}'
FROM generate_series(1, 1000000) AS i;
ANALYZE audit_entries;
SQL

# The statement EF sends for LastChange.OfAsync (query filter on the area, then the key, newest first).
lookup=$(cat <<'SQL'
SET LOCAL ROLE schema_app;
SELECT set_config('app.area_id', '00000000-0000-4000-8000-000000000007', true);
PREPARE last_change(uuid, varchar) AS
  SELECT a.id, a.action, a.after, a.area_id, a.at, a.before, a.entity_key, a.entity_type, a.user_id, a.user_name
  FROM audit_entries AS a
  WHERE a.area_id = $1 AND a.entity_key = $2
  ORDER BY a.id DESC
  LIMIT 1;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, SUMMARY ON)
  EXECUTE last_change('00000000-0000-4000-8000-000000000007', md5('12357')::uuid::text);
SQL
)
echo "== Without the index (dropped in a transaction that is rolled back)"
psql_as postgres -d explain -At -c "BEGIN; DROP INDEX ix_audit_entries_area_id_entity_key_id; $lookup ROLLBACK;" | grep -v '^set_config\|^$\|^0000'
echo "== With ix_audit_entries_area_id_entity_key_id (area_id, entity_key, id DESC)"
psql_as postgres -d explain -At -c "BEGIN; $lookup ROLLBACK;" | grep -v '^set_config\|^$\|^0000'
