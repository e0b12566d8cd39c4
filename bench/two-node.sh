#!/usr/bin/env bash
# Two app nodes behind nginx on loopback, end to end (issue 17, point 5; docs/deployment.md is the reference):
#   1. a private PostgreSQL 15 cluster with WAL archiving; ONE published Release build started twice (node1, node2)
#      with the same connection strings and DataProtection:Key, demo data seeded once; Debian's nginx with the site of
#      docs/deployment.md (rendered by two-node/render-nginx-site.py: plain http on loopback, no TLS lines);
#   2. sign-in through nginx; that cookie valid directly on both nodes; one browser sticks to one node;
#   3. the circuit load generator (bench/TyollisyysAlue.CircuitLoad, headless driver) through nginx: 20 users, one round
#      of the scenario each, 0 errors, both nodes serving users, reported per node (each node sampled directly);
#   4. a planner in Chromium saves budget lines and types plan text, the node holding the circuit is SIGKILLed, the
#      page comes back on the other node, every confirmed save is in PostgreSQL and the typed text is restored from the draft;
#   5. restore drill: pg_dump → fresh database → equal row counts; pg_basebackup + archived WAL → a restored cluster
#      on another port holds the write made after the base backup;
#   6. a summary: each check PASS/FAIL, the timings and the load's per-node table.
# Exit 0 only if every check passed; 1 on any failure or lost write. Bounded: each step has a time limit and the whole
# run stops after TWO_NODE_LIMIT seconds (default 1500). Everything started here is stopped on exit.
# Options (environment): TWO_NODE_PUBLISHED=DIR reuses a published build (skips dotnet publish), TWO_NODE_LINES=N
# budget lines before the kill (default 5), TWO_NODE_KEEP=1 keeps the work folder (logs) for a look afterwards.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
HERE="$ROOT/bench/two-node"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
LIMIT="${TWO_NODE_LIMIT:-1500}"
LINES="${TWO_NODE_LINES:-5}"
WORK="$(mktemp -d /tmp/two-node.XXXXXX)"
chmod 755 "$WORK"
RESULTS="$WORK/results.txt"
: > "$RESULTS"
NODE_PIDS=()
NGINX_PID=""
CLUSTERS=()
WATCHDOG=""
SUMMARISED=0
STARTED=$SECONDS

say() { printf '[two-node %4ss] %s\n' "$((SECONDS - STARTED))" "$*"; }
check() { # name PASS|FAIL detail
    printf 'CHECK|%s|%s|%s\n' "$1" "$2" "$3" >> "$RESULTS"
    say "$2 $1 — $3"
}
value() { printf 'VALUE|%s|%s\n' "$1" "$2" >> "$RESULTS"; }
fail() { check "$1" FAIL "$2"; exit 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
give_to_postgres() { if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
secret() { python3 -c 'import secrets; print(secrets.token_hex(18))'; }
psql_super() { # socket-dir port database sql
    as_postgres timeout 120 "$PG_BIN/psql" -h "$1" -p "$2" -U postgres -d "$3" -XAtq -v ON_ERROR_STOP=1 -c "$4"
}

summary() { # every check and value so far; 0 only when all expected checks passed
    SUMMARISED=1
    echo
    echo "== bench/two-node.sh summary ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)) =="
    awk -F'|' '$1 == "CHECK" { printf "%-4s  %-58s %s\n", $3, $2, $4 }' "$RESULTS"
    echo "-- timings and figures --"
    awk -F'|' '$1 == "VALUE" { printf "%-22s %s\n", $2, $3 }' "$RESULTS"
    printf '%-22s %s\n' total_s "$((SECONDS - STARTED))"
    if [ -s "${LOAD_PER_NODE:-}" ]; then
        echo "-- circuit load through nginx, per node --"
        cat "$LOAD_PER_NODE"
    fi
    EXPECTED=19 # the script's 7 (with the load through nginx), the helper's http 5, failover 6, write-line 1
    PASSED=$(grep -c '^CHECK|[^|]*|PASS|' "$RESULTS" || true)
    FAILED=$(grep -c '^CHECK|[^|]*|FAIL|' "$RESULTS" || true)
    if [ "$FAILED" = 0 ] && [ "$PASSED" -ge "$EXPECTED" ]; then
        echo "RESULT: PASS ($PASSED checks)"
        return 0
    fi
    echo "RESULT: FAIL ($PASSED passed, $FAILED failed, $EXPECTED expected at least)"
    return 1
}

cleanup() {
    local code=$?
    set +e
    [ "$SUMMARISED" = 1 ] || summary # a step that gave up early still shows what had passed
    [ -n "$WATCHDOG" ] && kill "$WATCHDOG" 2>/dev/null
    for pid in "${NODE_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null; done
    for pid in "${NODE_PIDS[@]}"; do timeout 20 tail --pid="$pid" -f /dev/null 2>/dev/null || kill -KILL "$pid" 2>/dev/null; done
    if [ -n "$NGINX_PID" ]; then kill -QUIT "$NGINX_PID" 2>/dev/null; timeout 10 tail --pid="$NGINX_PID" -f /dev/null; fi
    for data in "${CLUSTERS[@]}"; do
        [ -f "$data/postmaster.pid" ] && as_postgres "$PG_BIN/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1
    done
    if [ "${TWO_NODE_KEEP:-0}" = 1 ]; then echo "two-node: work folder kept: $WORK"; else rm -rf "$WORK"; fi
    exit "$code"
}
trap cleanup EXIT
trap 'echo "two-node: stopped (time limit or interrupt)" >&2; exit 124' TERM INT
# The watchdog takes its sleep with it when cleanup stops it; the sleep gets no copy of the output, so a caller
# reading the output through a pipe is not held open after the script ends.
(
    trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
    sleep "$LIMIT" > /dev/null 2>&1 < /dev/null & sleeper=$!
    wait "$sleeper"
    echo "two-node: over the ${LIMIT} s limit, stopping" >&2
    kill -TERM $$
) &
WATCHDOG=$!

wait_http() { # url seconds: until it answers 200
    local deadline=$((SECONDS + $2))
    until curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null; do
        [ $SECONDS -lt "$deadline" ] || return 1
        sleep 0.5
    done
}

# --- prerequisites ------------------------------------------------------------------------------------------------
[ -x "$PG_BIN/initdb" ] || fail "PostgreSQL 15" "no $PG_BIN/initdb (apt-get install postgresql-15)"
if ! command -v nginx >/dev/null; then
    say "installing nginx (Debian's package)"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light || \
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx; } >/dev/null 2>&1 || fail "nginx" "not installed and apt-get could not install it"
fi
NGINX="$(command -v nginx)"
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || fail "Chromium" "no ${CHROMIUM_PATH:-/usr/bin/chromium} (apt-get install chromium)"

# --- one published build, the helper --------------------------------------------------------------------------------
T=$SECONDS
if [ -n "${TWO_NODE_PUBLISHED:-}" ]; then
    PUBLISHED="$TWO_NODE_PUBLISHED"
else
    PUBLISHED="$WORK/publish"
    say "dotnet publish (Release) → $PUBLISHED"
    timeout 900 dotnet publish "$ROOT/src/TyollisyysAlue.Web" -c Release -o "$PUBLISHED" -nologo -v quiet > "$WORK/publish.log" 2>&1 \
        || { tail -20 "$WORK/publish.log"; fail "publish" "dotnet publish failed"; }
fi
[ -f "$PUBLISHED/TyollisyysAlue.Web.dll" ] || fail "publish" "no TyollisyysAlue.Web.dll in $PUBLISHED"
timeout 600 dotnet build "$ROOT/bench/TyollisyysAlue.TwoNode" -c Release -nologo -v quiet > "$WORK/helper-build.log" 2>&1 \
    || { tail -20 "$WORK/helper-build.log"; fail "helper build" "dotnet build of bench/TyollisyysAlue.TwoNode failed"; }
HELPER="$ROOT/bench/TyollisyysAlue.TwoNode/bin/Release/net10.0/TyollisyysAlue.TwoNode.dll"
timeout 600 dotnet build "$ROOT/bench/TyollisyysAlue.CircuitLoad" -c Release -nologo -v quiet > "$WORK/runner-build.log" 2>&1 \
    || { tail -20 "$WORK/runner-build.log"; fail "load runner build" "dotnet build of bench/TyollisyysAlue.CircuitLoad failed"; }
RUNNER="$ROOT/bench/TyollisyysAlue.CircuitLoad/bin/Release/net10.0/TyollisyysAlue.CircuitLoad.dll"
value build_s $((SECONDS - T))

# --- PostgreSQL with WAL archiving ------------------------------------------------------------------------------------
T=$SECONDS
PG="$WORK/pg"; DATA="$PG/data"; ARCHIVE="$WORK/backup/wal"; BACKUP="$WORK/backup"
mkdir -p "$PG" "$ARCHIVE"
PG_PORT=$(free_port)
SUPER_PW=$(secret); OWNER_PW=$(secret); APP_PW=$(secret)
echo "$SUPER_PW" > "$PG/pw"
give_to_postgres "$PG" "$BACKUP"
as_postgres "$PG_BIN/initdb" -D "$DATA" -U postgres --pwfile="$PG/pw" --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 > "$WORK/initdb.log" 2>&1 || { cat "$WORK/initdb.log"; fail "PostgreSQL" "initdb failed"; }
rm -f "$PG/pw"
# The settings of docs/deployment.md "PostgreSQL" that matter here: WAL for point-in-time recovery, archived by cp.
cat >> "$DATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG'
max_connections = 200
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $ARCHIVE/%f && cp %p $ARCHIVE/%f'
log_min_duration_statement = 500ms
EOF
CLUSTERS+=("$DATA")
as_postgres "$PG_BIN/pg_ctl" -D "$DATA" -l "$PG/server.log" -w -t 60 -o "-p $PG_PORT" start > /dev/null \
    || { tail -20 "$PG/server.log"; fail "PostgreSQL" "pg_ctl start failed"; }
# The two roles of the README's Configuration, as the app's own provisioning makes them (ClusterBootstrap).
psql_super "$PG" "$PG_PORT" postgres "
    CREATE ROLE tyollisyysalue_owner LOGIN CREATEROLE PASSWORD '$OWNER_PW';
    CREATE ROLE tyollisyysalue_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '$APP_PW';"
psql_super "$PG" "$PG_PORT" postgres "CREATE DATABASE tyollisyysalue OWNER tyollisyysalue_owner ENCODING 'UTF8'"
psql_super "$PG" "$PG_PORT" tyollisyysalue "ALTER SCHEMA public OWNER TO tyollisyysalue_owner; CREATE EXTENSION btree_gist;"
check "PostgreSQL 15 with WAL archiving" PASS "127.0.0.1:$PG_PORT, archive_mode=on → $ARCHIVE"
value postgres_s $((SECONDS - T))

# --- two nodes of one build -------------------------------------------------------------------------------------------
T=$SECONDS
P1=$(free_port); P2=$(free_port); PROXY_PORT=$(free_port)
KEY=$(python3 -c 'import base64, secrets; print(base64.b64encode(secrets.token_bytes(32)).decode())')
# The load step signs 20 users in from 127.0.0.1 within seconds (the default limit is 20 sign-in posts per minute per
# address) and asks each node directly for a forced full GC (served only to a direct loopback caller, never through
# nginx); neither setting changes what the other checks see.
start_node() { # name port seed
    ( cd "$PUBLISHED" && exec env \
        ASPNETCORE_ENVIRONMENT=Production \
        ASPNETCORE_URLS="http://127.0.0.1:$2" \
        ConnectionStrings__Owner="Host=127.0.0.1;Port=$PG_PORT;Database=tyollisyysalue;Username=tyollisyysalue_owner;Password=$OWNER_PW" \
        ConnectionStrings__App="Host=127.0.0.1;Port=$PG_PORT;Database=tyollisyysalue;Username=tyollisyysalue_app;Password=$APP_PW" \
        DataProtection__Key="$KEY" \
        ReverseProxy__KnownProxies__0=127.0.0.1 \
        Hosting__NodeName="$1" \
        Hosting__SecureCookies=false \
        Database__SeedDemoData="$3" \
        RateLimiting__SignInPerAddress=100000 \
        Diagnostics__AllowForcedGc=true \
        dotnet TyollisyysAlue.Web.dll ) > "$WORK/$1.log" 2>&1 &
    NODE_PIDS+=($!)
    disown "$!" # its end (SIGKILL in the failover) is checked here, not announced by bash
}
# node1 migrates and seeds the demo data once; node2 starts on the ready database (its migration step finds nothing to do).
start_node node1 "$P1" true
wait_http "http://127.0.0.1:$P1/health/ready" 300 || { tail -30 "$WORK/node1.log"; fail "node1" "not ready within 300 s"; }
start_node node2 "$P2" false
wait_http "http://127.0.0.1:$P2/health/ready" 300 || { tail -30 "$WORK/node2.log"; fail "node2" "not ready within 300 s"; }
check "two nodes of one build" PASS "node1 127.0.0.1:$P1 (pid ${NODE_PIDS[0]}), node2 127.0.0.1:$P2 (pid ${NODE_PIDS[1]}), same connection strings and DataProtection:Key"
value nodes_s $((SECONDS - T))

# --- nginx with the site of docs/deployment.md ------------------------------------------------------------------------
NG="$WORK/nginx"
mkdir -p "$NG/temp"
chmod 777 "$NG/temp" # nginx's workers run as nobody when the master is root
python3 "$HERE/render-nginx-site.py" "$ROOT/docs/deployment.md" "$PROXY_PORT" "$P1" "$P2" > "$NG/site.conf" \
    || fail "nginx site" "could not render the site from docs/deployment.md"
cat > "$NG/nginx.conf" <<EOF
worker_processes 1;
pid $NG/nginx.pid;
error_log $NG/error.log warn;
events { worker_connections 1024; }
http {
    log_format twonode '\$remote_addr "\$request" \$status upstream=\$upstream_addr ta_node=\$cookie_ta_node';
    access_log $NG/access.log twonode;
    client_body_temp_path $NG/temp/body;
    proxy_temp_path $NG/temp/proxy;
    fastcgi_temp_path $NG/temp/fastcgi;
    uwsgi_temp_path $NG/temp/uwsgi;
    scgi_temp_path $NG/temp/scgi;
    include $NG/site.conf;
}
EOF
"$NGINX" -t -q -e "$NG/error.log" -p "$NG" -c "$NG/nginx.conf" 2>&1 || fail "nginx -t" "the rendered configuration is invalid"
"$NGINX" -e "$NG/error.log" -p "$NG" -c "$NG/nginx.conf" -g 'daemon off;' > "$NG/stdout.log" 2>&1 &
NGINX_PID=$!
PROXY="http://127.0.0.1:$PROXY_PORT"
wait_http "$PROXY/health/ready" 30 || { cat "$NG/error.log"; fail "nginx" "no answer through $PROXY"; }
check "nginx with the site of docs/deployment.md" PASS "$PROXY → node1, node2 (nginx -t passed)"

helper() { timeout "$1" dotnet "$HELPER" "${@:2}" --proxy "$PROXY" --node "node1=http://127.0.0.1:$P1" --node "node2=http://127.0.0.1:$P2" --results "$RESULTS"; }

# --- sign-in, shared keys, affinity -------------------------------------------------------------------------------------
helper 120 http || true   # its checks are in the results; the summary decides

# --- the circuit load generator through nginx, reported per node ---------------------------------------------------------
# Headless users (Blazor's protocol over SignalR) through the proxy; each learns its node from the X-Node of its page
# responses (nginx's affinity cookie then takes its circuit's WebSocket there), and each node is sampled at its own
# address and process. 0 errors allowed; both nodes must have served users.
T=$SECONDS
LOAD_JSON="$WORK/load-summary.json"
LOAD_PER_NODE="$WORK/load-per-node.txt"
LOAD_NODES=(--node "node1=${NODE_PIDS[0]}@http://127.0.0.1:$P1" --node "node2=${NODE_PIDS[1]}@http://127.0.0.1:$P2")
say "circuit load through nginx: 20 headless users, one round each"
LOAD_CODE=0
timeout 300 dotnet "$RUNNER" --driver headless --url "$PROXY" --accounts demo \
    --users 20 --ramp-seconds 10 --rounds 1 --think-seconds 1 --seconds 120 --max-error-percent 0 \
    "${LOAD_NODES[@]}" \
    --pg "Host=127.0.0.1;Port=$PG_PORT;Database=tyollisyysalue;Username=tyollisyysalue_owner;Password=$OWNER_PW" \
    --summary-json "$LOAD_JSON" > "$WORK/load.txt" 2>&1 || LOAD_CODE=$?
# The report from its per-node table to its verdict (the per-node servers' blocks included).
awk '/^Per node/ { p = 1 } p { print } /^Errors [0-9]+ of/ { p = 0 }' "$WORK/load.txt" > "$LOAD_PER_NODE"
LOAD_VERDICT=$(python3 - "$LOAD_JSON" "$LOAD_CODE" <<'PY'
import json, sys
path, code = sys.argv[1], int(sys.argv[2])
try:
    run = json.load(open(path))
except (OSError, ValueError) as e:
    print(f"FAIL|runner exit {code}, no summary ({e})")
    sys.exit()
nodes = {n["node"]: n for n in run["nodes"]}
served = [name for name in ("node1", "node2") if nodes.get(name, {}).get("users", 0) > 0]
def p95(node, kind):
    k = nodes[node]["kinds"].get(kind)
    return f"{k['p95']:.0f}" if k else "-"
parts = [f"{n} {nodes[n]['users']} users, {nodes[n]['actions']} actions, {nodes[n]['errors']} errors, "
         f"p95 navigation {p95(n, 'navigation')} ms / interaction {p95(n, 'interaction')} ms" for n in sorted(nodes)]
ok = code == 0 and run["errors"] == 0 and len(served) == 2
print(("PASS" if ok else "FAIL") + f"|runner exit {code}; {run['users']} users, {run['actions']} actions, {run['errors']} errors; " + "; ".join(parts))
PY
) || LOAD_VERDICT="FAIL|the runner's summary $LOAD_JSON could not be read (exit $LOAD_CODE)"
check "circuit load through nginx, per node" "${LOAD_VERDICT%%|*}" "${LOAD_VERDICT#*|}"
value load_s $((SECONDS - T))
[ "${LOAD_VERDICT%%|*}" = PASS ] || tail -40 "$WORK/load.txt"

# --- a node dies under a user ---------------------------------------------------------------------------------------------
helper 400 failover --lines "$LINES" --label "Vikasieto" --pid "node1=${NODE_PIDS[0]}" --pid "node2=${NODE_PIDS[1]}" || true
CONFIRMED=$(awk -F'|' '$1 == "VALUE" && $2 == "confirmed_lines" { print $3 }' "$RESULTS")
ROWS=$(psql_super "$PG" "$PG_PORT" tyollisyysalue "SELECT count(*) FROM budget_lines WHERE label LIKE 'Vikasieto %'")
if [ -n "$CONFIRMED" ] && [ "$CONFIRMED" -gt 0 ] && [ "$ROWS" -ge "$CONFIRMED" ]; then
    check "no confirmed write lost" PASS "$CONFIRMED saves confirmed in the browser, $ROWS rows in PostgreSQL"
else
    check "no confirmed write lost" FAIL "${CONFIRMED:-no} saves confirmed in the browser, $ROWS rows in PostgreSQL"
fi
value websocket_upgrades "$(grep -c '"GET /_blazor?id=' "$NG/access.log" || true)"

# --- restore drill ------------------------------------------------------------------------------------------------------------
# (a) base backup, then one more write through the app: point-in-time recovery must bring that write back.
T=$SECONDS
as_postgres timeout 300 "$PG_BIN/pg_basebackup" -h "$PG" -p "$PG_PORT" -U postgres --pgdata="$BACKUP/base" \
    --format=tar --gzip --wal-method=stream --checkpoint=fast > "$WORK/basebackup.log" 2>&1 \
    || { cat "$WORK/basebackup.log"; fail "base backup" "pg_basebackup failed"; }
value basebackup_s $((SECONDS - T))
MARK="Varmuuskopion jälkeen $(date -u +%H%M%S)"
helper 200 write-line --label "$MARK" || true
# The app is done: stop the nodes so that the dump and the counts see one quiet database.
for pid in "${NODE_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
for pid in "${NODE_PIDS[@]}"; do timeout 30 tail --pid="$pid" -f /dev/null 2>/dev/null || true; done

# (b) logical dump → a fresh database → every table's row count equal.
T=$SECONDS
COUNT_SQL=$(psql_super "$PG" "$PG_PORT" tyollisyysalue \
    "SELECT string_agg(format('SELECT %L, count(*) FROM public.%I', tablename, tablename), ' UNION ALL ' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'")
as_postgres timeout 300 "$PG_BIN/pg_dump" -h "$PG" -p "$PG_PORT" -U postgres --format=custom --file="$BACKUP/tyollisyysalue.dump" tyollisyysalue \
    || fail "pg_dump" "the dump failed"
psql_super "$PG" "$PG_PORT" postgres "CREATE DATABASE tyollisyysalue_drill OWNER tyollisyysalue_owner ENCODING 'UTF8'"
as_postgres timeout 300 "$PG_BIN/pg_restore" -h "$PG" -p "$PG_PORT" -U postgres --dbname=tyollisyysalue_drill \
    --no-owner --role=tyollisyysalue_owner --exit-on-error "$BACKUP/tyollisyysalue.dump" > "$WORK/restore.log" 2>&1 \
    || { cat "$WORK/restore.log"; fail "pg_restore" "the restore into a fresh database failed"; }
psql_super "$PG" "$PG_PORT" tyollisyysalue "$COUNT_SQL" | sort > "$WORK/counts-source.txt"
psql_super "$PG" "$PG_PORT" tyollisyysalue_drill "$COUNT_SQL" | sort > "$WORK/counts-restored.txt"
TABLES=$(wc -l < "$WORK/counts-source.txt")
TOTAL=$(awk -F'|' '{ n += $2 } END { print n + 0 }' "$WORK/counts-source.txt")
if diff -q "$WORK/counts-source.txt" "$WORK/counts-restored.txt" > /dev/null && [ "$TABLES" -gt 0 ]; then
    check "pg_dump → fresh database: row counts equal" PASS "$TABLES tables, $TOTAL rows, $(du -h "$BACKUP/tyollisyysalue.dump" | cut -f1) dump"
else
    check "pg_dump → fresh database: row counts equal" FAIL "$(diff "$WORK/counts-source.txt" "$WORK/counts-restored.txt" | head -5 | tr '\n' ' ')"
fi
value dump_restore_s $((SECONDS - T))

# (c) base backup + archived WAL → a restored cluster on another port, recovered to the end of the archive.
T=$SECONDS
# Close the WAL segment holding that write and wait until archive_command has copied it.
SWITCHED=$(psql_super "$PG" "$PG_PORT" postgres "SELECT pg_walfile_name(pg_switch_wal())")
deadline=$((SECONDS + 60))
until [ "$(psql_super "$PG" "$PG_PORT" postgres "SELECT coalesce(last_archived_wal >= '$SWITCHED', false) FROM pg_stat_archiver")" = t ]; do
    [ $SECONDS -lt $deadline ] || fail "WAL archive" "$SWITCHED was not archived within 60 s"
    sleep 0.5
done
RESTORED="$WORK/restored"; RESTORED_DATA="$RESTORED/data"; R_PORT=$(free_port)
mkdir -p "$RESTORED_DATA"
tar -xzf "$BACKUP/base/base.tar.gz" -C "$RESTORED_DATA"
tar -xzf "$BACKUP/base/pg_wal.tar.gz" -C "$RESTORED_DATA/pg_wal"
chmod 700 "$RESTORED_DATA"
cat >> "$RESTORED_DATA/postgresql.auto.conf" <<EOF
restore_command = 'cp $ARCHIVE/%f %p'
archive_mode = off
unix_socket_directories = '$RESTORED'
EOF
touch "$RESTORED_DATA/recovery.signal"
give_to_postgres "$RESTORED"
CLUSTERS+=("$RESTORED_DATA")
as_postgres "$PG_BIN/pg_ctl" -D "$RESTORED_DATA" -l "$RESTORED/server.log" -w -t 120 -o "-p $R_PORT" start > /dev/null \
    || { tail -20 "$RESTORED/server.log"; fail "point-in-time restore" "the restored cluster did not start"; }
deadline=$((SECONDS + 120))
until [ "$(psql_super "$RESTORED" "$R_PORT" postgres "SELECT pg_is_in_recovery()" 2>/dev/null)" = "f" ]; do
    [ $SECONDS -lt $deadline ] || { tail -20 "$RESTORED/server.log"; fail "point-in-time restore" "still in recovery after 120 s"; }
    sleep 0.5
done
FOUND=$(psql_super "$RESTORED" "$R_PORT" tyollisyysalue "SELECT count(*) FROM budget_lines WHERE label = '$MARK'")
SOURCE_LINES=$(psql_super "$PG" "$PG_PORT" tyollisyysalue "SELECT count(*) FROM budget_lines")
RESTORED_LINES=$(psql_super "$RESTORED" "$R_PORT" tyollisyysalue "SELECT count(*) FROM budget_lines")
if [ "$FOUND" = 1 ] && [ "$SOURCE_LINES" = "$RESTORED_LINES" ]; then
    check "base backup + WAL → restored cluster has the last write" PASS "\"$MARK\" (saved after the base backup) present on 127.0.0.1:$R_PORT; budget_lines $RESTORED_LINES = $SOURCE_LINES"
else
    check "base backup + WAL → restored cluster has the last write" FAIL "\"$MARK\" found $FOUND time(s); budget_lines restored $RESTORED_LINES, source $SOURCE_LINES"
fi
value pitr_restore_s $((SECONDS - T))

# --- summary ---------------------------------------------------------------------------------------------------------------
summary
