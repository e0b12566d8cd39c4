#!/usr/bin/env bash
# One measured run of the circuit load generator against a freshly started app (Release build, Development demo data):
#   bash bench/circuit-measure.sh <label> <load options…>
# The app's GC and circuit settings come from the environment, e.g.
#   DOTNET_gcServer=1 bash bench/circuit-measure.sh server-gc --mode idle --users 30 --ramp-seconds 60 --seconds 150
# It starts the app on 127.0.0.1:5187 with its private PostgreSQL in $DATA_ROOT (default /tmp/circuit-measure), the
# sign-in rate limit raised and the forced-GC endpoint on, runs the load with --server-pid and --pg, stops the app, and
# appends the report to bench/circuit-runs/<label>.txt. Build first: dotnet build -c Release.
# NATIONAL=1 runs against the national dataset instead (bench/TyollisyysAlue.NationalData, filled first; its cluster in
# NATIONAL_ROOT, default /var/lib/tyollisyysalue/postgres-national as root, else ~/.local/share/…): the app in
# Production without demo data; pass --accounts with the dataset's accounts CSV (NationalData --accounts-csv FILE).
set -euo pipefail
label=$1; shift
root=$(cd "$(dirname "$0")/.." && pwd)
data=${DATA_ROOT:-/tmp/circuit-measure}
port=${PORT:-5187}
mkdir -p "$root/bench/circuit-runs" "$data"
# Production wants a key for the Data Protection key ring at rest; one per dataset, kept beside it, so the ring written
# by an earlier run still opens.
national_key() {
  [ -f "$pgroot/bench-dataprotection.key" ] || head -c 32 /dev/urandom | base64 > "$pgroot/bench-dataprotection.key"
  cat "$pgroot/bench-dataprotection.key"
}
if [ "${NATIONAL:-0}" = 1 ]; then
  if [ "$(id -u)" = 0 ]; then default_national=/var/lib/tyollisyysalue/postgres-national
  else default_national="$HOME/.local/share/tyollisyysalue/postgres-national"; fi
  pgroot=${NATIONAL_ROOT:-$default_national}
  [ -f "$pgroot/credentials.json" ] || { echo "No national dataset in $pgroot: run bench/TyollisyysAlue.NationalData first." >&2; exit 2; }
  app_env=(ASPNETCORE_ENVIRONMENT=Production Database__SeedDemoData=false Hosting__SecureCookies=false
    "DataProtection__Key=$(national_key)")
else
  pgroot="$data/pg"
  app_env=(ASPNETCORE_ENVIRONMENT=Development)
fi
cd "$root/src/TyollisyysAlue.Web"
env "${app_env[@]}" Database__DataRoot="$pgroot" ASPNETCORE_URLS="http://127.0.0.1:$port" \
  RateLimiting__SignInPerAddress=100000 Diagnostics__AllowForcedGc=true \
  dotnet bin/Release/net10.0/TyollisyysAlue.Web.dll > "$data/app-$label.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/account/login" && break
  sleep 2
done
pgport=$(sed -n 's/.* -p \([0-9]*\) .*/\1/p' <(ps -o args= -C postgres | grep -- "-D $pgroot/data" | head -1))
password=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['Superuser'])" "$pgroot/credentials.json")
cd "$root"
{
  echo "== $label $(date -u +%FT%TZ) national=${NATIONAL:-0} env: $(env | grep -E '^(DOTNET_(gc|GC)|Circuits__)' | tr '\n' ' ')"
  dotnet bench/TyollisyysAlue.CircuitLoad/bin/Release/net10.0/TyollisyysAlue.CircuitLoad.dll --url "http://127.0.0.1:$port" \
    --server-pid "$app" --pg "Host=127.0.0.1;Port=$pgport;Username=postgres;Password=$password;Database=tyollisyysalue" "$@" || true
} | tee -a "$root/bench/circuit-runs/$label.txt"
