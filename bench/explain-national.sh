#!/usr/bin/env bash
# SQL per navigation on the national bench dataset (issue 17, point 4): fills a temporary cluster with the dataset
# (bench/TyollisyysAlue.NationalData), starts the app on it in Release (Production, no demo data), signs in as the
# administrator of the largest area (bench-01), opens its main pages as a browser's first GET does (the prerender,
# which loads the page's data; the circuit that follows is handed that data, PrerenderHandoff), and counts the
# statements the runtime role sent for each page from PostgreSQL's own log (log_min_duration_statement = 0 for the
# runtime role; the per-connection set_config of the session interceptor is left out, as SqlCommandLog leaves it out).
# Then EXPLAIN (ANALYZE, BUFFERS) of the slowest statements, as the runtime role under row-level security.
#
#   bash bench/explain-national.sh [scale]     (scale of the dataset, default 1 = the full national size; loopback only)
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-1}
source tools/lib/app-database.sh
dotnet build src/TyollisyysAlue.Web -c Release -nologo -v quiet >/dev/null
dotnet build bench/TyollisyysAlue.NationalData -c Release -nologo -v quiet >/dev/null
start_cluster
db=national
psql_as postgres -d postgres -c "CREATE DATABASE $db OWNER schema_owner ENCODING 'UTF8'"
psql_as postgres -d "$db" -c "ALTER SCHEMA public OWNER TO schema_owner; CREATE EXTENSION IF NOT EXISTS btree_gist;"
owner="Host=127.0.0.1;Port=$pg_port;Database=$db;Username=schema_owner;Password=x"
runtime="Host=127.0.0.1;Port=$pg_port;Database=$db;Username=schema_app;Password=x"

echo "== Filling the national dataset (scale $scale)"
dotnet bench/TyollisyysAlue.NationalData/bin/Release/net10.0/TyollisyysAlue.NationalData.dll --scale "$scale" \
  --ConnectionStrings:Owner="$owner" --ConnectionStrings:App="$runtime" | sed -n '/^National dataset\|^The national dataset/,$p'

psql_as postgres -d postgres -c "ALTER ROLE schema_app SET log_min_duration_statement = 0;"
psql_as postgres -d postgres -c "ALTER SYSTEM SET log_line_prefix = '%m [%p] %u '" -c "SELECT pg_reload_conf()" >/dev/null
app_port=$(free_port)
(cd src/TyollisyysAlue.Web/bin/Release/net10.0 &&
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$app_port" Database__SeedDemoData=false \
  ConnectionStrings__Owner="$owner" ConnectionStrings__App="$runtime" Hosting__SecureCookies=false DataProtection__Key="$(head -c 32 /dev/urandom | base64)" \
  exec dotnet TyollisyysAlue.Web.dll >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$app_port/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$app_port/health/ready" >/dev/null || { echo "The app did not become ready:"; tail -20 "$work/app.log"; exit 1; }

year=$(date +%Y)
python3 bench/lib/sql_per_navigation.py "http://127.0.0.1:$app_port" "$work/pg/server.log" "$work/statements.json" \
  "admin-000.bench-01@bench.example.fi" "Kansallinen-Penkki-45" \
  "/areas/bench-01" "/areas/bench-01/budget?year=$((year - 1))" "/areas/bench-01/plan" \
  "/areas/bench-01/services?year=$((year - 1))" "/areas/bench-01/offices" "/areas/bench-01/audit"

echo "== EXPLAIN (ANALYZE, BUFFERS) of the slowest statements, as the runtime role in bench-01"
python3 - "$work/statements.json" <<'PY' > "$work/explain.sql"
import json, sys
print("\\set ON_ERROR_STOP off")
for i, s in enumerate(json.load(open(sys.argv[1]))["slowest"]):
    print(f"\\echo '-- {s['page']}: {s['ms']:.1f} ms when logged'")
    print("BEGIN; SET LOCAL ROLE schema_app;")
    print("SELECT set_config('app.area_id', 'b0000000-0000-4000-8000-000000000001', true) \\g /dev/null")
    print(f"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {s['sql']};")
    print("ROLLBACK;")
PY
psql_as postgres -d "$db" -f "$work/explain.sql"
