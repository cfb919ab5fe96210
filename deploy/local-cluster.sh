#!/usr/bin/env bash
# A local Ledger cluster on loopback: a private PostgreSQL and N Orleans silos sharing it (ADO.NET clustering on the
# ledger's database, --postgres).
#   deploy/local-cluster.sh up N     start PostgreSQL and N silos; print each silo's URL on its own line
#   deploy/local-cluster.sh add      start one more silo in the running cluster; print its URL
#   deploy/local-cluster.sh start K  start silo K again (after a kill or a drain) on its own ports; print its URL
#   deploy/local-cluster.sh down     stop exactly what `up`/`add`/`start` started in $LEDGER_CLUSTER_DIR
# State lives in $LEDGER_CLUSTER_DIR (default ./.cluster): the PostgreSQL connection string in postgres.conn, the
# keys in api-key (client) and operator-key, and per silo K in silo-K/: its data directory, silo.log, pid, url (HTTP API) and gateway
# (HOST:PORT of its Orleans gateway). Each silo has its own HTTP, silo and gateway ports, chosen when it is first
# started and kept in silo-K/ports, so that a silo started again takes its old address (Orleans then retires the
# dead entry of its previous run at once).
# LEDGER_API_KEY (client key) and LEDGER_OPERATOR_KEY (operator key) are honoured; a key not given is generated into
# $LEDGER_CLUSTER_DIR/api-key or $LEDGER_CLUSTER_DIR/operator-key. Every silo gets the same keys.
# `up` builds src/Ledger.Silo (Release) and runs that build, unless LEDGER_CLUSTER_SILO_DLL names a built
# Ledger.Silo.dll to run instead (load-tests/cluster-bench.sh runs its own copy, so that builds in the working tree
# cannot change the silo under a measurement). LEDGER_CLUSTER_SILO_ARGS adds options to every silo's command line.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
dir=${LEDGER_CLUSTER_DIR:-./.cluster}
. "$root/load-tests/pg-local.sh"

silo_dll=${LEDGER_CLUSTER_SILO_DLL:-"$root/src/Ledger.Silo/bin/Release/net10.0/Ledger.Silo.dll"}

# A free port that no silo of this cluster has chosen (a stopped silo keeps its ports for its next start).
cluster_port() {
  local port
  for _ in $(seq 1 20); do
    port=$(free_port)
    if ! cat "$dir"/silo-*/ports 2>/dev/null | tr ' ' '\n' | grep -qx "$port"; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

start_silo() {
  local n=$1 http silo gateway pid
  mkdir -p "$dir/silo-$n"
  if [ ! -f "$dir/silo-$n/ports" ]; then
    http=$(cluster_port)
    echo "$http" >"$dir/silo-$n/ports"
    silo=$(cluster_port)
    echo "$http $silo" >"$dir/silo-$n/ports"
    gateway=$(cluster_port)
    echo "$http $silo $gateway" >"$dir/silo-$n/ports"
  fi
  read -r http silo gateway <"$dir/silo-$n/ports"
  # shellcheck disable=SC2086 # LEDGER_CLUSTER_SILO_ARGS is a list of options
  LEDGER_API_KEY=$(cat "$dir/api-key") LEDGER_OPERATOR_KEY=$(cat "$dir/operator-key") \
    nohup dotnet "$silo_dll" --urls "http://127.0.0.1:$http" \
    --postgres "$(cat "$dir/postgres.conn")" --data "$dir/silo-$n" --siloId "silo-$n" \
    --siloAddress 127.0.0.1 --siloPort "$silo" --gatewayPort "$gateway" ${LEDGER_CLUSTER_SILO_ARGS:-} \
    >>"$dir/silo-$n/silo.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$dir/silo-$n/pid"
  echo "127.0.0.1:$gateway" >"$dir/silo-$n/gateway"
  # /health answers once the Orleans silo has joined the cluster (the HTTP server starts after it).
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$http/health" >/dev/null 2>&1; then
      echo "http://127.0.0.1:$http" | tee "$dir/silo-$n/url"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$dir/silo-$n/silo.log" >&2; return 1; }
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
    echo "$PG_CONN_BASE;Database=ledger" >"$dir/postgres.conn"
    chmod 600 "$dir/postgres.conn"
    # The first silo alone creates the ledger's schema (Orleans' membership table with it); the rest join it.
    start_silo 1
    for n in $(seq 2 "$count"); do start_silo "$n"; done
    ;;
  add)
    dir=$(cd "$dir" && pwd)
    n=$(( $(ls -d "$dir"/silo-* 2>/dev/null | wc -l) + 1 ))
    start_silo "$n"
    ;;
  start)
    dir=$(cd "$dir" && pwd)
    n=${2:-}
    [ -f "$dir/silo-$n/ports" ] || { echo "no silo-$n in $dir (see: $0 up N | add)" >&2; exit 2; }
    if [ -f "$dir/silo-$n/pid" ]; then
      # A silo killed a moment ago may take a little while to be gone.
      for _ in $(seq 1 30); do kill -0 "$(cat "$dir/silo-$n/pid")" 2>/dev/null || break; sleep 0.1; done
      if kill -0 "$(cat "$dir/silo-$n/pid")" 2>/dev/null; then
        echo "silo-$n is running (pid $(cat "$dir/silo-$n/pid"))" >&2; exit 1
      fi
    fi
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
    echo "usage: $0 up N | add | start K | down   (state in \$LEDGER_CLUSTER_DIR, default ./.cluster)" >&2
    exit 2
    ;;
esac
