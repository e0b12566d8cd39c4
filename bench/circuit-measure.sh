#!/usr/bin/env bash
# One measured run of the circuit load generator against a freshly started app (Release build, Development demo data):
#   bash bench/circuit-measure.sh <label> <load options…>
# The app's GC and circuit settings come from the environment, e.g.
#   DOTNET_gcServer=1 bash bench/circuit-measure.sh server-gc --mode idle --users 30 --ramp-seconds 60 --seconds 150
# It starts the app on 127.0.0.1:5187 with its private PostgreSQL in $DATA_ROOT (default /tmp/circuit-measure), the
# sign-in rate limit raised and the forced-GC endpoint on, runs the load with --server-pid and --pg, stops the app, and
# appends the report to bench/circuit-runs/<label>.txt. Build first: dotnet build -c Release.
set -euo pipefail
label=$1; shift
root=$(cd "$(dirname "$0")/.." && pwd)
data=${DATA_ROOT:-/tmp/circuit-measure}
port=${PORT:-5187}
mkdir -p "$root/bench/circuit-runs" "$data"
cd "$root/src/TyollisyysAlue.Web"
ASPNETCORE_ENVIRONMENT=Development Database__DataRoot="$data/pg" ASPNETCORE_URLS="http://127.0.0.1:$port" \
  RateLimiting__SignInPerAddress=100000 Diagnostics__AllowForcedGc=true \
  dotnet bin/Release/net10.0/TyollisyysAlue.Web.dll > "$data/app-$label.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/account/login" && break
  sleep 2
done
pgport=$(sed -n 's/.* -p \([0-9]*\) .*/\1/p' <(ps -o args= -C postgres | grep -- "-D $data/pg/data" | head -1))
password=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['Superuser'])" "$data/pg/credentials.json")
cd "$root"
{
  echo "== $label $(date -u +%FT%TZ) env: $(env | grep -E '^(DOTNET_(gc|GC)|Circuits__)' | tr '\n' ' ')"
  dotnet bench/TyollisyysAlue.CircuitLoad/bin/Release/net10.0/TyollisyysAlue.CircuitLoad.dll --url "http://127.0.0.1:$port" \
    --server-pid "$app" --pg "Host=127.0.0.1;Port=$pgport;Username=postgres;Password=$password;Database=tyollisyysalue" "$@" || true
} | tee -a "$root/bench/circuit-runs/$label.txt"
