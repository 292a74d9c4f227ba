#!/usr/bin/env bash
# Measures a CSV import of 10,000 units through customer service's API: the time of the one request
# (upload, validation, storage of units, buildings and their UnitChanged events) as curl sees it, each run
# into a fresh company, on a throwaway PostgreSQL cluster and the Release Host. Prints each run and the median.
# Usage: build/measure-csv-import.sh [runs] [units]   (builds Release first unless SKIP_BUILD=1)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
source build/pg.sh
RUNS=${1:-3}
UNITS=${2:-10000}
ADMIN_EMAIL=admin@measure.local
ADMIN_PASSWORD='Measure!2026'

pg_ensure_installed
[ "${SKIP_BUILD:-0}" = 1 ] || CONFIGURATION=Release bash build/build.sh >/dev/null
DIR=$(mktemp -d /tmp/estate-csv-pg.XXXXXX)
chmod 755 "$DIR" && chown postgres "$DIR"
PORT=$(pg_free_port)
HTTP_PORT=$(pg_free_port)
URL="http://127.0.0.1:$HTTP_PORT"
trap 'kill "${HOST_PID:-0}" 2>/dev/null || true; pg_stop "$DIR" >/dev/null 2>&1; rm -rf "$DIR"' EXIT
# The settings run.sh uses (fsync on), not the test cluster's.
pg_start "$DIR" "$PORT" dev >/dev/null
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres estate

export ConnectionStrings__Estate="Host=127.0.0.1;Port=$PORT;Database=estate;Username=postgres"
export Modules__Path="$REPO/artifacts/modules" Logging__LogLevel__Default=Warning
export Seed__AdminEmail="$ADMIN_EMAIL" Seed__AdminPassword="$ADMIN_PASSWORD"
(cd artifacts/host && exec dotnet Estate.Host.dll --urls "$URL" >"$DIR/host.log" 2>&1) &
HOST_PID=$!
until curl -sf "$URL/health/ready" >/dev/null 2>&1; do
  kill -0 "$HOST_PID" 2>/dev/null || { cat "$DIR/host.log" >&2; exit 1; }
  sleep 0.2
done

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
token() { curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$2\"}" "$URL/api/auth/login" | json "['accessToken']"; }
post() { curl -sf -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" "$URL$2"; }

# 20 buildings of 500 units: entrance-floor-room numbers, floor areas from 60 to 160 m².
CSV="$DIR/units.csv"
awk -v n="$UNITS" 'BEGIN {
  print "property,building,unit,entrance,floor,area"
  for (i = 0; i < n; i++) {
    b = int(i / 500) + 1; k = i % 500; e = int(k / 100) + 1; f = int((k % 100) / 4) + 1; r = k % 4 + 1
    printf "Measure Park,%d栋,%d-%d%02d,%d单元,%d,%.2f\n", b, e, f, r, e, f, 60 + (i * 37 % 10000) / 100
  }
}' >"$CSV"

ADMIN=$(token "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
times=()
for run in $(seq 1 "$RUNS"); do
  email="admin-$run-$RANDOM@measure.local"
  post "$ADMIN" /api/platform/organizations \
    "{\"name\":\"Measure $run $RANDOM\",\"timeZone\":\"Asia/Shanghai\",\"admin\":{\"email\":\"$email\",\"password\":\"$ADMIN_PASSWORD\",\"displayName\":\"Measure\"}}" >/dev/null
  COMPANY=$(token "$email" "$ADMIN_PASSWORD")
  post "$COMPANY" /api/platform/properties '{"name":"Measure Park","address":"1 Measure Road"}' >/dev/null
  result=$(curl -s -o "$DIR/answer.json" -w '%{time_total} %{http_code}' -H "Authorization: Bearer $COMPANY" -H 'Content-Type: text/csv' \
    --data-binary @"$CSV" "$URL/api/customer-service/imports/units")
  read -r seconds status <<<"$result"
  if [ "$status" != 200 ]; then
    echo "run $run: HTTP $status: $(head -c 500 "$DIR/answer.json")" >&2
    exit 1
  fi
  times+=("$seconds")
  echo "run $run: ${seconds} s ($(json "['created']" <"$DIR/answer.json") units created)"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "CSV import of $UNITS units (one request), median of $RUNS: ${median} s"
