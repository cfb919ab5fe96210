#!/usr/bin/env bash
# What Orleans' dashboard costs the ledger: the same front-end load (one command per grain call from many callers,
# through the Orleans client) into one PostgreSQL silo with --dashboard on and with --dashboard off, alternating,
# each run on a fresh database. Besides throughput it reads the silo's own CPU time (utime + stime of its process,
# /proc/PID/stat) over the replay, which a busy machine disturbs less than throughput.
# Prints one line per run, then as its last line the medians:
#   dashboard_on_per_s=<n> dashboard_off_per_s=<n> throughput_cost_pct=<n> cpu_us_on=<n> cpu_us_off=<n> cpu_cost_pct=<n>
# Usage: load-tests/dashboard-bench.sh [RECORDS]   (default 20000; DASH_ROUNDS default 2; DASH_CALLERS default 128)
# Everything it starts is stopped on exit, failure or Ctrl-C.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
records=${1:-20000}
rounds=${DASH_ROUNDS:-2}
callers=${DASH_CALLERS:-128}
for value in "$records" "$rounds" "$callers"; do
  [[ "$value" =~ ^[1-9][0-9]*$ ]] \
    || { echo "usage: $0 [RECORDS]   (RECORDS, DASH_ROUNDS, DASH_CALLERS: positive integers)" >&2; exit 2; }
done
borrowers=$(( records / 4 > 100 ? records / 4 : 100 ))
. "$here/pg-local.sh"

work=$(mktemp -d /tmp/ledger-dashboard.XXXXXX)
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

# The silo's keys (a cluster-mode silo refuses to start without the operator key; the replay sends the operator key,
# as the stream sets the business date).
export LEDGER_API_KEY="bench-$RANDOM$RANDOM" LEDGER_OPERATOR_KEY="bench-operator-$RANDOM$RANDOM"
ticks=$(getconf CLK_TCK)
cpu_seconds() { awk -v t="$ticks" '{ print ($14 + $15) / t }' "/proc/$1/stat"; }

# One run: a fresh database and silo with --dashboard $1, the stream replayed through the Orleans client.
run() {
  local mode=$1 db=$2
  pg_createdb "$db"
  local http_port gateway_port silo_port
  http_port=$(free_port)
  gateway_port=$(free_port)
  silo_port=$(free_port)
  dotnet "$silo_dll" --urls "http://127.0.0.1:$http_port" --postgres "$PG_CONN_BASE;Database=$db" \
    --data "$work/silo-$db" --gatewayPort "$gateway_port" --siloPort "$silo_port" --dashboard "$mode" \
    >"$work/silo-$db.log" 2>&1 &
  silo_pid=$!
  disown "$silo_pid"
  local up=""
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$http_port/health" >/dev/null 2>&1; then up=1; break; fi
    kill -0 "$silo_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$up" ] || { echo "the silo did not start; its log:" >&2; cat "$work/silo-$db.log" >&2; exit 1; }
  local before after
  before=$(cpu_seconds "$silo_pid")
  dotnet "$tool" replay "$work/stream.jsonl" --target orleans --postgres "$PG_CONN_BASE;Database=$db" \
    --concurrency "$callers" --batch 1 --report "$work/$db.json" >/dev/null 2>&1
  after=$(cpu_seconds "$silo_pid")
  kill "$silo_pid"
  while kill -0 "$silo_pid" 2>/dev/null; do sleep 0.1; done
  silo_pid=""
  python3 - "$work/$db.json" "$mode" "$before" "$after" "$records" <<'PY' | tee -a "$work/runs.txt"
import json, sys
report = json.load(open(sys.argv[1]))
cpu_us = (float(sys.argv[4]) - float(sys.argv[3])) * 1e6 / int(sys.argv[5])
print(f"dashboard={sys.argv[2]} per_s={report['recordsPerSecond']:.0f} p99_ms={report['latencyMs']['p99']:.2f} "
      f"silo_cpu_us_per_cmd={cpu_us:.0f}")
PY
}

for round in $(seq 1 "$rounds"); do
  echo "== round $round: $callers callers, one grain call per command"
  run on "on$round"
  run off "off$round"
done

python3 - "$work/runs.txt" <<'PY'
import statistics, sys
runs = {"on": [], "off": []}
for line in open(sys.argv[1]):
    fields = dict(f.split("=") for f in line.split())
    runs[fields["dashboard"]].append((float(fields["per_s"]), float(fields["silo_cpu_us_per_cmd"])))
on_rate = statistics.median(r for r, _ in runs["on"])
off_rate = statistics.median(r for r, _ in runs["off"])
on_cpu = statistics.median(c for _, c in runs["on"])
off_cpu = statistics.median(c for _, c in runs["off"])
print(f"dashboard_on_per_s={on_rate:.0f} dashboard_off_per_s={off_rate:.0f} "
      f"throughput_cost_pct={100 * (off_rate - on_rate) / off_rate:.1f} cpu_us_on={on_cpu:.0f} "
      f"cpu_us_off={off_cpu:.0f} cpu_cost_pct={100 * (on_cpu - off_cpu) / off_cpu:.1f}")
PY
