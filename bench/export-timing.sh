#!/usr/bin/env bash
# How long the committee's downloads take for the largest area of the national dataset (issue 17: "the committee
# xlsx/PDF of the largest area < 1 s"): starts the app on the national dataset (as bench/circuit-measure.sh NATIONAL=1),
# signs in as bench-01's administrator, and fetches each download once to warm up and then REPEATS times (default 10),
# printing min / median / max to the last byte. Appends the report to bench/circuit-runs/export-timing.txt.
#   bash bench/export-timing.sh [repeats]
# Build first: dotnet build -c Release; fill the dataset first: dotnet run -c Release --project bench/TyollisyysAlue.NationalData
set -euo pipefail
repeats=${1:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
data=${DATA_ROOT:-/tmp/export-timing}
port=${PORT:-5188}
mkdir -p "$root/bench/circuit-runs" "$data"
NATIONAL=1
source "$root/bench/lib/measured-app.sh"
start_measured_app export-timing
year=$(date +%Y)
area=/areas/bench-01
{
  echo "== export-timing $(date -u +%FT%TZ) bench-01 (24 members), year $year, $repeats repeats, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 "$root/bench/lib/export_timing.py" "http://127.0.0.1:$port" admin-000.bench-01@bench.example.fi Kansallinen-Penkki-45 "$repeats" \
    "$area/budget/$year/export/xlsx" "$area/budget/$year/export/pdf" "$area/budget/$((year - 1))/export/xlsx" "$area/budget/$((year - 1))/export/pdf" \
    "$area/follow-up/report.pdf?year=$year" "$area/follow-up/report.docx?year=$year"
} | tee -a "$root/bench/circuit-runs/export-timing.txt"
