#!/usr/bin/env bash
# Benchmarks at scale (issue 7): each scenario's EF Core endpoint (A) against the raw baseline (B, the same SQL
# through an NpgsqlDataSource in the same process: tests/Modules/RawBaseline), alternating A/B with wrk for the
# maximum rate, then a fixed rate of half that maximum for p99 (tests/Estate.LoadDriver: evenly spaced, open loop). Also the tenant filter's overhead, the
# Host's RSS under load, its cold start, bill generation for 100,000 units, a CSV import of 10,000 units and the
# MediatR pipeline micro-benchmark (tests/Estate.Benchmarks).
#
#   bash build/bench.sh [--scale small|large] [--quick] [--no-build] [--write-docs|--no-docs]
#
# Its own PostgreSQL (data in .data/bench-pg, port ESTATE_BENCH_PG_PORT or 55442, one database per scale),
# Release build, data loaded once per scale (`generate-data`; run again each time, which then only refreshes the modules' report figures), the
# published Host on loopback with the RawBaseline module added. --scale large (the default) writes the table to
# docs/performance.md ("Benchmarks at scale", replaced on re-runs); small and CI=true (= small and quick) are a
# smoke check of a couple of minutes that skips the slow side measurements.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
# shellcheck source=build/pg.sh
. "$REPO/build/pg.sh"

SCALE=large
QUICK=0
BUILD=1
DOCS=auto
if [ "${CI:-}" = true ]; then SCALE=small; QUICK=1; fi
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=${2:?--scale needs small or large}; shift ;;
    --scale=*) SCALE=${1#--scale=} ;;
    --quick) QUICK=1 ;;
    --no-build) BUILD=0 ;;
    --write-docs) DOCS=1 ;;
    --no-docs) DOCS=0 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done
case "$SCALE" in small|large) ;; *) echo "bench.sh: --scale must be small or large" >&2; exit 2 ;; esac
[ "$DOCS" != auto ] || { [ "$SCALE" = large ] && [ "$QUICK" = 0 ] && DOCS=1 || DOCS=0; }
COMMAND="bash build/bench.sh --scale $SCALE$([ "$QUICK" = 1 ] && echo ' --quick' || true)"

# Durations: wrk per A or B turn, rounds of A/B, each fixed-rate run.
if [ "$QUICK" = 1 ]; then WRK_SECONDS=3; ROUNDS=1; FIXED_SECONDS=3; WARMUP_SECONDS=1; else WRK_SECONDS=10; ROUNDS=2; FIXED_SECONDS=15; WARMUP_SECONDS=3; fi
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=2

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1

need_tool() { # need_tool COMMAND PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "bench.sh: installing $2"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null 2>&1 \
    || { DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null; }
}
pg_ensure_installed
need_tool wrk wrk

WORK=$(mktemp -d /tmp/estate-bench.XXXXXX)
HOST_PID=""
cleanup() {
  [ -z "$HOST_PID" ] || { kill "$HOST_PID" 2>/dev/null || true; wait "$HOST_PID" 2>/dev/null || true; }
  rm -rf "$WORK"
}
trap cleanup EXIT

# 1. PostgreSQL: a cluster of its own, kept between runs with the loaded data.
PGDIR="$REPO/.data/bench-pg"
PGPORT=${ESTATE_BENCH_PG_PORT:-55442}
DB="estate_bench_$SCALE"
mkdir -p "$REPO/.data"
chmod 755 "$REPO/.data"
# Huge pages for the 2 GB of shared buffers, as a production server has them: with 4 KB pages every backend maps the
# buffers page by page, and when the Host's connection pool closed some fifty idle connections at once, tearing
# down their page tables held both cores in the kernel for 0.6–0.8 s, which was the meeting report's p99 tail.
# Reserved where the machine allows it; PostgreSQL's huge_pages = try falls back to 4 KB pages where it does not.
HUGE_PAGE_KB=$(awk '/^Hugepagesize:/ {print $2}' /proc/meminfo 2>/dev/null || true)
HUGE_PAGES=$(( ${HUGE_PAGE_KB:-0} > 0 ? 2300 * 1024 / HUGE_PAGE_KB : 0 ))
reserved_huge_pages() { cat /proc/sys/vm/nr_hugepages 2>/dev/null || echo 0; }
if [ "$HUGE_PAGES" -gt 0 ] && [ "$(reserved_huge_pages)" -lt "$HUGE_PAGES" ]; then
  echo "$HUGE_PAGES" >/proc/sys/vm/nr_hugepages 2>/dev/null || true
  [ "$(reserved_huge_pages)" -ge "$HUGE_PAGES" ] \
    || echo "bench.sh: could not reserve $HUGE_PAGES huge pages (vm.nr_hugepages); PostgreSQL uses 4 KB pages" >&2
fi
pg_uses_huge_pages() { grep -q 'KernelPageSize: *[1-9][0-9]\{3,\} kB' "/proc/$(head -1 "$PGDIR/data/postmaster.pid")/smaps" 2>/dev/null; }
pg_start "$PGDIR" "$PGPORT" dev
psql_db() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d "$1" -qtAX -c "$2"; }
# A server's memory settings rather than the 128 MB default, so `large` reads from memory as production would.
restart=0
if [ "$(psql_db postgres "SHOW shared_buffers")" != 2GB ]; then
  psql_db postgres "ALTER SYSTEM SET shared_buffers = '2GB'" >/dev/null
  psql_db postgres "ALTER SYSTEM SET effective_cache_size = '8GB'" >/dev/null
  psql_db postgres "ALTER SYSTEM SET work_mem = '16MB'" >/dev/null
  restart=1
fi
# A cluster left running from before the pages were reserved.
if [ "$HUGE_PAGES" -gt 0 ] && [ "$(reserved_huge_pages)" -ge "$HUGE_PAGES" ] && ! pg_uses_huge_pages; then
  restart=1
fi
if [ "$restart" = 1 ]; then
  pg_stop "$PGDIR"
  pg_start "$PGDIR" "$PGPORT" dev
fi
PG_PAGES=$(pg_uses_huge_pages && echo "huge pages" || echo "4 KB pages")
if [ "$(psql_db postgres "SELECT count(*) FROM pg_database WHERE datname = '$DB'")" = 0 ]; then
  "$PG_BIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres "$DB"
fi

# 2. Release build (the Host, every module, the RawBaseline test module, the micro-benchmark).
[ "$BUILD" = 0 ] || CONFIGURATION=Release bash "$REPO/build/build.sh" >"$WORK/build.log" 2>&1 \
  || { tail -40 "$WORK/build.log" >&2; exit 1; }
[ -d "$REPO/artifacts/test-modules/RawBaseline" ] || { echo "bench.sh: artifacts/test-modules/RawBaseline missing; build first" >&2; exit 1; }

# The Host loads every shipped module plus the raw baseline, from a folder of links.
MODULES="$WORK/modules"
mkdir -p "$MODULES"
for module in "$REPO"/artifacts/modules/*; do ln -s "$module" "$MODULES/$(basename "$module")"; done
ln -s "$REPO/artifacts/test-modules/RawBaseline" "$MODULES/RawBaseline"

export ConnectionStrings__Estate="Host=127.0.0.1;Port=$PGPORT;Database=$DB;Username=postgres;Maximum Pool Size=100"
export Modules__Path="$MODULES" Logging__LogLevel__Default=Warning Jobs__Enabled=false
export Seed__AdminEmail=admin@bench.local Seed__AdminPassword='Bench!2026'
HOST_DIR="$REPO/artifacts/host"
(cd "$HOST_DIR" && dotnet Estate.Host.dll migrate >"$WORK/migrate.log" 2>&1) || { tail -40 "$WORK/migrate.log" >&2; exit 1; }

# The work orders the write turns create (every run adds some 100,000 at "now") and their outbox rows, removed after
# those turns and before each run, so the reads and the next run see the generated data only.
remove_bench_writes() {
  psql_db "$DB" "DELETE FROM engineering.outbox_messages WHERE type LIKE 'Estate.Modules.Engineering.Contracts.WorkOrderOpened,%' AND payload->>'title' LIKE '基准测试工单 %'" >/dev/null
  psql_db "$DB" "DELETE FROM engineering.work_orders WHERE description = 'wrk' AND title LIKE '基准测试工单 %'" >/dev/null
}
remove_bench_writes

# 3. Data, once per scale: the generator's companies, or (before the generator existed) the demo company.
MARKER="$PGDIR/loaded-$SCALE"
DATA="generate-data --scale $SCALE"
if [ ! -f "$MARKER" ] || [ "$(psql_db "$DB" "SELECT count(*) FROM platform.organizations")" = 0 ]; then
  start=$SECONDS
  if python3 -c "import sys; sys.exit('generate-data'.encode('utf-16-le') not in open('$HOST_DIR/Estate.Host.dll', 'rb').read())"; then
    echo "bench.sh: loading $SCALE data (generate-data)"
    # No command timeout: a COPY of millions of rows outlasts Npgsql's 30 s on a busy machine.
    (cd "$HOST_DIR" && ConnectionStrings__Estate="$ConnectionStrings__Estate;Command Timeout=0" \
      dotnet Estate.Host.dll generate-data --scale "$SCALE") | tail -30
    echo "generate-data" >"$MARKER"
    FIGURES_DONE=1
  else
    echo "bench.sh: no generate-data command in this Host; benchmarking the demo company instead"
    (cd "$HOST_DIR" && Seed__Demo=true dotnet Estate.Host.dll migrate >"$WORK/seed.log" 2>&1) || { tail -40 "$WORK/seed.log" >&2; exit 1; }
    echo "demo" >"$MARKER"
  fi
  psql_db "$DB" "VACUUM ANALYZE" >/dev/null
  echo "bench.sh: data ready in $((SECONDS - start)) s"
fi
DATA_KIND=$(cat "$MARKER")
# Cached data: generate-data generates nothing for existing companies but brings the modules' per-day report
# figures up to yesterday (their hourly jobs are off here), so the report and dashboard read current figures.
if [ "$DATA_KIND" = generate-data ] && [ -z "${FIGURES_DONE:-}" ]; then
  start=$SECONDS
  (cd "$HOST_DIR" && ConnectionStrings__Estate="$ConnectionStrings__Estate;Command Timeout=0" \
    dotnet Estate.Host.dll generate-data --scale "$SCALE") | tail -30
  echo "bench.sh: report figures current in $((SECONDS - start)) s"
fi

# 4. The Host, Release, on loopback.
HTTP_PORT=$(pg_free_port)
URL="http://127.0.0.1:$HTTP_PORT"
start_host() { # start_host MODULES_PATH LOG: sets HOST_PID once the Host answers ready
  (cd "$HOST_DIR" && Modules__Path="$1" exec dotnet Estate.Host.dll --urls "$URL" >"$2" 2>&1) &
  HOST_PID=$!
  for _ in $(seq 1 600); do
    curl -sf "$URL/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$HOST_PID" 2>/dev/null || { tail -40 "$2" >&2; exit 1; }
    sleep 0.5
  done
}
start_host "$MODULES" "$WORK/host.log"

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
login() { curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$2\"}" "$URL/api/auth/login" | json "d['accessToken']"; }
if [ "$DATA_KIND" = demo ]; then
  BENCH_EMAIL=companyadmin@demo.estate BENCH_PASSWORD='Demo!2026'
else
  BENCH_EMAIL=${BENCH_EMAIL:-companyadmin@scale-a.estate} BENCH_PASSWORD=${BENCH_PASSWORD:-'Scale!2026'}
fi
TOKEN=$(login "$BENCH_EMAIL" "$BENCH_PASSWORD") || { echo "bench.sh: cannot sign in as $BENCH_EMAIL" >&2; exit 1; }
export TOKEN
ORG=$(psql_db "$DB" "SELECT organization_id FROM platform.users WHERE lower(email) = lower('$BENCH_EMAIL')")
auth=(-H "Authorization: Bearer $TOKEN")
curl -sf -X PUT "${auth[@]}" -H 'Content-Type: application/json' -d '{"enabled":true}' "$URL/api/platform/modules/raw-baseline" >/dev/null \
  || { echo "bench.sh: cannot switch on raw-baseline for $BENCH_EMAIL's company" >&2; exit 1; }

# Inputs: random work orders and properties of the bench company, a month for the report.
psql_db "$DB" "SELECT id FROM engineering.work_orders WHERE organization_id = '$ORG' ORDER BY random() LIMIT 2000" >"$WORK/ids"
psql_db "$DB" "SELECT id FROM platform.properties WHERE organization_id = '$ORG'" >"$WORK/properties"
[ -s "$WORK/ids" ] && [ -s "$WORK/properties" ] || { echo "bench.sh: the bench company has no work orders or properties" >&2; exit 1; }
for status in new assigned inProgress done closed; do
  sed "s/^/pageSize=50\&status=$status\&propertyId=/" "$WORK/properties"
done >"$WORK/queries"
categories=(elevator plumbing electrical lighting civil)
n=0
while read -r property; do
  for priority in urgent normal; do
    echo "{\"propertyId\":\"$property\",\"title\":\"基准测试工单 $n\",\"description\":\"wrk\",\"category\":\"${categories[$((n % 5))]}\",\"priority\":\"$priority\",\"source\":\"internal\"}"
    n=$((n + 1))
  done
done <"$WORK/properties" >"$WORK/bodies"
# The last whole month: from its first day to its last (both included).
MONTH_FROM=$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m-%d)
MONTH_LAST=$(date -u -d "$(date -u +%Y-%m-01) -1 day" +%Y-%m-%d)
REPORT="/api/meetings/reports?from=$MONTH_FROM&to=$MONTH_LAST"

# Captures the SQL of one EF request and answers the raw replay's path (see tests/Modules/RawBaseline/SqlCapture.cs).
# The captured SQL is kept in .data/bench-last/ to compare with RawBaseline's copies.
SQL_DIR="$REPO/.data/bench-last"
mkdir -p "$SQL_DIR"
rm -f "$SQL_DIR/fixed-rate-slowest.log"
capture() { # capture NAME PATH [BODY]
  local traceparent body=()
  [ -z "${3:-}" ] || body=(-H 'Content-Type: application/json' -d "$3")
  traceparent=$(curl -sf -X PUT "${auth[@]}" "$URL/api/raw-baseline/captures/$1" | json "d['traceParent']")
  # EF Core rechecks whether anyone listens to its events once a second (LoggingConfigCacheTime).
  sleep 1.2
  curl -sf -o /dev/null "${auth[@]}" "${body[@]}" -H "traceparent: $traceparent" "$URL$2"
  curl -sf "${auth[@]}" "$URL/api/raw-baseline/captures/$1" >"$SQL_DIR/$1.json"
  echo "bench.sh: $2 runs $(json "len(d['commands'])" <"$SQL_DIR/$1.json") SQL command(s) (.data/bench-last/$1.json)" >&2
}
capture get-work-order "/api/engineering/work-orders/$(head -1 "$WORK/ids")"
capture list-work-orders "/api/engineering/work-orders?$(head -1 "$WORK/queries")"
capture create-work-order /api/engineering/work-orders "$(head -1 "$WORK/bodies")"
capture meeting-report "$REPORT"
DASHBOARD=""
# The dashboard over the same full month (the heaviest case: every day of a month, as at a month's end).
if [ "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$URL/api/dashboard")" = 200 ]; then
  DASHBOARD="/api/dashboard?from=$MONTH_FROM&to=$MONTH_LAST"
  capture dashboard "$DASHBOARD"
fi

# Every endpoint answers 2xx with the same shape before anything is measured.
one_id=$(head -1 "$WORK/ids")
one_query=$(head -1 "$WORK/queries")
for path in "/api/engineering/work-orders/$one_id" "/api/raw-baseline/work-orders/$one_id" \
            "/api/engineering/work-orders?$one_query" "/api/raw-baseline/work-orders?$one_query" \
            "$REPORT" /api/raw-baseline/replay/meeting-report; do
  curl -sf -o "$WORK/check.json" "${auth[@]}" "$URL$path" || { echo "bench.sh: GET $path failed" >&2; exit 1; }
done
for path in /api/engineering/work-orders /api/raw-baseline/work-orders; do
  code=$(curl -s -o "$WORK/check.json" -w '%{http_code}' "${auth[@]}" -H 'Content-Type: application/json' -d "$(head -1 "$WORK/bodies")" "$URL$path")
  [ "$code" = 201 ] || { echo "bench.sh: POST $path answered $code: $(head -c 600 "$WORK/check.json")" >&2; tail -30 "$WORK/host.log" >&2; exit 1; }
done
if ! cmp -s <(curl -sf "${auth[@]}" "$URL/api/engineering/work-orders/$one_id") <(curl -sf "${auth[@]}" "$URL/api/raw-baseline/work-orders/$one_id"); then
  echo "bench.sh: EF and raw answers differ for work order $one_id" >&2; exit 1
fi

# RSS of the Host, sampled while the load runs.
RSS_MAX_KB=0
sample_rss() {
  local kb
  kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$HOST_PID/status" 2>/dev/null || echo 0)
  [ "${kb:-0}" -le "$RSS_MAX_KB" ] || RSS_MAX_KB=$kb
}

# wrk_run NAME SCRIPT PATH -> "rps p50ms p99ms" (also sampling RSS)
wrk_run() {
  local out="$WORK/wrk-$1.txt"
  IDS_FILE="$WORK/ids" QUERIES_FILE="${QUERIES:-$WORK/queries}" BODIES_FILE="$WORK/bodies" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${4:-$WRK_SECONDS}s" --timeout 30s --latency -s "$REPO/build/bench/$2" "$URL$3" >"$out" 2>&1 &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do sample_rss; sleep 0.5; done
  wait "$pid" || { cat "$out" >&2; return 1; }
  python3 - "$out" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s*%s\s+([\d.]+)(us|ms|s)\s*$" % label, text, re.M)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
if bad:
    sys.exit("wrk: %s non-2xx answers:\n%s" % (bad.group(1), text))
print("%.1f %.2f %.2f" % (rps, ms("50%"), ms("99%")))
EOF
}

# fixed_run RPS METHOD PATH [BODY] [SUFFIXES] -> "p50ms p99ms achieved_rps": tests/Estate.LoadDriver sends the requests evenly
# spaced at that rate whatever the answers do (open loop) and times each from when it was due.
LOAD_DRIVER="$REPO/tests/Estate.LoadDriver/bin/Release/net10.0/Estate.LoadDriver.dll"
# With SUFFIXES (a file), request i goes to PATH + its line i, round robin, as wrk's scripts vary their requests.
fixed_run() {
  local rate=$1 method=$2 path=$3 body=${4:-} suffixes=${5:-}
  local args=(--url "$URL$path" --rate "$rate" --seconds "$FIXED_SECONDS" --method "$method" --token "$TOKEN")
  [ -z "$body" ] || args+=(--body "$body")
  [ -z "$suffixes" ] || args+=(--paths "$suffixes")
  dotnet "$LOAD_DRIVER" "${args[@]}" >"$WORK/fixed.txt" 2>"$WORK/fixed-stderr.txt" &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do sample_rss; sleep 0.5; done
  # The driver's slowest requests with their sending times, kept to tell a stall from slow requests.
  { echo "$(date -u +%T) $method $path at $rate/s"; cat "$WORK/fixed-stderr.txt"; } >>"$SQL_DIR/fixed-rate-slowest.log"
  wait "$pid" || { echo "bench.sh: non-2xx answers or errors at a fixed rate on $path: $(cat "$WORK/fixed.txt" "$WORK/fixed-stderr.txt")" >&2; return 1; }
  cut -d' ' -f1-3 "$WORK/fixed.txt"
}

ROWS=()
declare -A MAX
scenario() { # scenario NAME SCRIPT EF_PATH RAW_PATH FIXED_METHOD FIXED_EF_PATH FIXED_RAW_PATH [FIXED_BODY] [FIXED_SUFFIXES]
  local name=$1 script=$2 ef=$3 raw=$4 method=$5 fixed_ef=$6 fixed_raw=$7 body=${8:-} suffixes=${9:-}
  echo "==> $name"
  wrk_run "$name-warm-a" "$script" "$ef" "$WARMUP_SECONDS" >/dev/null
  wrk_run "$name-warm-b" "$script" "$raw" "$WARMUP_SECONDS" >/dev/null
  local best_a="0 0 0" best_b="0 0 0" a b
  for round in $(seq 1 "$ROUNDS"); do
    a=$(wrk_run "$name-a$round" "$script" "$ef")
    b=$(wrk_run "$name-b$round" "$script" "$raw")
    echo "    round $round: EF $a | raw $b (rps p50 p99)"
    # The better round of each, by requests per second.
    awk -v x="$a" -v y="$best_a" 'BEGIN {split(x, p); split(y, q); exit !(p[1] > q[1])}' && best_a=$a
    awk -v x="$b" -v y="$best_b" 'BEGIN {split(x, p); split(y, q); exit !(p[1] > q[1])}' && best_b=$b
  done
  read -r rps_a p50_a p99_a <<<"$best_a"
  read -r rps_b p50_b p99_b <<<"$best_b"
  local half_a half_b fixed_a fixed_b
  half_a=$(python3 -c "print(max(1, int($rps_a / 2)))")
  half_b=$(python3 -c "print(max(1, int($rps_b / 2)))")
  fixed_a=$(fixed_run "$half_a" "$method" "$fixed_ef" "$body" "$suffixes")
  fixed_b=$(fixed_run "$half_b" "$method" "$fixed_raw" "$body" "$suffixes")
  echo "    fixed rate: EF at $half_a/s $fixed_a | raw at $half_b/s $fixed_b (p50 p99 achieved)"
  local ratio
  ratio=$(python3 -c "print('%.2f' % ($rps_a / $rps_b) if $rps_b else 'n/a')")
  ROWS+=("$name|$rps_a|$p50_a|$p99_a|$half_a|$(cut -d' ' -f2 <<<"$fixed_a")|$rps_b|$p50_b|$p99_b|$half_b|$(cut -d' ' -f2 <<<"$fixed_b")|$ratio")
  MAX[$name]=$rps_a
}

# The fixed-rate runs vary their requests as wrk's scripts do: every sampled work order, every list query, shuffled.
shuf "$WORK/ids" >"$WORK/get-suffixes"
shuf "$WORK/queries" | sed 's/^/?/' >"$WORK/list-suffixes"
scenario "get one work order" get.lua /api/engineering/work-orders/ /api/raw-baseline/work-orders/ \
  GET /api/engineering/work-orders/ /api/raw-baseline/work-orders/ "" "$WORK/get-suffixes"
scenario "list 50 work orders (status, property, newest first)" query.lua /api/engineering/work-orders /api/raw-baseline/work-orders \
  GET /api/engineering/work-orders /api/raw-baseline/work-orders "" "$WORK/list-suffixes"
scenario "create a work order (with its outbox row)" post.lua /api/engineering/work-orders /api/raw-baseline/work-orders \
  POST /api/engineering/work-orders /api/raw-baseline/work-orders "$(head -1 "$WORK/bodies")"
# The write turns added tens of thousands of work orders: remove them and let the database settle (vacuum,
# statistics, checkpoint) before the reads, instead of autovacuum landing in the middle of the report's turns.
remove_bench_writes
psql_db "$DB" "VACUUM ANALYZE engineering.work_orders, engineering.outbox_messages" >/dev/null
psql_db "$DB" "CHECKPOINT" >/dev/null
CONNECTIONS=${BENCH_REPORT_CONNECTIONS:-4} scenario "meeting report, all departments, one month" fixed.lua "$REPORT" /api/raw-baseline/replay/meeting-report \
  GET "$REPORT" /api/raw-baseline/replay/meeting-report
if [ -n "$DASHBOARD" ]; then
  CONNECTIONS=${BENCH_REPORT_CONNECTIONS:-4} scenario "home dashboard, one month" fixed.lua "$DASHBOARD" /api/raw-baseline/replay/dashboard GET "$DASHBOARD" /api/raw-baseline/replay/dashboard
fi

# Tenant filter: the raw list with and without the company predicate (the property scope stays in both).
echo "==> tenant filter overhead"
sed 's/$/\&tenantFilter=false/' "$WORK/queries" >"$WORK/queries-untenanted"
TENANT_ON=0 TENANT_OFF=0
for round in $(seq 1 "$ROUNDS"); do
  on=$(wrk_run "tenant-on$round" query.lua /api/raw-baseline/work-orders | cut -d' ' -f1)
  off=$(QUERIES="$WORK/queries-untenanted" wrk_run "tenant-off$round" query.lua "/api/raw-baseline/work-orders" | cut -d' ' -f1)
  echo "    round $round: with $on rps, without $off rps"
  TENANT_ON=$(python3 -c "print(max($TENANT_ON, $on))")
  TENANT_OFF=$(python3 -c "print(max($TENANT_OFF, $off))")
done
TENANT_OVERHEAD=$(python3 -c "print('%.1f' % (($TENANT_OFF / $TENANT_ON - 1) * 100) if $TENANT_ON else 'n/a')")
RSS_MB=$((RSS_MAX_KB / 1024))
HWM_MB=$(( $(awk '/^VmHWM:/ {print $2}' "/proc/$HOST_PID/status") / 1024 ))
kill "$HOST_PID" 2>/dev/null || true
wait "$HOST_PID" 2>/dev/null || true
HOST_PID=""

# RSS of the platform as shipped: a Host with the shipped modules only (the raw baseline's replays hold whole
# result sets as JSON and are not part of it), all five EF scenarios at once with wrk's varied requests, two
# connections each (one for the report and the dashboard), which keeps the machine busy.
echo "==> RSS under mixed load (shipped modules only)"
start_host "$REPO/artifacts/modules" "$WORK/host-shipped.log"
TOKEN=$(login "$BENCH_EMAIL" "$BENCH_PASSWORD")
export TOKEN
MIXED=()
mixed_load() { # mixed_load CONNECTIONS SCRIPT PATH: wrk in the background
  IDS_FILE="$WORK/ids" QUERIES_FILE="$WORK/queries" BODIES_FILE="$WORK/bodies" \
    wrk -t1 -c"$1" -d"${FIXED_SECONDS}s" --timeout 30s -s "$REPO/build/bench/$2" "$URL$3" >"$WORK/mixed-${#MIXED[@]}.txt" 2>&1 &
  MIXED+=($!)
}
RSS_MAX_KB=0
mixed_load 2 get.lua /api/engineering/work-orders/
mixed_load 2 query.lua /api/engineering/work-orders
mixed_load 2 post.lua /api/engineering/work-orders
mixed_load 1 fixed.lua "$REPORT"
[ -z "$DASHBOARD" ] || mixed_load 1 fixed.lua "$DASHBOARD"
while kill -0 "${MIXED[@]}" 2>/dev/null; do sample_rss; sleep 0.5; done
for pid in "${MIXED[@]}"; do wait "$pid" || true; done
if grep -q "Non-2xx" "$WORK"/mixed-*.txt; then
  echo "bench.sh: the mixed load had non-2xx answers:" >&2; cat "$WORK"/mixed-*.txt >&2; exit 1
fi
SHIPPED_RSS_MB=$((RSS_MAX_KB / 1024))
SHIPPED_HWM_MB=$(( $(awk '/^VmHWM:/ {print $2}' "/proc/$HOST_PID/status") / 1024 ))
kill "$HOST_PID" 2>/dev/null || true
wait "$HOST_PID" 2>/dev/null || true
HOST_PID=""

# Side measurements, each on a throwaway cluster of its own (skipped by the smoke check).
STARTUP="skipped (--quick/small)" BILLS="skipped (--quick/small)" CSV="skipped (--quick/small)"
if [ "$QUICK" = 0 ] && [ "$SCALE" = large ]; then
  # Start-up is the Host's own cost: let the machine settle after the load (1-minute load average under 1, at most 90 s).
  for _ in $(seq 1 90); do awk '{exit !($1 < 1.0)}' /proc/loadavg && break; sleep 1; done
  echo "==> cold start (load average $(cut -d' ' -f1 /proc/loadavg))"
  STARTUP=$(SKIP_BUILD=1 bash build/startup-time.sh 5 | tail -1 | sed 's/.*: \([0-9]* ms\);.*/\1/')
  echo "==> bill generation, 100,000 units"
  BILLS=$(SKIP_BUILD=1 bash build/measure-bill-generation.sh 3 | tail -1 | sed 's/.*: //')
  echo "==> CSV import, 10,000 units"
  CSV=$(SKIP_BUILD=1 bash build/measure-csv-import.sh 3 | tail -1 | sed 's/.*: //')
fi

echo "==> MediatR pipeline micro-benchmark (BenchmarkDotNet)"
JOB=short
[ "$QUICK" = 0 ] || JOB=dry
# In process: no second build of a generated project, which a shared 2-core machine pays dearly for.
(cd "$REPO/tests/Estate.Benchmarks" && dotnet run -c Release -- --filter '*' --job "$JOB" --inProcess --exporters github \
  --artifacts "$WORK/bdn" >"$WORK/bdn.log" 2>&1) || { tail -40 "$WORK/bdn.log" >&2; exit 1; }
PIPELINE=$(grep '^|' "$WORK"/bdn/results/*-report-github.md | sed 's/&#39;//g')
# A benchmark that failed has NA as its mean (a dry job leaves the error column NA, which is fine).
awk -F'|' 'NR > 2 && $3 ~ /^ *NA *$/ {bad = 1} END {exit !bad}' <<<"$PIPELINE" && { tail -40 "$WORK/bdn.log" >&2; echo "bench.sh: the micro-benchmark failed" >&2; exit 1; }

# The table.
{
  echo "| scenario | EF rps | EF p50 ms | EF p99 ms (wrk) | fixed rate /s | EF p99 ms at fixed rate | raw rps | raw p50 ms | raw p99 ms (wrk) | raw fixed rate /s | raw p99 ms at fixed rate | EF ÷ raw rps |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  for row in "${ROWS[@]}"; do echo "| ${row//|/ | } |"; done
} >"$WORK/table.md"
{
  echo "| what | figure |"
  echo "|---|---|"
  echo "| tenant filter overhead (raw list page with vs without \`organization_id = @company\`, best of $ROUNDS) | $TENANT_OVERHEAD % ($TENANT_ON rps with, $TENANT_OFF rps without) |"
  echo "| Host RSS under load, as shipped: every shipped module, the five scenarios at once with wrk, two connections each (report and dashboard one) for ${FIXED_SECONDS} s (max VmRSS sampled every 0.5 s; VmHWM at the end) | $SHIPPED_RSS_MB MB (VmHWM $SHIPPED_HWM_MB MB) |"
  echo "| Host RSS during the A/B turns above, with the raw baseline module loaded too (max VmRSS; VmHWM) | $RSS_MB MB (VmHWM $HWM_MB MB) |"
  echo "| Host cold start, all modules, median of 5 (\`build/startup-time.sh 5\`) | $STARTUP |"
  echo "| bill generation for 100,000 units, median of 3 (\`build/measure-bill-generation.sh 3\`) | $BILLS |"
  echo "| CSV import of 10,000 units, median of 3 (\`build/measure-csv-import.sh 3\`) | $CSV |"
} >"$WORK/side.md"
echo
cat "$WORK/table.md"
echo
cat "$WORK/side.md"
echo
echo "$PIPELINE"

cp "$WORK/table.md" "$WORK/side.md" "$SQL_DIR/" && echo "$PIPELINE" >"$SQL_DIR/pipeline.md"
echo "machine load average during the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$SQL_DIR/load.txt"

if [ "$DOCS" = 1 ]; then
  {
    echo "## Benchmarks at scale"
    echo
    echo "$(date -u +%Y-%m-%d), \`$COMMAND\`, data: $DATA_KIND ($SCALE). Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GiB RAM, PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') (shared_buffers 2GB, $PG_PAGES) on the same machine."
    echo "A = the EF Core endpoint, raw = tests/Modules/RawBaseline (the same SQL through \`NpgsqlDataSource\` in the same Host)."
    echo "Maximum rate: wrk, $THREADS threads, $CONNECTIONS connections (the report and dashboard: ${BENCH_REPORT_CONNECTIONS:-4}), ${WRK_SECONDS} s a turn, A and B alternating for $ROUNDS round(s), the better round of each; 0 rps = no answer within a turn."
    echo "Machine load average at the end of the run (other work on the machine skews every figure): $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "p99 at a fixed rate: tests/Estate.LoadDriver at half of that endpoint's maximum for ${FIXED_SECONDS} s after a second's warm-up: requests evenly spaced, up to 8–64 outstanding, each timed from its sending; get and list go round the same work orders and queries as wrk, shuffled."
    echo
    cat "$WORK/table.md"
    echo
    cat "$WORK/side.md"
    echo
    echo "MediatR pipeline per request (BenchmarkDotNet, job $JOB, tests/Estate.Benchmarks):"
    echo
    echo "$PIPELINE"
    echo
  } >"$WORK/section.md"
  python3 - "$REPO/docs/performance.md" "$WORK/section.md" <<'EOF'
import re, sys
doc, section = open(sys.argv[1]).read(), open(sys.argv[2]).read()
pattern = re.compile(r"^## Benchmarks at scale\n.*?(?=^## |\Z)", re.S | re.M)
doc = pattern.sub(lambda _: section, doc) if pattern.search(doc) else doc.rstrip("\n") + "\n\n" + section
open(sys.argv[1], "w").write(doc.rstrip("\n") + "\n")
EOF
  echo "bench.sh: table written to docs/performance.md (## Benchmarks at scale)"
fi
