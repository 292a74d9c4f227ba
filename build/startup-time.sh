#!/usr/bin/env bash
# Measures Host start-up with every built module: from process start to the first 200 of /health/ready
# (migrations already applied), on a throwaway PostgreSQL cluster. Prints each run and the median.
# Usage: build/startup-time.sh [runs]   (builds Release first unless SKIP_BUILD=1)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
source build/pg.sh
RUNS=${1:-5}

pg_ensure_installed
[ "${SKIP_BUILD:-0}" = 1 ] || CONFIGURATION=Release bash build/build.sh >/dev/null
DIR=$(mktemp -d /tmp/estate-startup-pg.XXXXXX)
chmod 755 "$DIR" && chown postgres "$DIR"
PORT=$(pg_free_port)
HTTP_PORT=$(pg_free_port)
trap 'kill "${HOST_PID:-0}" 2>/dev/null || true; pg_stop "$DIR" >/dev/null 2>&1; rm -rf "$DIR"' EXIT
pg_start "$DIR" "$PORT" test >/dev/null
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres estate

export ConnectionStrings__Estate="Host=127.0.0.1;Port=$PORT;Database=estate;Username=postgres"
export Modules__Path="$REPO/artifacts/modules" Logging__LogLevel__Default=Warning
(cd artifacts/host && dotnet Estate.Host.dll migrate >/dev/null)

times=()
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  (cd artifacts/host && exec dotnet Estate.Host.dll --urls "http://127.0.0.1:$HTTP_PORT" >/dev/null 2>&1) &
  HOST_PID=$!
  until curl -sf "http://127.0.0.1:$HTTP_PORT/health/ready" >/dev/null 2>&1; do sleep 0.02; done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$ms")
  echo "run $run: ${ms} ms"
  kill "$HOST_PID" && wait "$HOST_PID" 2>/dev/null || true
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "startup (process start to /health/ready), median of $RUNS: ${median} ms; modules: $(ls artifacts/modules | tr '\n' ' ')"
