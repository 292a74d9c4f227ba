# shellcheck shell=bash
# PostgreSQL helpers for the Estate Platform build scripts.
# Source this file; do not execute it.
#
#   pg_ensure_installed          find (or apt-install) PostgreSQL, export PG_BIN
#   pg_start DIR PORT MODE       init (if needed) and start a private cluster
#                                in DIR/data; MODE is "test" or "dev"
#   pg_stop DIR                  fast-stop the cluster in DIR/data (errors ignored)
#   pg_free_port                 print a free loopback TCP port
#
# postgres refuses to run as root, so when we are root every server-side
# command runs as the "postgres" OS user via runuser.

_pg_err() { echo "pg.sh: error: $*" >&2; }
_pg_info() { echo "pg.sh: $*" >&2; }

# Run a command as the postgres OS user (or as ourselves when not root).
_pg_as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

_pg_find_bin() {
  local d best=""
  # Newest major version wins (version-aware sort: 9.6 < 15 < 16).
  best=$(for d in /usr/lib/postgresql/*/bin; do
           [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ] && echo "$d"
         done | sort -V | tail -n 1)
  [ -n "$best" ] || return 1
  echo "$best"
}

pg_ensure_installed() {
  local bin
  if bin=$(_pg_find_bin); then
    export PG_BIN="$bin"
    return 0
  fi
  _pg_info "PostgreSQL binaries not found under /usr/lib/postgresql; installing via apt-get..."
  if [ "$(id -u)" -ne 0 ]; then
    _pg_err "PostgreSQL is not installed and we are not root; run: apt-get install -y postgresql"
    return 1
  fi
  if ! DEBIAN_FRONTEND=noninteractive apt-get update -q; then
    _pg_err "apt-get update failed"
    return 1
  fi
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; then
    _pg_err "apt-get install postgresql failed"
    return 1
  fi
  if ! bin=$(_pg_find_bin); then
    _pg_err "postgresql installed but no /usr/lib/postgresql/*/bin with pg_ctl/initdb found"
    return 1
  fi
  export PG_BIN="$bin"
  _pg_info "using PostgreSQL binaries in $PG_BIN"
}

_pg_log_tail() {
  local log="$1"
  if [ -f "$log" ]; then
    echo "---- last 40 lines of $log ----" >&2
    tail -n 40 "$log" >&2 || true
    echo "---- end of $log ----" >&2
  fi
}

# Port the running cluster listens on (from postmaster.pid line 4), if any.
_pg_running_port() {
  local pidfile="$1/data/postmaster.pid"
  [ -r "$pidfile" ] && sed -n '4p' "$pidfile" 2>/dev/null
}

pg_start() {
  local dir="${1:-}" port="${2:-}" mode="${3:-}"
  if [ -z "$dir" ] || [ -z "$port" ] || [ -z "$mode" ]; then
    _pg_err "usage: pg_start DIR PORT test|dev"
    return 2
  fi
  case "$mode" in
    test|dev) ;;
    *) _pg_err "pg_start: MODE must be 'test' or 'dev' (got '$mode')"; return 2 ;;
  esac
  case "$port" in
    ''|*[!0-9]*) _pg_err "pg_start: PORT must be numeric (got '$port')"; return 2 ;;
  esac
  [ -n "${PG_BIN:-}" ] || pg_ensure_installed || return 1

  mkdir -p "$dir" || { _pg_err "cannot create $dir"; return 1; }
  # Make DIR absolute (pg_ctl/-k need absolute paths to be robust).
  dir=$(cd "$dir" && pwd -P) || return 1
  # pg_ctl hands -o to /bin/sh, so quote the socket dir.
  # Short OLTP queries: JIT compiling costs more than it saves (≈ 200 ms a report query), and on SSDs a random
  # read costs about what a sequential one does, so index lookups are preferred to big hash joins.
  local opts="-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c jit=off -c random_page_cost=1.1"
  case "$mode" in
    test) opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" ;;
    dev)  opts="$opts -c max_connections=200" ;;
  esac

  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir" || { _pg_err "cannot chown $dir to postgres"; return 1; }
  fi
  if ! _pg_as_postgres test -x "$dir" -a -w "$dir"; then
    _pg_err "$dir is not writable/traversable by the postgres user (every parent directory must be traversable, e.g. mode 755)"
    return 1
  fi

  local data="$dir/data" log="$dir/server.log"

  if _pg_as_postgres "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    local running_port
    running_port=$(_pg_running_port "$dir")
    if [ -n "$running_port" ] && [ "$running_port" != "$port" ]; then
      _pg_info "cluster in $data is running on port $running_port, restarting on port $port"
      pg_stop "$dir"
    else
      _pg_info "cluster in $data already running (port ${running_port:-$port})"
      return 0
    fi
  fi

  if [ ! -f "$data/PG_VERSION" ]; then
    _pg_info "initializing cluster in $data"
    if ! _pg_as_postgres "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1; then
      _pg_err "initdb failed for $data"
      _pg_log_tail "$dir/initdb.log"
      return 1
    fi
  fi

  _pg_info "starting PostgreSQL ($mode) on 127.0.0.1:$port, data $data"
  if ! _pg_as_postgres "$PG_BIN/pg_ctl" -D "$data" -l "$log" -w -t 60 -o "$opts" start >/dev/null; then
    _pg_err "pg_ctl start failed for $data (port $port)"
    _pg_log_tail "$log"
    return 1
  fi
}

pg_stop() {
  local dir="${1:-}"
  if [ -z "$dir" ]; then
    _pg_err "usage: pg_stop DIR"
    return 0
  fi
  [ -d "$dir/data" ] || return 0
  if [ -z "${PG_BIN:-}" ]; then
    PG_BIN=$(_pg_find_bin) || return 0
    export PG_BIN
  fi
  _pg_as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  return 0
}

pg_free_port() {
  local port=""
  if command -v python3 >/dev/null 2>&1; then
    port=$(python3 -c 'import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()' 2>/dev/null) || port=""
  fi
  case "$port" in
    ''|*[!0-9]*) port="" ;;
  esac
  if [ -z "$port" ]; then
    # Fallback: probe random ports in 20000-59999; a refused connect means free.
    local i p
    for i in $(seq 1 200); do
      p=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
      if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
        port=$p
        break
      fi
    done
  fi
  if [ -z "$port" ]; then
    _pg_err "could not find a free TCP port"
    return 1
  fi
  echo "$port"
}
