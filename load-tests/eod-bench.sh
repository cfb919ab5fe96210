#!/usr/bin/env bash
# End of day at scale: starts its own PostgreSQL and a silo, creates LINES drawn credit lines (one borrower each),
# sends one EndOfDay, waits until the store shows every book closed, verifies the accrual journal and the books
# against the pure domain's rule, times the naive way (one transaction per line, on a sample, scaled), prints the
# closing figures of the silo's /v1/status and, as its last line:
#   eod_lines=<n> eod_seconds=<s> per_line_baseline_seconds=<s> ratio=<baseline/eod> date_step_ms=<ms>
# EndOfDay is only the date step (one small commit); the books close the day themselves, through the silo's sweep
# here since nothing else touches them. So date_step_ms is the EndOfDay call alone, and eod_seconds runs from
# sending it until the ledger database has no borrower row whose closed day (grains.closed_through) is before the
# day closed, polled every 100 ms through one psql session kept open (so figures are up to about 0.1 s late; a new
# psql and server backend for every poll cost ~15 ms of CPU each, 7 % of the two cores taken from the sweep). It fails if that takes more
# than EOD_SWEEP_TIMEOUT seconds (default 120 + LINES / 500), or if a line has not exactly one interest accrual
# entry, dated the day closed.
# Usage: load-tests/eod-bench.sh [LINES]   (default 1000000)
# The EndOfDay is sent once the loaded books have been idle for EOD_IDLE_SECONDS (default 31): a book whose grain
# decided a command within the silo's grace for books in use (--sweepLiveIdleSeconds, 30 by default) is left to
# close inside its next command's commit, or by the sweep once idle that long, which is not what this measures.
# EOD_SILO_ARGS adds silo options (e.g. "--maxActivations 2000 --sweepBooksPerCommit 1000"); EOD_POLL_SECONDS
# sets the poll interval (default 0.1; each poll reads the closed-day index, a visible cost at 1,000,000 books).
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
sweep_timeout_s=${EOD_SWEEP_TIMEOUT:-$(( 120 + lines / 500 ))}
day=2024-03-01
. "$here/pg-local.sh"

# Microseconds since the epoch, from bash's clock (no process); EPOCHREALTIME's separator follows the locale.
now_us() {
  local t=$EPOCHREALTIME
  echo "${t//[.,]/}"
}

# "<books behind the day> <books>": borrower rows of the ledger database whose closed day is before it, and all.
books_behind() {
  pg_query ledger "SELECT count(*) FILTER (WHERE closed_through < DATE '$day'), count(*) FROM grains WHERE kind = 1"
}

# "t" while a borrower row's closed day is before the day, else "f". What is polled: it stops at the first such row
# in the closed-day index, so polling costs the database little, where counting a million rows would not. Asked
# through the psql session the poll keeps open (start_poll), so that a poll costs neither a process nor a backend.
any_book_behind() {
  local answer
  echo "SELECT EXISTS (SELECT 1 FROM grains WHERE kind = 1 AND closed_through < DATE '$day');" >&"${POLL[1]}"
  if ! read -r -t 30 answer <&"${POLL[0]}" || { [ "$answer" != t ] && [ "$answer" != f ]; }; then
    echo "the poll's psql session did not answer t or f (answer: '${answer:-none}')" >&2
    return 1
  fi
  echo "$answer"
}

start_poll() {
  coproc POLL { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d ledger -X -A -t -q -v ON_ERROR_STOP=1 2>&1; }
}

work=$(mktemp -d /tmp/ledger-eod-bench.XXXXXX)
chmod 755 "$work"
silo_pid=""
cleanup() {
  local rc=$?
  if [ "$rc" != 0 ] && [ -s "$work/silo.log" ]; then
    cp "$work/silo.log" "${EOD_FAILED_LOG:-/tmp/eod-bench-silo-failed.log}" 2>/dev/null || true
    echo "== the silo's log ends (whole log kept in ${EOD_FAILED_LOG:-/tmp/eod-bench-silo-failed.log}):" >&2
    tail -n 30 "$work/silo.log" >&2
  fi
  [ -n "$silo_pid" ] && kill -9 "$silo_pid" 2>/dev/null || true
  [ -n "${POLL_PID:-}" ] && kill "$POLL_PID" 2>/dev/null || true
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
# The silo's keys; everything here sends the operator key (the streams set the business date).
export LEDGER_API_KEY="eod-bench-client-$RANDOM$RANDOM" LEDGER_OPERATOR_KEY="eod-bench-operator-$RANDOM$RANDOM"
dotnet "$silo_dll" --urls "http://127.0.0.1:$silo_port" --postgres "$PG_CONN_BASE;Database=ledger" \
  --data "$work/silo" --siloPort "$(free_port)" --gatewayPort "$(free_port)" ${EOD_SILO_ARGS:-} >"$work/silo.log" 2>&1 &
silo_pid=$!
disown "$silo_pid"
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$silo_port/health" >/dev/null 2>&1 && break
  kill -0 "$silo_pid" 2>/dev/null || { cat "$work/silo.log" >&2; exit 1; }
  sleep 0.1
done

echo "== bulk-loading the lines"
# The summary, and the retries the client made (under memory pressure the silo answers commands that would load a
# book "try again", MEMORY_PRESSURE, and the client sends them again by id).
dotnet "$tool" replay "$work/lines.jsonl" --target "http://127.0.0.1:$silo_port" --concurrency "$concurrency" \
  --batch "$batch" 2>/dev/null | grep -E '^(retries|records)='
echo "silo admission: $(curl -fs -H "Authorization: Bearer $LEDGER_OPERATOR_KEY" \
  "http://127.0.0.1:$silo_port/metrics" | grep -E '^ledger_admission_(refused|episodes)_total' | sed 's/{[^}]*}//' \
  | tr '\n' ' ')"

# Before the end of day every book must still be behind the day (else the wait below would prove nothing).
read -r behind books <<<"$(books_behind)"
if [ "$books" != "$lines" ] || [ "$behind" != "$lines" ]; then
  echo "before the end of day the store has $books borrower rows, $behind of them behind $day; expected $lines" >&2
  exit 1
fi

idle_s=${EOD_IDLE_SECONDS:-31}
echo "== waiting ${idle_s} s: the books idle for longer than the silo's grace for books in use"
sleep "$idle_s"
rss_before_kb=$(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$silo_pid/status")
load_peak_kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$silo_pid/status")
# Reset the peak (Linux: 5 > clear_refs) so that the peak read after the sweep is the end of day's own.
echo 5 >"/proc/$silo_pid/clear_refs" 2>/dev/null || true

echo "== end of day: the date step, then the sweep until no book in the store is behind $day"
start_poll
# The session's first answer (its connection made before the clock starts): every book is behind the day still.
[ "$(any_book_behind)" = t ] || { echo "before the end of day the poll finds no book behind $day" >&2; exit 1; }
eod_started_us=$(now_us)
date_step_seconds=$(curl -fsS -o "$work/eod-answer.json" -w '%{time_total}' \
  -H "Authorization: Bearer $LEDGER_OPERATOR_KEY" -H 'Content-Type: application/json' \
  --data @"$work/eod.jsonl" "http://127.0.0.1:$silo_port/v1/commands")
cat "$work/eod-answer.json"; echo
grep -q '"ACCEPTED"' "$work/eod-answer.json" || { echo "end of day was not accepted" >&2; exit 1; }
while :; do
  behind=$(any_book_behind) || exit 1
  eod_done_us=$(now_us)
  [ "$behind" = f ] && break
  if [ $(( eod_done_us - eod_started_us )) -gt $(( sweep_timeout_s * 1000000 )) ]; then
    read -r behind books <<<"$(books_behind)"
    echo "after ${sweep_timeout_s} s (EOD_SWEEP_TIMEOUT) $behind of $books books in the store have not closed $day" \
      "(grains.closed_through); the silo's status and the end of its log:" >&2
    curl -sS -H "Authorization: Bearer $LEDGER_OPERATOR_KEY" "http://127.0.0.1:$silo_port/v1/status" >&2 || true
    echo >&2
    tail -n 30 "$work/silo.log" >&2
    exit 1
  fi
  sleep "${EOD_POLL_SECONDS:-0.1}"
done
eod_seconds=$(awk -v us=$(( eod_done_us - eod_started_us )) 'BEGIN { printf "%.2f", us / 1e6 }')
echo "every book in the store has closed $day, $eod_seconds s after the EndOfDay was sent" \
  "(the date step took ${date_step_seconds} s)"
rss_kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$silo_pid/status")
budget_mb=$(sed -n 's/^Memory budget \([0-9]*\) MB.*/\1/p' "$work/silo.log")
echo "silo RSS: peak while bulk-loading $(( load_peak_kb / 1024 )) MB," \
  "before end of day $(( rss_before_kb / 1024 )) MB," \
  "peak from the end of day to the last book closed $(( rss_kb / 1024 )) MB;" \
  "memory budget ${budget_mb:-none} MB (the default for its ceiling)"

echo "== verifying the journal: one interest accrual entry per line, dated $day"
# Per line: its accrual entries (postings share the entry's borrower and sequence number) and their dates. Lines
# come from the grains table, so a line without any accrual counts too.
read -r lines_right lines_seen <<<"$(pg_query ledger "
  SELECT count(*) FILTER (WHERE entries = 1 AND first_day = DATE '$day' AND last_day = DATE '$day'), count(*)
  FROM (SELECT l.borrower_id, count(DISTINCT j.entry_seq) AS entries,
               min(j.business_date) AS first_day, max(j.business_date) AS last_day
        FROM grains l
        LEFT JOIN journal_postings j ON j.borrower_id = l.borrower_id AND j.entity_kind = 2
             AND j.entity_id = l.entity_id AND j.event = 'interest-accrual'
        WHERE l.kind = 2
        GROUP BY l.borrower_id, l.entity_id) per_line")"
if [ "$lines_seen" != "$lines" ] || [ "$lines_right" != "$lines" ]; then
  echo "of $lines_seen lines in the store ($lines expected), $lines_right have exactly one interest accrual entry" \
    "dated $day; some that do not (borrower line entries first_day last_day):" >&2
  pg_query ledger "
    SELECT l.borrower_id, l.entity_id, count(DISTINCT j.entry_seq), min(j.business_date), max(j.business_date)
    FROM grains l
    LEFT JOIN journal_postings j ON j.borrower_id = l.borrower_id AND j.entity_kind = 2
         AND j.entity_id = l.entity_id AND j.event = 'interest-accrual'
    WHERE l.kind = 2
    GROUP BY l.borrower_id, l.entity_id
    HAVING count(DISTINCT j.entry_seq) <> 1 OR min(j.business_date) <> DATE '$day'
        OR max(j.business_date) <> DATE '$day'
    ORDER BY l.borrower_id LIMIT 10" >&2
  exit 1
fi
echo "each of the $lines lines has exactly one interest accrual entry, dated $day"

echo "== verifying the books against the pure domain"
curl -fsS -H "Authorization: Bearer $LEDGER_OPERATOR_KEY" "http://127.0.0.1:$silo_port/v1/snapshot" >"$work/silo-snapshot.json"
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

echo "== the ledger's status"
curl -fsS -H "Authorization: Bearer $LEDGER_OPERATOR_KEY" "http://127.0.0.1:$silo_port/v1/status" | python3 -c '
import json, sys
closing = json.load(sys.stdin)["closing"]
print("closing: " + " ".join("%s=%s" % (k, "null" if v is None else v) for k, v in closing.items()))'

awk -v n="$lines" -v e="$eod_seconds" -v b="$baseline_seconds" -v d="$date_step_seconds" \
  'BEGIN { printf "eod_lines=%d eod_seconds=%.2f per_line_baseline_seconds=%.1f ratio=%.1f date_step_ms=%.1f\n",
           n, e, b, b / e, d * 1000 }'
