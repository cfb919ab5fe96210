#!/usr/bin/env bash
# End of day at scale: starts its own PostgreSQL and a silo, creates LINES drawn credit lines (one borrower each),
# runs one end of day, verifies the accrued totals against the pure domain's rule, times the naive way (one
# transaction per line, on a sample, scaled) and prints as its last line:
#   eod_lines=<n> eod_seconds=<s> per_line_baseline_seconds=<s> ratio=<baseline/eod>
# Usage: load-tests/eod-bench.sh [LINES]   (default 1000000)
# The lines are created by bulk-loading commands: a stream of OpenBorrower, OpenCreditLine and Draw records
# replayed through the batch API (EOD_BATCH records per request, EOD_CONCURRENCY lanes). Everything it starts is
# stopped on exit, failure or Ctrl-C.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
lines=${1:-1000000}
concurrency=${EOD_CONCURRENCY:-16}
batch=${EOD_BATCH:-256}
sample=$(( lines < 50000 ? lines : 50000 ))
. "$here/pg-local.sh"

work=$(mktemp -d /tmp/ledger-eod-bench.XXXXXX)
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
pg_createdb ledger
pg_createdb baseline

echo "== stream: $lines borrowers, each with one credit line drawn once"
awk -v n="$lines" 'BEGIN {
  print "{\"type\":\"SetBusinessDate\",\"id\":\"d0\",\"date\":\"2024-03-01\"}"
  for (i = 1; i <= n; i++) {
    b = sprintf("B%08d", i)
    printf "{\"type\":\"OpenBorrower\",\"id\":\"ob\",\"borrower\":\"%s\",\"limit\":1000000000}\n", b
    printf "{\"type\":\"OpenCreditLine\",\"id\":\"ol\",\"borrower\":\"%s\",\"line\":\"L1\",\"limit\":100000000,\"rate\":\"0.0435\",\"expiryDate\":\"2025-03-01\"}\n", b
    printf "{\"type\":\"Draw\",\"id\":\"dr\",\"borrower\":\"%s\",\"line\":\"L1\",\"amount\":%d}\n", b, 1000000 + (i * 7919) % 5000000
  }
}' >"$work/lines.jsonl"
echo '{"type":"EndOfDay","id":"eod-2024-03-01","date":"2024-03-01"}' >"$work/eod.jsonl"

echo "== silo"
silo_port=$(free_port)
export LEDGER_API_KEY="eod-bench-$RANDOM$RANDOM"
dotnet "$silo_dll" --urls "http://127.0.0.1:$silo_port" --postgres "$PG_CONN_BASE;Database=ledger" \
  --data "$work/silo" >"$work/silo.log" 2>&1 &
silo_pid=$!
disown "$silo_pid"
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$silo_port/health" >/dev/null 2>&1 && break
  kill -0 "$silo_pid" 2>/dev/null || { cat "$work/silo.log" >&2; exit 1; }
  sleep 0.1
done

echo "== bulk-loading the lines"
dotnet "$tool" replay "$work/lines.jsonl" --target "http://127.0.0.1:$silo_port" --concurrency "$concurrency" \
  --batch "$batch" 2>/dev/null | tail -n 1

rss_before_kb=$(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$silo_pid/status")
load_peak_kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$silo_pid/status")
# Reset the peak (Linux: 5 > clear_refs) so that the peak read after the end of day is the end of day's own.
echo 5 >"/proc/$silo_pid/clear_refs" 2>/dev/null || true

echo "== end of day"
eod_seconds=$(curl -fsS -o "$work/eod-answer.json" -w '%{time_total}' \
  -H "Authorization: Bearer $LEDGER_API_KEY" -H 'Content-Type: application/json' \
  --data @"$work/eod.jsonl" "http://127.0.0.1:$silo_port/v1/commands")
cat "$work/eod-answer.json"; echo
grep -q '"ACCEPTED"' "$work/eod-answer.json" || { echo "end of day was not accepted" >&2; exit 1; }
rss_kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$silo_pid/status")
budget_mb=$(sed -n 's/^Memory budget \([0-9]*\) MB.*/\1/p' "$work/silo.log")
echo "silo RSS: peak while bulk-loading $(( load_peak_kb / 1024 )) MB, before end of day $(( rss_before_kb / 1024 )) MB," \
  "peak during end of day $(( rss_kb / 1024 )) MB; memory budget ${budget_mb:-none} MB (the default for its ceiling)"

echo "== verifying against the pure domain"
curl -fsS -H "Authorization: Bearer $LEDGER_API_KEY" "http://127.0.0.1:$silo_port/v1/snapshot" >"$work/silo-snapshot.json"
cat "$work/lines.jsonl" "$work/eod.jsonl" >"$work/all.jsonl"
dotnet "$tool" replay "$work/all.jsonl" --target dry-run --snapshot "$work/domain-snapshot.json" | tail -n 1
if ! cmp -s "$work/silo-snapshot.json" "$work/domain-snapshot.json"; then
  echo "the silo's books after end of day differ from the domain's" >&2
  diff "$work/silo-snapshot.json" "$work/domain-snapshot.json" | head -n 20 >&2
  exit 1
fi
echo "snapshot after end of day equals the domain's (every line's interest, every account)"

echo "== baseline: one transaction per line, $sample lines, scaled to $lines"
baseline_out=$(dotnet "$tool" eod-baseline --postgres "$PG_CONN_BASE;Database=baseline" --sample "$sample" \
  --lines "$lines" | tail -n 1)
echo "$baseline_out"
baseline_seconds=$(echo "$baseline_out" | sed -n 's/.*scaled_seconds=\([0-9.]*\).*/\1/p')

awk -v n="$lines" -v e="$eod_seconds" -v b="$baseline_seconds" \
  'BEGIN { printf "eod_lines=%d eod_seconds=%.2f per_line_baseline_seconds=%.1f ratio=%.1f\n", n, e, b, b / e }'
