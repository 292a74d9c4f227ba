#!/usr/bin/env bash
# Measures finance's bill generation for a company of 100,000 units: the time of one
# POST /api/finance/billing-runs (refresh of finance's copy of the units from customer service in keyset pages of
# 10,000, then one INSERT … SELECT of every bill of the period) as curl sees it, over fresh periods, on a throwaway
# PostgreSQL cluster (run.sh's settings, fsync on) and the Release Host with every built module. The units go in
# through customer service's CSV import in chunks; the company has two fee items (per m² and per unit), so each
# period makes 200,000 bills. Prints each run and the median.
# Usage: build/measure-bill-generation.sh [runs] [units]   (builds Release first unless SKIP_BUILD=1)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
source build/pg.sh
RUNS=${1:-3}
UNITS=${2:-100000}
CHUNK=20000
ADMIN_EMAIL=admin@measure.local
ADMIN_PASSWORD='Measure!2026'

pg_ensure_installed
[ "${SKIP_BUILD:-0}" = 1 ] || CONFIGURATION=Release bash build/build.sh >/dev/null
DIR=$(mktemp -d /tmp/estate-bills-pg.XXXXXX)
chmod 755 "$DIR" && chown postgres "$DIR"
PORT=$(pg_free_port)
HTTP_PORT=$(pg_free_port)
URL="http://127.0.0.1:$HTTP_PORT"
trap 'kill "${HOST_PID:-0}" 2>/dev/null || true; pg_stop "$DIR" >/dev/null 2>&1; rm -rf "$DIR"' EXIT
pg_start "$DIR" "$PORT" dev >/dev/null
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres estate
psql() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d estate -qtAX -c "$1"; }

export ConnectionStrings__Estate="Host=127.0.0.1;Port=$PORT;Database=estate;Username=postgres"
export Modules__Path="$REPO/artifacts/modules" Logging__LogLevel__Default=Warning Jobs__Enabled=false
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

ADMIN=$(token "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
email="admin-$RANDOM@measure.local"
post "$ADMIN" /api/platform/organizations \
  "{\"name\":\"Measure bills\",\"timeZone\":\"Asia/Shanghai\",\"admin\":{\"email\":\"$email\",\"password\":\"$ADMIN_PASSWORD\",\"displayName\":\"Measure\"}}" >/dev/null
COMPANY=$(token "$email" "$ADMIN_PASSWORD")
post "$COMPANY" /api/platform/properties '{"name":"Measure Park","address":"1 Measure Road"}' >/dev/null

# 500 units a building (entrance-floor-room numbers), floor areas from 60 to 160 m², imported CHUNK rows at a time.
start=$(date +%s)
for first in $(seq 0 "$CHUNK" $((UNITS - 1))); do
  awk -v from="$first" -v n="$(( first + CHUNK < UNITS ? CHUNK : UNITS - first ))" 'BEGIN {
    print "property,building,unit,entrance,floor,area"
    for (i = from; i < from + n; i++) {
      b = int(i / 500) + 1; k = i % 500; e = int(k / 100) + 1; f = int((k % 100) / 4) + 1; r = k % 4 + 1
      printf "Measure Park,%d栋,%d-%d%02d,%d单元,%d,%.2f\n", b, e, f, r, e, f, 60 + (i * 37 % 10000) / 100
    }
  }' >"$DIR/units.csv"
  curl -sf -o /dev/null -H "Authorization: Bearer $COMPANY" -H 'Content-Type: text/csv' --data-binary @"$DIR/units.csv" "$URL/api/customer-service/imports/units" \
    || { echo "CSV import of rows from $first failed" >&2; exit 1; }
done
echo "imported $(psql "SELECT count(*) FROM customer_service.units") units in $(( $(date +%s) - start )) s"
post "$COMPANY" /api/finance/fee-items '{"name":"物业服务费","kind":"perSquareMetre","unitPrice":2.5,"activeFrom":"2020-01-01"}' >/dev/null
post "$COMPANY" /api/finance/fee-items '{"name":"公共区域水电分摊","kind":"perUnit","unitPrice":12,"activeFrom":"2020-01-01"}' >/dev/null

# Customer service's 100,000 UnitChanged events reach finance's copy through the outbox in the background; the
# timing starts once they are delivered, as a monthly run would find them.
until [ "$(psql "SELECT count(*) FROM customer_service.outbox_messages WHERE processed_at IS NULL")" = 0 ]; do sleep 2; done
echo "outbox delivered after $(( $(date +%s) - start )) s; finance's copy holds $(psql "SELECT count(*) FROM finance.billable_units") units"

times=()
for run in $(seq 1 "$RUNS"); do
  period=$(printf '2025-%02d' "$run")
  result=$(curl -s -o "$DIR/answer.json" -w '%{time_total} %{http_code}' -H "Authorization: Bearer $COMPANY" -H 'Content-Type: application/json' \
    -d "{\"period\":\"$period\"}" "$URL/api/finance/billing-runs")
  read -r seconds status <<<"$result"
  if [ "$status" != 200 ]; then
    echo "run $run: HTTP $status: $(head -c 500 "$DIR/answer.json")" >&2
    exit 1
  fi
  times+=("$seconds")
  echo "run $run ($period): ${seconds} s ($(json "['billsCreated']" <"$DIR/answer.json") bills for $(json "['unitsBilled']" <"$DIR/answer.json") units, units read $(json "['unitsRead']" <"$DIR/answer.json"))"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "bill generation for $UNITS units (one request), median of $RUNS: ${median} s"
