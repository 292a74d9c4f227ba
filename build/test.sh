#!/usr/bin/env bash
# Build (Debug, or CONFIGURATION=Release) and run every test project against a throwaway PostgreSQL
# cluster. Extra arguments go to `dotnet test`, e.g. build/test.sh --filter Foo
# The last line of output is always: tests: N passed, M failed[, K skipped]
# Without extra arguments it also runs the benchmark's smoke check (build/bench.sh at small scale).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1

# shellcheck source=build/pg.sh
. "$REPO/build/pg.sh"
# shellcheck source=build/browser.sh
. "$REPO/build/browser.sh"

SUMMARY_PRINTED=0
PGDIR=""
cleanup() {
  if [ -n "$PGDIR" ]; then
    pg_stop "$PGDIR"
    rm -rf "$PGDIR"
  fi
  # Failed before the tests ran (pg/build error): still end with a summary line.
  if [ "$SUMMARY_PRINTED" -eq 0 ]; then
    echo "test.sh: aborted before tests completed" >&2
    echo "tests: 0 passed, 0 failed"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

pg_ensure_installed
browser_ensure_installed

PGDIR=$(mktemp -d /tmp/estate-test-pg.XXXXXX)
chmod 755 "$PGDIR"
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PGDIR"; fi

PGPORT=$(pg_free_port)
pg_start "$PGDIR" "$PGPORT" test

export ESTATE_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Password=postgres"
export ESTATE_MODULES_PATH="$REPO/artifacts/modules"
export ESTATE_TEST_MODULES_PATH="$REPO/artifacts/test-modules"

CONFIGURATION=${CONFIGURATION:-Debug}
CONFIGURATION=$CONFIGURATION bash "$REPO/build/build.sh"

RESULTS="$REPO/TestResults"
rm -rf "$RESULTS"

SLN=Estate.Platform.sln
[ -f "$SLN" ] || [ ! -f Estate.Platform.slnx ] || SLN=Estate.Platform.slnx

echo "==> dotnet test (PostgreSQL on 127.0.0.1:$PGPORT)"
set +e
dotnet test "$SLN" --no-build --no-restore -c "$CONFIGURATION" \
  --logger "trx" --results-directory "$RESULTS" \
  "$@" \
  -- RunConfiguration.TreatNoTestsAsError=false
test_rc=$?
set -e

set +e
summary=$(bash "$REPO/build/trx-summary.sh" "$RESULTS")
summary_rc=$?
set -e

rc=0
if [ "$test_rc" -ne 0 ]; then
  echo "test.sh: dotnet test exited with code $test_rc" >&2
  rc=1
fi
case "$summary_rc" in
  0) ;;
  2) echo "test.sh: no .trx result files were produced in $RESULTS" >&2; rc=1 ;;
  *) echo "test.sh: test failures or no passing tests" >&2; rc=1 ;;
esac

if [ -d "$RESULTS/screenshots" ]; then
  echo "screenshots: $RESULTS/screenshots ($(find "$RESULTS/screenshots" -name '*.png' | wc -l) browser test pages)"
fi

pg_stop "$PGDIR"

# The whole suite also runs the benchmark at `small` scale as a smoke check that it works (issue 7; no figure is
# judged). It counts as one test in the summary. BENCH_SMOKE=0 leaves it out.
if [ $# -eq 0 ] && [ "${BENCH_SMOKE:-1}" = 1 ]; then
  echo "==> benchmark smoke check (build/bench.sh at small scale, quick)"
  if CI=true bash "$REPO/build/bench.sh" --no-docs >"$RESULTS/bench-smoke.log" 2>&1; then
    echo "bench smoke: passed ($RESULTS/bench-smoke.log)"
    summary=$(awk '{ $2 = $2 + 1; print }' <<<"$summary")
  else
    echo "bench smoke: FAILED; the end of $RESULTS/bench-smoke.log:" >&2
    tail -30 "$RESULTS/bench-smoke.log" >&2
    summary=$(awk '{ $4 = $4 + 1; print }' <<<"$summary")
    rc=1
  fi
fi

SUMMARY_PRINTED=1
echo "$summary"
exit "$rc"
