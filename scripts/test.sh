#!/usr/bin/env bash
# Runs every test of TyollisyysAlue on a fresh machine with the .NET SDK.
# Installs what the tests need (Chromium, PostgreSQL server binaries) when missing; a prerequisite that
# cannot be installed is a failure, never a skip. The tests start their own private PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] || need_apt+=(chromium)
if ! compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null && ! command -v pg_ctl >/dev/null; then
  need_apt+=(postgresql)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== Installing ${need_apt[*]}"
  if [ "$(id -u)" -eq 0 ]; then apt_cmd=(apt-get); elif command -v sudo >/dev/null; then apt_cmd=(sudo apt-get); else
    echo "Missing ${need_apt[*]} and no way to install them (run as root or install them)." >&2; exit 1
  fi
  "${apt_cmd[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt_cmd[@]}" install -y -qq "${need_apt[@]}" >/dev/null
fi
[ -x "$browser" ] || { echo "Chromium is required for the browser tests ($browser)." >&2; exit 1; }

echo "== Build (warnings are errors)"
dotnet tool restore >/dev/null
dotnet build TyollisyysAlue.sln -c Release -warnaserror -nologo -v quiet

echo "== Migrations match the model"
dotnet ef migrations has-pending-model-changes --project src/TyollisyysAlue.Infrastructure -c Release --no-build

echo "== Tests"
results=$(mktemp -d)
status=0
dotnet test TyollisyysAlue.sln -c Release --no-build --logger "trx" --results-directory "$results" || status=$?

# One closing line for every test assembly together.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters"); f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  t=$(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$counters"); e=$(sed -E 's/.* executed="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + t - e))
done
rm -rf "$results"
if [ "$skipped" -gt 0 ]; then echo "Skipped tests are not allowed: $skipped" >&2; status=1; fi
if [ "$passed" -eq 0 ]; then echo "No test ran." >&2; status=1; fi
echo "$passed passed, $failed failed"
exit $status
