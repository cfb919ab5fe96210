#!/usr/bin/env bash
# One command that compares the grain design with the naive way of building a ledger, on one machine:
# starts its own PostgreSQL, generates a `mixed` stream, runs `baseline` (one transaction per command) and
# `orleans-baseline` (stock Orleans: the book in an IPersistentState on Persistence.AdoNet, one write per command),
# then `replay` into one silo on the same database server over HTTP, then through the Orleans client (the path .NET
# front-ends take) into a fresh database and silo, checks both outcome lists are the same, prints the HTTP figures
# on a line `http: ...` and as its last line the Orleans client's:
#   ratio=<replay/baseline throughput> replay_per_s=<n> baseline_per_s=<n> p99_ms=<n> rss_mb=<silo peak RSS>
#   orleans_adonet_per_s=<n> ratio_vs_orleans_adonet=<replay/stock Orleans throughput> http_per_s=<n>
# Usage: load-tests/bench.sh [RECORDS]   (default 200000; BENCH_CONCURRENCY, BENCH_BATCH tune the clients;
# BENCH_ORLEANS_CONCURRENCY the stock-Orleans callers, default 128; BENCH_KIND, BENCH_DAYS pick another stream)
# Latency at a set rate, open loop (each record's latency counted from when it was due), each run replaying the
# same stream into a fresh PostgreSQL server, database and silo after the runs above (so the server's background
# work on what they wrote, autovacuum above all, is not measured with it), its line printed before the last line:
#   BENCH_HALF_RATE=1  at half the rate the replay above measured:
#     half_rate=<n> p50_ms=<n> p90_ms=<n> p99_ms=<n> p999_ms=<n> warmup_s=<s> warmup_p99_ms=<n>
#   BENCH_RATE=N       at N records/s:
#     rate=<N> p50_ms=<n> p90_ms=<n> p99_ms=<n> p999_ms=<n>
# Both may be set (half rate first). The records due in the first BENCH_WARMUP seconds (default 5) are counted
# apart from the percentiles: a fresh silo activates its books and compiles its code then.
# Everything it starts is stopped on exit, failure or Ctrl-C.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
records=${1:-200000}
concurrency=${BENCH_CONCURRENCY:-16}
# Callers of the stock-Orleans baseline, each with one command in flight: as many commands at once as a front-end
# sending one command per call from many callers would have.
orleans_concurrency=${BENCH_ORLEANS_CONCURRENCY:-128}
batch=${BENCH_BATCH:-128}
borrowers=$(( records / 40 > 100 ? records / 40 : 100 ))
fixed_rate=${BENCH_RATE:-}
if [ -n "$fixed_rate" ] && ! [[ "$fixed_rate" =~ ^[1-9][0-9]*$ ]]; then
  echo "BENCH_RATE must be a whole number of records per second, not '$fixed_rate'" >&2
  exit 2
fi
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

# Starts a silo on database DB (PostgreSQL's ledger database of that name, created here) with its files in
# $work/NAME and its log in $work/NAME.log, on $silo_port, and waits until it answers; any silo running is
# stopped first.
start_silo() {
  local db=$1 name=$2
  if [ -n "$silo_pid" ]; then
    kill "$silo_pid"
    while kill -0 "$silo_pid" 2>/dev/null; do sleep 0.1; done
  fi
  pg_createdb "$db"
  dotnet "$silo_dll" --urls "http://127.0.0.1:$silo_port" --postgres "$PG_CONN_BASE;Database=$db" \
    --data "$work/$name" --siloPort "$(free_port)" --gatewayPort "$(free_port)" >"$work/$name.log" 2>&1 &
  silo_pid=$!
  disown "$silo_pid"
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$silo_port/health" >/dev/null 2>&1 && return 0
    kill -0 "$silo_pid" 2>/dev/null || { cat "$work/$name.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "the silo on database $db did not answer in 30 s; its log:" >&2
  cat "$work/$name.log" >&2
  exit 1
}

# The stream again, open loop at RATE records/s (record n due at start + n/RATE s, its latency counted from then,
# so waiting behind an end of day counts), into a fresh PostgreSQL server, database NAME and silo; the report goes
# to $work/report-NAME.json.
replay_at_rate() {
  local rate=$1 name=$2
  if [ -n "$silo_pid" ]; then
    kill "$silo_pid"
    while kill -0 "$silo_pid" 2>/dev/null; do sleep 0.1; done
    silo_pid=""
  fi
  pg_stop
  rm -rf "$PG_DIR"
  pg_start "$work/pg-$name"
  start_silo "$name" "silo-$name"
  dotnet "$tool" replay "$work/stream.jsonl" --target "http://127.0.0.1:$silo_port" --rate "$rate" \
    --concurrency "$concurrency" --batch "$batch" --warmup "${BENCH_WARMUP:-5}" --report "$work/report-$name.json" \
    2>/dev/null | tail -n 3
}

echo "== building (Release)"
dotnet build -c Release "$root/load-tests/Ledger.LoadTest" -v q -nologo >/dev/null
dotnet build -c Release "$root/src/Ledger.Silo" -v q -nologo >/dev/null
tool="$root/load-tests/Ledger.LoadTest/bin/Release/net10.0/Ledger.LoadTest.dll"
silo_dll="$root/src/Ledger.Silo/bin/Release/net10.0/Ledger.Silo.dll"

echo "== PostgreSQL"
pg_start "$work/pg"
pg_createdb baseline

echo "== generating $records ${BENCH_KIND:-mixed} records over $borrowers borrowers, ${BENCH_DAYS:-60} days at most"
dotnet "$tool" generate --kind "${BENCH_KIND:-mixed}" --seed 42 --borrowers "$borrowers" --records "$records" \
  --days "${BENCH_DAYS:-60}" \
  --out "$work/stream.jsonl" | tail -n 1

echo "== baseline: one transaction per command, concurrency $concurrency"
baseline_out=$(dotnet "$tool" baseline "$work/stream.jsonl" --postgres "$PG_CONN_BASE;Database=baseline" \
  --concurrency "$concurrency" | tail -n 1)
echo "$baseline_out"
baseline_per_s=$(echo "$baseline_out" | sed -n 's/.*per_s=\([0-9.]*\).*/\1/p')

echo "== stock Orleans: grain state on Persistence.AdoNet, one write per command, $orleans_concurrency callers"
pg_createdb orleans_adonet
orleans_out=$(dotnet "$tool" orleans-baseline "$work/stream.jsonl" \
  --postgres "$PG_CONN_BASE;Database=orleans_adonet" --concurrency "$orleans_concurrency" | tail -n 2)
echo "$orleans_out"
orleans_per_s=$(echo "$orleans_out" | sed -n 's/^orleans_adonet_per_s=\([0-9]*\)$/\1/p')

echo "== replay over HTTP into one silo, concurrency $concurrency, batch $batch"
silo_port=$(free_port)
# The silo's keys; everything here sends the operator key (the streams set the business date).
export LEDGER_API_KEY="bench-client-$RANDOM$RANDOM" LEDGER_OPERATOR_KEY="bench-operator-$RANDOM$RANDOM"
start_silo ledger silo
dotnet "$tool" replay "$work/stream.jsonl" --target "http://127.0.0.1:$silo_port" \
  --concurrency "$concurrency" --batch "$batch" --report "$work/report.json" --outcomes "$work/outcomes.jsonl" \
  2>/dev/null | tail -n 3
http_rss_kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$silo_pid/status")

echo "== replay through the Orleans client into a fresh silo, concurrency $concurrency, batch $batch"
# The path .NET front-ends take: grain calls through a gateway found in the ledger database's membership table.
start_silo ledger_orleans silo-orleans
dotnet "$tool" replay "$work/stream.jsonl" --target orleans --postgres "$PG_CONN_BASE;Database=ledger_orleans" \
  --concurrency "$concurrency" --batch "$batch" --report "$work/report-orleans.json" \
  --outcomes "$work/outcomes-orleans.jsonl" 2>/dev/null | tail -n 3
rss_kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$silo_pid/status")
cmp -s "$work/outcomes.jsonl" "$work/outcomes-orleans.jsonl" \
  || { echo "the Orleans client's outcome list differs from the HTTP replay's" >&2; exit 1; }

summary=$(python3 - "$work/report-orleans.json" "$baseline_per_s" "$rss_kb" "$orleans_per_s" "$work/report.json" \
  "$http_rss_kb" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
http = json.load(open(sys.argv[5]))
baseline = float(sys.argv[2])
orleans = float(sys.argv[4])
replay = report["recordsPerSecond"]
http_per_s = http["recordsPerSecond"]
print(f"http: ratio={http_per_s / baseline:.2f} replay_per_s={http_per_s:.0f} p99_ms={http['latencyMs']['p99']:.2f} "
      f"rss_mb={int(sys.argv[6]) / 1024:.0f} ratio_vs_orleans_adonet={http_per_s / orleans:.2f}", file=sys.stderr)
print(f"ratio={replay / baseline:.2f} replay_per_s={replay:.0f} baseline_per_s={baseline:.0f} "
      f"p99_ms={report['latencyMs']['p99']:.2f} rss_mb={int(sys.argv[3]) / 1024:.0f} "
      f"orleans_adonet_per_s={orleans:.0f} ratio_vs_orleans_adonet={replay / orleans:.2f} "
      f"http_per_s={http_per_s:.0f}")
PY
)

if [ "${BENCH_HALF_RATE:-0}" = 1 ]; then
  # Latency at half the peak just measured.
  half=$(python3 -c "import json,sys; print(int(json.load(open(sys.argv[1]))['recordsPerSecond'] / 2))" \
    "$work/report.json")
  echo "== replay at half the peak rate: --rate $half"
  replay_at_rate "$half" ledger_half
  python3 - "$work/report-ledger_half.json" "$half" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
latency, warmup = report["latencyMs"], report["warmupLatencyMs"]
print(f"half_rate={sys.argv[2]} p50_ms={latency['p50']:.2f} p90_ms={latency['p90']:.2f} "
      f"p99_ms={latency['p99']:.2f} p999_ms={latency['p999']:.2f} "
      f"warmup_s={report['warmupSeconds']:g} warmup_p99_ms={warmup['p99']:.2f}")
PY
fi

if [ -n "$fixed_rate" ]; then
  echo "== replay at a set rate: --rate $fixed_rate"
  replay_at_rate "$fixed_rate" ledger_rate
  python3 - "$work/report-ledger_rate.json" "$fixed_rate" <<'PY'
import json, sys
latency = json.load(open(sys.argv[1]))["latencyMs"]
print(f"rate={sys.argv[2]} p50_ms={latency['p50']:.2f} p90_ms={latency['p90']:.2f} "
      f"p99_ms={latency['p99']:.2f} p999_ms={latency['p999']:.2f}")
PY
fi

echo "$summary"
