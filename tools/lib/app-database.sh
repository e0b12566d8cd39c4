# Sourced by tools/compare-schema.sh and bench/explain-conflict-lookup.sh: a temporary PostgreSQL cluster on loopback,
# and the app started once against an empty database of it (migrations, row-level security, grants — the whole
# start-up path), then stopped. Roles as the app's own provisioning makes them: schema_owner owns the database and
# its public schema, schema_app is the runtime role. Everything is removed on exit.
work=$(mktemp -d /tmp/app-database.XXXXXX)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
app_pid=""
pg_port=""

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
psql_as() { local user=$1; shift; "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U "$user" -v ON_ERROR_STOP=1 -q "$@"; }

cleanup_app_database() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
  if [ -f "$work/pg/PG_VERSION" ]; then as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup_app_database EXIT

start_cluster() {
  pg_port=$(free_port)
  mkdir -p "$work/pg"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$work" "$work/pg"; fi
  as_postgres "$pg_bin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work/pg" start >/dev/null
  psql_as postgres -d postgres -c "CREATE ROLE schema_owner LOGIN CREATEROLE PASSWORD 'x'; CREATE ROLE schema_app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD 'x';"
}

# start_app_on_empty_database <tree with a Release build of src/TyollisyysAlue.Web> <database>
start_app_on_empty_database() {
  psql_as postgres -d postgres -c "CREATE DATABASE $2 OWNER schema_owner ENCODING 'UTF8'"
  psql_as postgres -d "$2" -c "ALTER SCHEMA public OWNER TO schema_owner; CREATE EXTENSION IF NOT EXISTS btree_gist;"
  local app_port
  app_port=$(free_port)
  (cd "$1/src/TyollisyysAlue.Web/bin/Release/net10.0" &&
    ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$app_port" Database__SeedDemoData=false \
    ConnectionStrings__Owner="Host=127.0.0.1;Port=$pg_port;Database=$2;Username=schema_owner;Password=x" \
    ConnectionStrings__App="Host=127.0.0.1;Port=$pg_port;Database=$2;Username=schema_app;Password=x" \
    exec dotnet TyollisyysAlue.Web.dll >"$work/$2.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$app_port/health/ready" >/dev/null 2>&1; then break; fi
    sleep 1
  done
  curl -fs "http://127.0.0.1:$app_port/health/ready" >/dev/null || { echo "The app did not become ready:"; tail -20 "$work/$2.log"; exit 1; }
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
  grep -o 'Applying [0-9]* migration(s)' "$work/$2.log" | head -1 || true
}
