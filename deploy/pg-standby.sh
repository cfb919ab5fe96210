#!/usr/bin/env bash
# A PostgreSQL primary with a synchronous streaming standby on loopback, for trying failover locally.
#   deploy/pg-standby.sh up        start the primary, create database `ledger`, clone the standby from it
#                                  (pg_basebackup -R), make it synchronous (synchronous_standby_names = '*'), wait
#                                  until it is in sync; print the multi-host connection string for the silos
#   deploy/pg-standby.sh status    which server is the primary, and the replication state the primary reports
#   deploy/pg-standby.sh failover  stop the primary at once (-m immediate, as a crash) and promote the standby;
#                                  print how long the promotion took
#   deploy/pg-standby.sh down      stop both servers (their data stays in the directory)
# State lives in $LEDGER_STANDBY_DIR (default ./.pg-standby): primary/, standby/, connection. The servers are sized
# by PG_SHARED_BUFFERS and PG_MAX_WAL_SIZE (see load-tests/pg-local.sh; default here 256MB and 1GB). As root, the
# servers run as the `postgres` user.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
dir=${LEDGER_STANDBY_DIR:-./.pg-standby}
export PG_SHARED_BUFFERS=${PG_SHARED_BUFFERS:-256MB} PG_MAX_WAL_SIZE=${PG_MAX_WAL_SIZE:-1GB}
. "$root/load-tests/pg-local.sh"

port_of() { sed -n 's/^port = \([0-9]*\).*/\1/p' "$1/port"; }

is_primary() { # PORT: prints t when that server accepts writes, f for a standby; fails when it is down
  "$PG_BIN/psql" -h 127.0.0.1 -p "$1" -U postgres -d postgres -X -A -t -q -c "SELECT NOT pg_is_in_recovery()" \
    2>/dev/null
}

case "${1:-}" in
  up)
    [ -f "$dir/primary/data/postmaster.pid" ] && { echo "already up in $dir (run: $0 down)" >&2; exit 1; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    chmod 755 "$dir"
    pg_start "$dir/primary"
    echo "port = $PG_PORT" >"$dir/primary/port"
    pg_createdb ledger
    standby_port=$(free_port)
    mkdir -p "$dir/standby"
    [ "$(id -u)" = 0 ] && chown postgres "$dir/standby"
    # -R writes standby.signal and primary_conninfo: the clone starts as a standby streaming from the primary.
    as_pg "$PG_BIN/pg_basebackup" -D "$dir/standby/data" -h 127.0.0.1 -p "$PG_PORT" -U postgres -R -X stream \
      -c fast
    as_pg "$PG_BIN/pg_ctl" -D "$dir/standby/data" -l "$dir/standby/server.log" -w -t 60 \
      -o "-p $standby_port -k $dir/standby -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=$PG_SHARED_BUFFERS -c max_wal_size=$PG_MAX_WAL_SIZE" \
      start >/dev/null
    echo "port = $standby_port" >"$dir/standby/port"
    # Synchronous: the primary acknowledges a commit only once the standby has written it to its WAL.
    pg_query postgres "ALTER SYSTEM SET synchronous_standby_names = '*'" >/dev/null
    pg_query postgres "SELECT pg_reload_conf()" >/dev/null
    for _ in $(seq 1 600); do
      [ "$(pg_query postgres "SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'")" = 1 ] && break
      sleep 0.1
    done
    [ "$(pg_query postgres "SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'")" = 1 ] \
      || { echo "the standby did not reach synchronous replication; see $dir/standby/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1:$PG_PORT,127.0.0.1:$standby_port;Username=postgres;Database=ledger;Target Session Attributes=primary" \
      | tee "$dir/connection"
    ;;
  status)
    for server in primary standby; do
      port=$(port_of "$dir/$server")
      case "$(is_primary "$port" || echo down)" in
        t) echo "$server (port $port): primary";;
        f) echo "$server (port $port): standby";;
        *) echo "$server (port $port): down";;
      esac
    done
    port=$(port_of "$dir/primary")
    if [ "$(is_primary "$port" || true)" = t ]; then
      PG_PORT=$port pg_query postgres "SELECT application_name, state, sync_state FROM pg_stat_replication"
    fi
    ;;
  failover)
    started=$(date +%s%N)
    as_pg "$PG_BIN/pg_ctl" -D "$dir/primary/data" -m immediate stop >/dev/null
    as_pg "$PG_BIN/pg_ctl" -D "$dir/standby/data" -w -t 60 promote >/dev/null
    echo "primary stopped (-m immediate) and standby promoted in $(( ($(date +%s%N) - started) / 1000000 )) ms"
    ;;
  down)
    for server in standby primary; do
      if [ -f "$dir/$server/data/postmaster.pid" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$dir/$server/data" -m fast stop >/dev/null || true
      fi
    done
    ;;
  *)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
