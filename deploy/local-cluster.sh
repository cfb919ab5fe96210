#!/usr/bin/env bash
# A local Ledger cluster on loopback: a private PostgreSQL and N silos sharing it.
#   deploy/local-cluster.sh up N     start PostgreSQL and N silos; print each silo's URL on its own line
#   deploy/local-cluster.sh add      start one more silo in the running cluster; print its URL
#   deploy/local-cluster.sh down     stop exactly what `up`/`add` started in $LEDGER_CLUSTER_DIR
# State (data, logs, process ids, the keys) lives in $LEDGER_CLUSTER_DIR (default ./.cluster).
# LEDGER_API_KEY (client key) and LEDGER_OPERATOR_KEY (operator key) are honoured; a key not given is generated into
# $LEDGER_CLUSTER_DIR/api-key or $LEDGER_CLUSTER_DIR/operator-key. Every silo gets the same keys.
# `up` builds src/Ledger.Silo (Release) and runs that build, unless LEDGER_CLUSTER_SILO_DLL names a built
# Ledger.Silo.dll to run instead (load-tests/cluster-bench.sh runs its own copy, so that builds in the working tree
# cannot change the silo under a measurement).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
dir=${LEDGER_CLUSTER_DIR:-./.cluster}
. "$root/load-tests/pg-local.sh"

silo_dll=${LEDGER_CLUSTER_SILO_DLL:-"$root/src/Ledger.Silo/bin/Release/net10.0/Ledger.Silo.dll"}

# Silos run the home-made runtime (--runtime engine) for now: several Orleans silos on one machine need
# Orleans' ADO.NET clustering on the ledger's database, which is on its way.
start_silo() {
  local n=$1 port
  port=$(free_port)
  mkdir -p "$dir/silo-$n"
  LEDGER_API_KEY=$(cat "$dir/api-key") LEDGER_OPERATOR_KEY=$(cat "$dir/operator-key") nohup dotnet "$silo_dll" --urls "http://127.0.0.1:$port" \
    --postgres "$(cat "$dir/postgres")" --data "$dir/silo-$n" --siloId "silo-$n" --runtime engine \
    >"$dir/silo-$n/silo.log" 2>&1 </dev/null &
  echo $! >"$dir/silo-$n/pid"
  for _ in $(seq 1 300); do
    if curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
      echo "http://127.0.0.1:$port" | tee "$dir/silo-$n/url"
      return 0
    fi
    kill -0 "$(cat "$dir/silo-$n/pid")" 2>/dev/null || { cat "$dir/silo-$n/silo.log" >&2; return 1; }
    sleep 0.1
  done
  echo "silo-$n did not start; see $dir/silo-$n/silo.log" >&2
  return 1
}

case "${1:-}" in
  up)
    count=${2:-3}
    if [ -f "$dir/pg/data/postmaster.pid" ]; then
      echo "a cluster is already up in $dir (run: $0 down)" >&2; exit 1
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    chmod 755 "$dir"
    if [ -z "${LEDGER_CLUSTER_SILO_DLL:-}" ]; then
      dotnet build -c Release "$root/src/Ledger.Silo" -v q -nologo >/dev/null
    fi
    for pair in "api-key:${LEDGER_API_KEY:-}" "operator-key:${LEDGER_OPERATOR_KEY:-}"; do
      file="$dir/${pair%%:*}" given=${pair#*:}
      if [ -n "$given" ]; then
        printf '%s' "$given" >"$file"
      elif [ ! -f "$file" ]; then
        head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$file"
      fi
      chmod 600 "$file"
    done
    pg_start "$dir/pg"
    pg_createdb ledger
    echo "$PG_CONN_BASE;Database=ledger" >"$dir/postgres"
    for n in $(seq 1 "$count"); do start_silo "$n"; done
    ;;
  add)
    dir=$(cd "$dir" && pwd)
    n=$(( $(ls -d "$dir"/silo-* 2>/dev/null | wc -l) + 1 ))
    start_silo "$n"
    ;;
  down)
    [ -d "$dir" ] || exit 0
    dir=$(cd "$dir" && pwd)
    for pidfile in "$dir"/silo-*/pid; do
      [ -f "$pidfile" ] || continue
      pid=$(cat "$pidfile")
      kill -TERM "$pid" 2>/dev/null || true
    done
    for pidfile in "$dir"/silo-*/pid; do
      [ -f "$pidfile" ] || continue
      pid=$(cat "$pidfile")
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$pidfile"
    done
    PG_DIR="$dir/pg" pg_stop
    ;;
  *)
    echo "usage: $0 up N | add | down   (state in \$LEDGER_CLUSTER_DIR, default ./.cluster)" >&2
    exit 2
    ;;
esac
