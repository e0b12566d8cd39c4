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
source "$root/bench/lib/measured-app.sh"
start_measured_app "$label"
password=$pgpassword
cd "$root"
{
  echo "== $label $(date -u +%FT%TZ) national=${NATIONAL:-0} env: $(env | grep -E '^(DOTNET_(gc|GC)|Circuits__)' | tr '\n' ' ')"
  dotnet bench/TyollisyysAlue.CircuitLoad/bin/Release/net10.0/TyollisyysAlue.CircuitLoad.dll --url "http://127.0.0.1:$port" \
    --server-pid "$app" --pg "Host=127.0.0.1;Port=$pgport;Username=postgres;Password=$password;Database=tyollisyysalue" "$@" || true
} | tee -a "$root/bench/circuit-runs/$label.txt"
