# Sourced by the load-test scripts: a private PostgreSQL 15 server in a temp directory on a free loopback port.
# Defines pg_start DIR (sets PG_PORT, PG_CONN_BASE, PG_DIR), pg_createdb DB, pg_query DB SQL and pg_stop. As root
# (CI), the server runs as the `postgres` user, since initdb refuses root.
# The server is sized as a ledger's database server would be on this 24 GiB machine, not left at the packaged
# defaults (128 MB of buffers, 1 GB of WAL between checkpoints): with a million lines the grains, the journal's
# key index and the outcome records outgrow 256 MB, and every end of day would then read them from the kernel's
# cache page by page and write each page twice (full-page images after every forced checkpoint).
# PG_SHARED_BUFFERS (default 4GB) and PG_MAX_WAL_SIZE (default 8GB) override it; fsync and synchronous commit stay on.
# PG_OPTS adds server options (e.g. "-c shared_preload_libraries=pg_stat_statements" to look at statements).

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

free_port() {
  local port high=40000 ephemeral
  # Stay below the kernel's ephemeral range when it starts above 21000: a port there may be the local end of an
  # outgoing connection, which the probe below cannot see but which makes a later bind fail.
  if read -r ephemeral _ </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null \
     && [ "$ephemeral" -gt 21000 ] && [ "$ephemeral" -lt "$high" ]; then
    high=$ephemeral
  fi
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % (high - 20000) ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  local dir=$1
  [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL 15 not found in $PG_BIN (apt-get install postgresql-15)" >&2; return 1; }
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  PG_PORT=$(free_port)
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=${PG_SHARED_BUFFERS:-4GB} -c max_wal_size=${PG_MAX_WAL_SIZE:-8GB} -c checkpoint_timeout=15min ${PG_OPTS:-}" \
    start >/dev/null || { cat "$dir/server.log" >&2; return 1; }
  PG_DIR=$dir
  PG_CONN_BASE="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Maximum Pool Size=64"
}

pg_createdb() {
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "CREATE DATABASE $1" >/dev/null
}

# Prints the result of SQL on database DB unaligned, without headers, one row a line and columns separated by spaces
# (`read -r a b` takes them apart); an SQL error fails the call.
pg_query() {
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$1" -X -A -t -q -F ' ' -v ON_ERROR_STOP=1 -c "$2"
}

# The server's CPU time so far (user + system, clock ticks): the postmaster's own and that of the backends it has
# reaped (cutime, cstime), plus every backend still running. Differences of two readings are the server's CPU over
# that span, whatever its connections did.
pg_cpu_ticks() {
  local pid
  pid=$(head -n 1 "$PG_DIR/data/postmaster.pid")
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat"
    for child in $(pgrep -P "$pid"); do awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || true; done
  } | awk '{t += $1} END {print t}'
}

pg_stop() {
  if [ -n "${PG_DIR:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  fi
}
