#!/usr/bin/env bash
# Runs every test of TyollisyysAlue on a fresh machine with the .NET SDK.
# Installs what the tests need (Chromium, PostgreSQL server binaries, LibreOffice Writer for the plan import's
# fixtures, Node.js and npm for the organisation sign-in's OpenID provider, nginx for the deployment guide's site) when missing; a prerequisite that
# cannot be installed is a failure, never a skip. The tests start their own private PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] || need_apt+=(chromium)
soffice="${SOFFICE_PATH:-/usr/bin/soffice}"
[ -x "$soffice" ] || need_apt+=(libreoffice-writer-nogui)
# Calc recomputes the follow-up xlsx's live formulas in the export tests.
calc_lib="$(dirname "$(readlink -f "$soffice" 2>/dev/null || echo /usr/lib/libreoffice/program/soffice)")/libsclo.so"
[ -e "$calc_lib" ] || need_apt+=(libreoffice-calc-nogui)
command -v node >/dev/null || need_apt+=(nodejs)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need_apt+=(nginx) # NginxSiteTests: nginx -t of the documented site
command -v npm >/dev/null || need_apt+=(npm)
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
[ -x "$soffice" ] || { echo "LibreOffice Writer is required to make the plan import's .docx/.odt fixtures ($soffice)." >&2; exit 1; }
calc_lib="$(dirname "$(readlink -f "$soffice")")/libsclo.so"
[ -e "$calc_lib" ] || { echo "LibreOffice Calc is required to recompute the exported xlsx formulas ($calc_lib)." >&2; exit 1; }

# The organisation sign-in tests run a real OpenID provider (tests/oidc-provider, npm's oidc-provider) with Node.js.
command -v node >/dev/null && command -v npm >/dev/null \
  || { echo "Node.js and npm are required for the organisation sign-in tests' OpenID provider." >&2; exit 1; }
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || { echo "Node.js 20 or later is required (found $(node --version)); 22 LTS is recommended." >&2; exit 1; }
echo "== OpenID provider for the tests (npm ci)"
(cd tests/oidc-provider && npm ci --no-audit --no-fund --loglevel=error)

echo "== Build (warnings are errors)"
dotnet tool restore >/dev/null
dotnet build TyollisyysAlue.sln -c Release -warnaserror -nologo -v quiet

echo "== Migrations match the model"
dotnet ef migrations has-pending-model-changes --project src/TyollisyysAlue.Infrastructure --configuration Release --no-build

echo "== Tests"
log=$(mktemp)
status=0
dotnet test TyollisyysAlue.sln -c Release --no-build 2>&1 | tee "$log" || status=$?

# One closing line for all test assemblies together, from each assembly's summary line.
read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
assemblies=$(grep -cE '^(Passed|Failed)!' "$log" || true)
rm -f "$log"
if [ "$assemblies" -lt 6 ]; then echo "Expected 6 test assemblies to report, got $assemblies." >&2; status=1; fi
if [ "$skipped" -gt 0 ]; then echo "Skipped tests are not allowed: $skipped" >&2; status=1; fi
if [ "$passed" -eq 0 ]; then echo "No test ran." >&2; status=1; fi
echo "$passed passed, $failed failed"
exit $status
