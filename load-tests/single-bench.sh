#!/usr/bin/env bash
# The front-end shape: many callers, one command per call. Starts its own PostgreSQL, generates a one-day
# `quickloan` stream, runs the naive baseline (one transaction per command) with SINGLE_CALLERS callers, then
# replays the stream into one silo on the same database server with the same number of callers, each with one
# command in flight (replay --batch 1): first over HTTP (one POST /v1/commands per command), then through the
# Orleans client (one grain call per command, the path .NET front-ends take), each into a fresh database and silo,
# then the baseline again into a fresh database: the machine's speed drifts from minute to minute, so the paths are
# set against the mean of a baseline taken before them and one taken after (both printed, and a warning when they
# differ by more than 15 %). Prints one line per path, then as its last line the slower of the two paths against
# that baseline:
#   ratio=<replay/baseline throughput> replay_per_s=<n> baseline_per_s=<n> p99_ms=<n>
# Usage: load-tests/single-bench.sh [RECORDS]   (default 60000; SINGLE_CALLERS default 128; SINGLE_SILO_ARGS adds
# silo options, e.g. "--commitLanes 4"; SINGLE_STATEMENTS=1 prints the server's costliest statements of each path,
# from pg_stat_statements, and its WAL flushes, from pg_stat_wal). After each path it prints the CPU per command of the
# silo, PostgreSQL and the replay, and the group commit's turns per batch and mean commit time. The silo runs on
# Orleans. Everything it starts is stopped on exit, failure or Ctrl-C.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
records=${1:-60000}
callers=${SINGLE_CALLERS:-128}
for value in "$records" "$callers"; do
  [[ "$value" =~ ^[1-9][0-9]*$ ]] \
    || { echo "usage: $0 [RECORDS]   (RECORDS, SINGLE_CALLERS: positive integers)" >&2; exit 2; }
done
borrowers=$(( records / 4 > 100 ? records / 4 : 100 ))
if [ "${SINGLE_STATEMENTS:-0}" = 1 ]; then
  export PG_OPTS="${PG_OPTS:-} -c shared_preload_libraries=pg_stat_statements -c track_wal_io_timing=on"
fi
. "$here/pg-local.sh"

work=$(mktemp -d /tmp/ledger-single.XXXXXX)
chmod 755 "$work"
silo_pid=""
cleanup() {
  [ -n "$silo_pid" ] && kill -9 "$silo_pid" 2>/dev/null || true
  pg_stop
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== building (Release)"
dotnet build -c Release "$root/load-tests/Ledger.LoadTest" -v q -nologo >/dev/null
dotnet build -c Release "$root/src/Ledger.Silo" -v q -nologo >/dev/null
tool="$root/load-tests/Ledger.LoadTest/bin/Release/net10.0/Ledger.LoadTest.dll"
silo_dll="$root/src/Ledger.Silo/bin/Release/net10.0/Ledger.Silo.dll"

echo "== PostgreSQL"
pg_start "$work/pg"

echo "== generating $records quickloan records over $borrowers borrowers, one business day"
dotnet "$tool" generate --kind quickloan --seed 7 --borrowers "$borrowers" --records "$records" --days 1 \
  --out "$work/stream.jsonl" | tail -n 1

# The naive baseline into a fresh database DB; prints its line and sets baseline_per_s.
run_baseline() {
  local out
  pg_createdb "$1"
  out=$(dotnet "$tool" baseline "$work/stream.jsonl" --postgres "$PG_CONN_BASE;Database=$1" \
    --concurrency "$callers" | tail -n 1)
  echo "$out"
  baseline_per_s=$(echo "$out" | sed -n 's/.*per_s=\([0-9.]*\).*/\1/p')
}

echo "== baseline (before the replays): one transaction per command, $callers callers"
run_baseline baseline
baseline_before=$baseline_per_s

# The silo's keys; everything here sends the operator key (the streams set the business date).
export LEDGER_API_KEY="bench-client-$RANDOM$RANDOM" LEDGER_OPERATOR_KEY="bench-operator-$RANDOM$RANDOM"
# Starts a silo on a fresh database DB, its HTTP API on $http_port and its gateway on $gateway_port.
start_silo() {
  local db=$1
  if [ -n "$silo_pid" ]; then
    kill "$silo_pid"
    while kill -0 "$silo_pid" 2>/dev/null; do sleep 0.1; done
  fi
  pg_createdb "$db"
  if [ "${SINGLE_STATEMENTS:-0}" = 1 ]; then pg_query "$db" "CREATE EXTENSION pg_stat_statements" >/dev/null; fi
  http_port=$(free_port)
  gateway_port=$(free_port)
  silo_port=$(free_port)
  # shellcheck disable=SC2086
  dotnet "$silo_dll" --urls "http://127.0.0.1:$http_port" --postgres "$PG_CONN_BASE;Database=$db" \
    --data "$work/silo-$db" --gatewayPort "$gateway_port" --siloPort "$silo_port" \
    ${SINGLE_SILO_ARGS:-} \
    >"$work/silo-$db.log" 2>&1 &
  silo_pid=$!
  disown "$silo_pid"
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$http_port/health" >/dev/null 2>&1 && return 0
    kill -0 "$silo_pid" 2>/dev/null || { cat "$work/silo-$db.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "the silo on database $db did not answer in 30 s; its log:" >&2
  cat "$work/silo-$db.log" >&2
  exit 1
}

# CPU time (user + system, clock ticks) from the processes' own counters in /proc: the silo's; the replay's (this
# shell's reaped children: the replay is the only one between two readings); PostgreSQL's (pg_cpu_ticks).
silo_ticks() { awk '{print $14 + $15}' "/proc/$silo_pid/stat"; }
children_ticks() { awk '{print $16 + $17}' /proc/$$/stat; }
ticks_per_s=$(getconf CLK_TCK)
us_per_command() { echo $(( $1 * 1000000 / ticks_per_s / records )); }
cpu_mark() {
  mark_silo=$(silo_ticks); mark_client=$(children_ticks); mark_pg=$(pg_cpu_ticks)
  if [ "${SINGLE_STATEMENTS:-0}" = 1 ]; then pg_query postgres "SELECT pg_stat_reset_shared('wal')" >/dev/null; fi
}
# Prints the CPU per command since cpu_mark of the silo, PostgreSQL and the replay (microseconds over $records
# commands), and from the silo's /metrics the group commit's mean turns per batch and mean commit time (the store's
# commit call for a batch, from writing its statements to the server's answer).
cpu_line() {
  local silo=$(( $(silo_ticks) - mark_silo )) client=$(( $(children_ticks) - mark_client ))
  local pg=$(( $(pg_cpu_ticks) - mark_pg ))
  local metrics
  metrics=$(curl -fs -H "Authorization: Bearer $LEDGER_OPERATOR_KEY" "http://127.0.0.1:$http_port/metrics")
  echo "silo_cpu_us_per_command=$(us_per_command "$silo") postgres_cpu_us_per_command=$(us_per_command "$pg")" \
    "replay_cpu_us_per_command=$(us_per_command "$client")" \
    "$(echo "$metrics" | awk '/^ledger_commit_turns_total/ {t += $NF} /^ledger_commit_batches_total/ {b += $NF}
        /^ledger_commit_duration_seconds_sum/ {d += $NF}
        END {printf "turns_per_commit=%.1f commit_ms_mean=%.2f", (b > 0 ? t / b : 0), (b > 0 ? d * 1000 / b : 0)}')" \
    | tee "$work/$1.cpu"
  if [ "${SINGLE_STATEMENTS:-0}" = 1 ]; then
    pg_query "$1" "SELECT round(total_exec_time::numeric) AS ms, calls, rows,
        left(regexp_replace(query, '\s+', ' ', 'g'), 100) FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
      ORDER BY total_exec_time DESC LIMIT 10"
    # The WAL flushes every commit waits for (the server's, since cpu_mark): how many, and their mean time. A busy
    # backend hands its WAL counts to pg_stat_wal only once it has been idle a while (at most 10 s in PostgreSQL 15).
    sleep 11
    pg_query postgres "SELECT 'wal_syncs=' || wal_sync || ' wal_sync_ms_mean='
        || round((wal_sync_time / greatest(wal_sync, 1))::numeric, 2) || ' wal_bytes_per_command='
        || round(wal_bytes / $records) FROM pg_stat_wal"
  fi
}

echo "== HTTP: $callers callers, one command per request"
start_silo http
cpu_mark
dotnet "$tool" replay "$work/stream.jsonl" --target "http://127.0.0.1:$http_port" --concurrency "$callers" \
  --batch 1 --report "$work/http.json" 2>/dev/null | tail -n 2
cpu_line http

echo "== Orleans client: $callers callers, one grain call per command"
start_silo orleans
cpu_mark
# The client finds the silo's gateway in the ledger database's membership table, as a front-end of a cluster does.
dotnet "$tool" replay "$work/stream.jsonl" --target orleans --postgres "$PG_CONN_BASE;Database=orleans" \
  --concurrency "$callers" --batch 1 --report "$work/orleans.json" 2>/dev/null | tail -n 2
cpu_line orleans

echo "== baseline (after the replays): one transaction per command, $callers callers"
run_baseline baseline_after
baseline_after=$baseline_per_s

python3 - "$work/http.json" "$work/orleans.json" "$baseline_before" "$baseline_after" <<'PY'
import json, sys
before, after = float(sys.argv[3]), float(sys.argv[4])
baseline = (before + after) / 2
print(f"baseline_before_per_s={before:.0f} baseline_after_per_s={after:.0f} baseline_per_s={baseline:.0f}")
if abs(before - after) > 0.15 * baseline:
    print("warning: the two baselines differ by more than 15 %: the machine's speed changed during the run")
paths = []
for name, path in (("http", sys.argv[1]), ("orleans", sys.argv[2])):
    report = json.load(open(path))
    per_s, p99 = report["recordsPerSecond"], report["latencyMs"]["p99"]
    paths.append((per_s, p99))
    print(f"{name}: ratio={per_s / baseline:.2f} replay_per_s={per_s:.0f} p99_ms={p99:.2f}")
per_s, p99 = min(paths)
print(f"ratio={per_s / baseline:.2f} replay_per_s={per_s:.0f} baseline_per_s={baseline:.0f} p99_ms={p99:.2f}")
PY
