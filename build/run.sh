#!/usr/bin/env bash
# Run the Estate Platform locally, from a fresh machine:
#   bash build/run.sh         start PostgreSQL (.data/pg), build Release, migrate,
#                             seed demo data and serve http://127.0.0.1:5080
#   bash build/run.sh stop    stop the local PostgreSQL cluster
#
# Environment: ESTATE_PG_PORT (55432), ESTATE_HTTP_PORT (5080),
#              ESTATE_ADMIN_EMAIL (admin@estate.local), ESTATE_ADMIN_PASSWORD (Admin!2026)
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"

# shellcheck source=build/pg.sh
. "$REPO/build/pg.sh"
# shellcheck source=build/browser.sh
. "$REPO/build/browser.sh"

PGDIR="$REPO/.data/pg"
PGPORT=${ESTATE_PG_PORT:-55432}
HTTP_PORT=${ESTATE_HTTP_PORT:-5080}
URL="http://127.0.0.1:$HTTP_PORT"
ADMIN_EMAIL=${ESTATE_ADMIN_EMAIL:-admin@estate.local}
ADMIN_PASSWORD=${ESTATE_ADMIN_PASSWORD:-Admin!2026}

case "${1:-}" in
  stop)
    if [ -d "$PGDIR/data" ]; then
      pg_stop "$PGDIR"
      echo "run.sh: PostgreSQL cluster in $PGDIR stopped"
    else
      echo "run.sh: no cluster in $PGDIR"
    fi
    exit 0
    ;;
  ""|start) ;;
  -h|--help|help)
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "run.sh: unknown command '$1' (use: bash build/run.sh [stop])" >&2
    exit 2
    ;;
esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "run.sh: error: 'dotnet' not found on PATH (need the .NET 10 SDK)" >&2
  exit 1
fi

# 1. PostgreSQL, and Chromium with CJK fonts for the minutes PDF
pg_ensure_installed
browser_ensure_installed
mkdir -p "$REPO/.data"
pg_start "$PGDIR" "$PGPORT" dev

if ! "$PG_BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -Atc \
     "select 1 from pg_database where datname='estate'" | grep -q 1; then
  echo "run.sh: creating database 'estate'"
  "$PG_BIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres estate
fi

# 2. Build (Release)
CONFIGURATION=Release bash "$REPO/build/build.sh"

# 3. Configure, migrate and seed
export ConnectionStrings__Estate="Host=127.0.0.1;Port=$PGPORT;Database=estate;Username=postgres"
export Modules__Path="$REPO/artifacts/modules"
export Seed__Demo=true
export Seed__AdminEmail="$ADMIN_EMAIL"
export Seed__AdminPassword="$ADMIN_PASSWORD"

HOST_DIR="$REPO/artifacts/host"
if [ ! -f "$HOST_DIR/Estate.Host.dll" ]; then
  echo "run.sh: error: $HOST_DIR/Estate.Host.dll not found after build" >&2
  exit 1
fi
# Run from the publish folder so the content root (appsettings*.json, wwwroot) is the host's.
cd "$HOST_DIR"

echo "==> migrating database"
dotnet Estate.Host.dll migrate

# 4. Banner
cat <<EOF

================================================================
 Estate Platform
   Web UI:          $URL/   (opens on the sign-in page; Chinese by default, English in the header)
   API docs:        $URL/docs
   Jobs dashboard:  $URL/jobs
   PostgreSQL:      127.0.0.1:$PGPORT (database 'estate', data in .data/pg)

 Sign-ins
   Platform admin:  $ADMIN_EMAIL / $ADMIN_PASSWORD
   Demo company users, all with the password Demo!2026:
     companyadmin@demo.estate       company admin
     manager@demo.estate            senior manager
     engineering.head@demo.estate   engineering department head
     engineering.staff@demo.estate  engineering staff
     cleaning.head@demo.estate      cleaning department head
     cleaning.staff@demo.estate     cleaning staff
     security.head@demo.estate      security department head
     security.staff@demo.estate     security staff
     customer-service.head@demo.estate   customer service department head
     customer-service.staff@demo.estate  customer service staff
     finance.head@demo.estate       finance department head
     finance.staff@demo.estate      finance staff
     viewer@demo.estate             read-only

 Ctrl-C stops the web server; PostgreSQL keeps running.
 Stop PostgreSQL with:  bash build/run.sh stop
================================================================

EOF

# 5. Serve
exec dotnet Estate.Host.dll --urls "$URL"
