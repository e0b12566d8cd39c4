# Starts the app for a measured run (sourced by bench/circuit-measure.sh and bench/export-timing.sh):
#   start_measured_app <label>
# Release build on 127.0.0.1:$port with the sign-in rate limit raised (every simulated user signs in from 127.0.0.1)
# and the forced-GC endpoint on. Without NATIONAL: Development demo data in its private PostgreSQL under $data/pg.
# NATIONAL=1: the national dataset (bench/TyollisyysAlue.NationalData, filled first; its cluster in NATIONAL_ROOT,
# default /var/lib/tyollisyysalue/postgres-national as root, else ~/.local/share/…), the app in Production without
# demo data. Sets app (its pid, stopped on exit), pgroot, pgport and pgpassword (the cluster's superuser).
# Needs root, data, port.

# Production wants a key for the Data Protection key ring at rest; one per dataset, kept beside it, so the ring written
# by an earlier run still opens.
national_key() {
  [ -f "$pgroot/bench-dataprotection.key" ] || head -c 32 /dev/urandom | base64 > "$pgroot/bench-dataprotection.key"
  cat "$pgroot/bench-dataprotection.key"
}

start_measured_app() {
  local label=$1 app_env default_national
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
  (cd "$root/src/TyollisyysAlue.Web" &&
    exec env "${app_env[@]}" Database__DataRoot="$pgroot" ASPNETCORE_URLS="http://127.0.0.1:$port" \
      RateLimiting__SignInPerAddress=100000 Diagnostics__AllowForcedGc=true \
      dotnet bin/Release/net10.0/TyollisyysAlue.Web.dll > "$data/app-$label.log" 2>&1) &
  app=$!
  trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/account/login" && break
    sleep 2
  done
  curl -sf -o /dev/null "http://127.0.0.1:$port/account/login" || { echo "The app did not start:" >&2; tail -20 "$data/app-$label.log" >&2; exit 1; }
  pgport=$(sed -n 's/.* -p \([0-9]*\) .*/\1/p' <(ps -o args= -C postgres | grep -- "-D $pgroot/data" | head -1))
  pgpassword=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['Superuser'])" "$pgroot/credentials.json")
}
