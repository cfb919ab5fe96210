#!/usr/bin/env bash
# One command that compares the grain design with the naive way of building a ledger, on one machine:
# starts its own PostgreSQL, generates a `mixed` stream, runs `baseline` (one transaction per command), then
# `replay` into one silo on the same database server, and prints as its last line:
#   ratio=<replay/baseline throughput> replay_per_s=<n> baseline_per_s=<n> p99_ms=<n> rss_mb=<silo peak RSS>
# Usage: load-tests/bench.sh [RECORDS]   (default 200000; BENCH_CONCURRENCY, BENCH_BATCH tune the clients;
# BENCH_HALF_RATE=1 then replays the stream again into a fresh database at half the measured rate, open loop, and
# prints its latency percentiles before the last line, those of the first BENCH_WARMUP seconds (default 5) apart;
# BENCH_KIND, BENCH_DAYS pick another stream)
# Everything it starts is stopped on exit, failure or Ctrl-C.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
records=${1:-200000}
concurrency=${BENCH_CONCURRENCY:-16}
batch=${BENCH_BATCH:-128}
borrowers=$(( records / 40 > 100 ? records / 40 : 100 ))
. "$here/pg-local.sh"

work=$(mktemp -d /tmp/ledger-bench.XXXXXX)
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
pg_createdb baseline
pg_createdb ledger

echo "== generating $records ${BENCH_KIND:-mixed} records over $borrowers borrowers, ${BENCH_DAYS:-60} days at most"
dotnet "$tool" generate --kind "${BENCH_KIND:-mixed}" --seed 42 --borrowers "$borrowers" --records "$records" \
  --days "${BENCH_DAYS:-60}" \
  --out "$work/stream.jsonl" | tail -n 1

echo "== baseline: one transaction per command, concurrency $concurrency"
baseline_out=$(dotnet "$tool" baseline "$work/stream.jsonl" --postgres "$PG_CONN_BASE;Database=baseline" \
  --concurrency "$concurrency" | tail -n 1)
echo "$baseline_out"
baseline_per_s=$(echo "$baseline_out" | sed -n 's/.*per_s=\([0-9.]*\).*/\1/p')

echo "== replay into one silo, concurrency $concurrency, batch $batch"
silo_port=$(free_port)
export LEDGER_API_KEY="bench-$RANDOM$RANDOM"
dotnet "$silo_dll" --urls "http://127.0.0.1:$silo_port" --postgres "$PG_CONN_BASE;Database=ledger" \
  --data "$work/silo" >"$work/silo.log" 2>&1 &
silo_pid=$!
disown "$silo_pid"
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$silo_port/health" >/dev/null 2>&1 && break
  kill -0 "$silo_pid" 2>/dev/null || { cat "$work/silo.log" >&2; exit 1; }
  sleep 0.1
done
dotnet "$tool" replay "$work/stream.jsonl" --target "http://127.0.0.1:$silo_port" \
  --concurrency "$concurrency" --batch "$batch" --report "$work/report.json" --outcomes "$work/outcomes.jsonl" \
  2>/dev/null | tail -n 3
rss_kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$silo_pid/status")

summary=$(python3 - "$work/report.json" "$baseline_per_s" "$rss_kb" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
baseline = float(sys.argv[2])
replay = report["recordsPerSecond"]
print(f"ratio={replay / baseline:.2f} replay_per_s={replay:.0f} baseline_per_s={baseline:.0f} "
      f"p99_ms={report['latencyMs']['p99']:.2f} rss_mb={int(sys.argv[3]) / 1024:.0f}")
PY
)

if [ "${BENCH_HALF_RATE:-0}" = 1 ]; then
  # Latency at half the peak: the same stream into a fresh database, open loop at half the rate just measured
  # (each record's latency counted from when it was due, so waiting behind an end of day counts).
  half=$(python3 -c "import json,sys; print(int(json.load(open(sys.argv[1]))['recordsPerSecond'] / 2))" \
    "$work/report.json")
  echo "== replay at half the peak rate: --rate $half"
  kill "$silo_pid"
  while kill -0 "$silo_pid" 2>/dev/null; do sleep 0.1; done
  pg_createdb ledger_half
  dotnet "$silo_dll" --urls "http://127.0.0.1:$silo_port" --postgres "$PG_CONN_BASE;Database=ledger_half" \
    --data "$work/silo-half" >"$work/silo-half.log" 2>&1 &
  silo_pid=$!
  disown "$silo_pid"
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$silo_port/health" >/dev/null 2>&1 && break
    kill -0 "$silo_pid" 2>/dev/null || { cat "$work/silo-half.log" >&2; exit 1; }
    sleep 0.1
  done
  dotnet "$tool" replay "$work/stream.jsonl" --target "http://127.0.0.1:$silo_port" --rate "$half" \
    --concurrency "$concurrency" --batch "$batch" --warmup "${BENCH_WARMUP:-5}" --report "$work/report-half.json" \
    2>/dev/null | tail -n 3
  python3 - "$work/report-half.json" "$half" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
latency, warmup = report["latencyMs"], report["warmupLatencyMs"]
print(f"half_rate={sys.argv[2]} p50_ms={latency['p50']:.2f} p90_ms={latency['p90']:.2f} "
      f"p99_ms={latency['p99']:.2f} p999_ms={latency['p999']:.2f} "
      f"warmup_s={report['warmupSeconds']:g} warmup_p99_ms={warmup['p99']:.2f}")
PY
fi

echo "$summary"
