#!/usr/bin/env bash
# The silo's memory while a stream with many borrowers is replayed: starts its own PostgreSQL and one silo (with
# MEM_MAX_ACTIVATIONS as its activation ceiling, default the silo's own, 100,000), generates a quickloan stream over
# BORROWERS borrowers (every one opened, then about one command each over MEM_DAYS business days), replays it
# and samples the silo's resident memory and live activations once a second. Prints the samples at every tenth of
# the run, then as its last line:
#   borrowers=<n> records=<n> max_activations=<n> peak_activations=<n> memory_budget_mb=<n> peak_rss_mb=<n>
#   end_rss_mb=<n> replay_per_s=<n>
# Usage: load-tests/memory-bench.sh [BORROWERS]   (default 1000000)
# Everything it starts is stopped on exit, failure or Ctrl-C.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
borrowers=${1:-1000000}
ceiling=${MEM_MAX_ACTIVATIONS:-100000}
days=${MEM_DAYS:-5}
for value in "$borrowers" "$ceiling" "$days"; do
  case "$value" in '' | *[!0-9]* | 0*)
    echo "usage: $0 [BORROWERS]   (BORROWERS, MEM_MAX_ACTIVATIONS, MEM_DAYS: positive integers)" >&2; exit 2 ;;
  esac
done
records=$(( 2 * borrowers + 1 ))
. "$here/pg-local.sh"

work=$(mktemp -d /tmp/ledger-memory-bench.XXXXXX)
chmod 755 "$work"
silo_pid=""
sampler_pid=""
cleanup() {
  [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
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
pg_createdb ledger

echo "== generating a quickloan stream: $borrowers borrowers, $records records, $days days"
dotnet "$tool" generate --kind quickloan --seed 7 --borrowers "$borrowers" --records "$records" --days "$days" \
  --out "$work/stream.jsonl" | tail -n 1

echo "== silo (activation ceiling $ceiling)"
port=$(free_port)
# The silo's keys; everything here sends the operator key (the streams set the business date).
export LEDGER_API_KEY="memory-bench-client-$RANDOM$RANDOM" LEDGER_OPERATOR_KEY="memory-bench-operator-$RANDOM$RANDOM"
dotnet "$silo_dll" --urls "http://127.0.0.1:$port" --postgres "$PG_CONN_BASE;Database=ledger" \
  --data "$work/silo" --maxActivations "$ceiling" --siloPort "$(free_port)" --gatewayPort "$(free_port)" \
  >"$work/silo.log" 2>&1 &
silo_pid=$!
disown "$silo_pid"
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 "$silo_pid" 2>/dev/null || { cat "$work/silo.log" >&2; exit 1; }
  sleep 0.1
done

# One sample a second: seconds since start, resident MB, live activations.
(
  start=$(date +%s)
  while kill -0 "$silo_pid" 2>/dev/null; do
    rss_kb=$(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$silo_pid/status" 2>/dev/null || echo 0)
    live=$(curl -fs -H "Authorization: Bearer $LEDGER_OPERATOR_KEY" "http://127.0.0.1:$port/v1/status" \
      | sed -n 's/.*"activations":\([0-9]*\).*/\1/p' || true)
    echo "$(( $(date +%s) - start )) $(( ${rss_kb:-0} / 1024 )) ${live:-0}"
    sleep 1
  done
) >"$work/samples.txt" &
sampler_pid=$!

echo "== replaying"
dotnet "$tool" replay "$work/stream.jsonl" --target "http://127.0.0.1:$port" --concurrency 16 --batch 256 \
  --report "$work/report.json" 2>/dev/null | tail -n 1
sleep 1
kill "$sampler_pid" 2>/dev/null || true
wait "$sampler_pid" 2>/dev/null || true
sampler_pid=""
peak_kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$silo_pid/status")
end_kb=$(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$silo_pid/status")

echo "== samples (seconds, resident MB, live activations), every tenth of the run"
awk '{ line[NR] = $0 } END { for (i = 1; i <= 10; i++) { n = int(NR * i / 10); if (n >= 1) print line[n] } }' \
  "$work/samples.txt" | awk '{ printf "  t=%4ds rss=%5d MB activations=%d\n", $1, $2, $3 }'
peak_live=$(awk 'BEGIN { m = 0 } $3 > m { m = $3 } END { print m }' "$work/samples.txt")
per_s=$(sed -n 's/.*"recordsPerSecond": *\([0-9.]*\).*/\1/p' "$work/report.json")
# The budget the silo printed at start (--memoryLimitMb, by default from its activation ceiling).
budget_mb=$(sed -n 's/^Memory budget \([0-9]*\) MB.*/\1/p' "$work/silo.log")
echo "borrowers=$borrowers records=$records max_activations=$ceiling peak_activations=$peak_live" \
  "memory_budget_mb=${budget_mb:-none} peak_rss_mb=$(( peak_kb / 1024 )) end_rss_mb=$(( end_kb / 1024 ))" \
  "replay_per_s=${per_s%.*}"
