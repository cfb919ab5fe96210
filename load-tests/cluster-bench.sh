#!/usr/bin/env bash
# Cluster throughput on one machine: the same stream replayed into 1, 2 and 3 Orleans silos sharing one PostgreSQL
# server, each time on a fresh cluster (deploy/local-cluster.sh: a private PostgreSQL, a new database, N silos in
# one Orleans cluster), once through the Orleans client (`replay --target orleans --postgres CONN`: gateways found
# in the membership table, each borrower's records to its grain, the path .NET front-ends take) and once over HTTP
# into silo 1 (`replay --target URL`: silo 1's API calls the grains wherever they live). Prints a table and as its
# last line, for every run:
#   silos1_orleans_per_s=<n> silos1_orleans_p99_ms=<n> silos1_http_per_s=<n> ... silos3_http_p99_ms=<n>
# Usage: load-tests/cluster-bench.sh [RECORDS]   (default 100000)
# Tuning (environment): CLUSTER_BENCH_SILOS (default "1 2 3"), CLUSTER_BENCH_KIND (mixed), CLUSTER_BENCH_DAYS
# (business days of the stream, default 5), CLUSTER_BENCH_CONCURRENCY (16 lanes), CLUSTER_BENCH_BATCH (128).
# Every run's outcome list must equal the pure domain's (dry run), or the script fails. Everything it starts is
# stopped on exit, failure or Ctrl-C.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
records=${1:-100000}
silo_counts=${CLUSTER_BENCH_SILOS:-1 2 3}
kind=${CLUSTER_BENCH_KIND:-mixed}
days=${CLUSTER_BENCH_DAYS:-5}
concurrency=${CLUSTER_BENCH_CONCURRENCY:-16}
batch=${CLUSTER_BENCH_BATCH:-128}
usage() {
  echo "usage: $0 [RECORDS]   (RECORDS: at least 1000; the CLUSTER_BENCH_* numbers: positive integers)" >&2
  exit 2
}
for value in "$records" "$days" "$concurrency" "$batch" $silo_counts; do
  case "$value" in '' | *[!0-9]* | 0*) usage ;; esac
done
[ "$records" -ge 1000 ] || usage
borrowers=$(( records / 40 > 100 ? records / 40 : 100 ))

work=$(mktemp -d /tmp/ledger-cluster-bench.XXXXXX)
chmod 755 "$work"
cluster_dir=""   # the cluster that is up, if any
replay_pid=""
cluster() {   # DIR up N | DIR down: deploy/local-cluster.sh with its state in DIR, running our copy of the silo
  LEDGER_CLUSTER_DIR="$1" LEDGER_CLUSTER_SILO_DLL="$work/silo/Ledger.Silo.dll" \
    bash "$root/deploy/local-cluster.sh" "${@:2}"
}
cleanup() {
  local status=$?
  [ -n "$replay_pid" ] && kill -9 "$replay_pid" 2>/dev/null || true
  if [ -n "$cluster_dir" ]; then
    if [ "$status" != 0 ] && [ "$status" != 130 ]; then
      for log in "$cluster_dir"/silo-*/silo.log; do
        [ -f "$log" ] || continue
        echo "--- $log (last lines, stack frames left out)" >&2
        grep -v '^   at ' "$log" | tail -n 15 >&2 || true
      done
    fi
    cluster "$cluster_dir" down >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== building (Release)"
for project in load-tests/Ledger.LoadTest src/Ledger.Silo; do
  if ! dotnet build -c Release "$root/$project" -v q -nologo >"$work/build.log" 2>&1; then
    grep -E 'error|Error' "$work/build.log" | sort -u | head -n 20 >&2
    echo "building $project failed" >&2
    exit 1
  fi
done
# Private copies of both builds: others may rebuild the working tree while the runs go on.
cp -a "$root/load-tests/Ledger.LoadTest/bin/Release/net10.0" "$work/tool"
cp -a "$root/src/Ledger.Silo/bin/Release/net10.0" "$work/silo"
tool="$work/tool/Ledger.LoadTest.dll"
# The silo's keys; everything here sends the operator key (the streams set the business date).
export LEDGER_API_KEY="cluster-bench-client-$RANDOM$RANDOM$RANDOM"
export LEDGER_OPERATOR_KEY="cluster-bench-operator-$RANDOM$RANDOM$RANDOM"

echo "== generating $records $kind records over $borrowers borrowers and at most $days business days"
stream="$work/stream.jsonl"
dotnet "$tool" generate --kind "$kind" --seed 42 --borrowers "$borrowers" --records "$records" --days "$days" \
  --out "$stream" | tail -n 1
dotnet "$tool" replay "$stream" --target dry-run --outcomes "$work/expected-outcomes.jsonl" | tail -n 1

# Waits until Orleans' membership, as silo 1 reports it, has exactly N active silos (each silo answers /health only
# once it has joined, but the others learn of it through the membership table and gossip a moment later).
wait_active() {
  python3 - "$LEDGER_OPERATOR_KEY" 60 "$@" <<'PY'
import json, sys, time, urllib.request
key, limit, url, count = sys.argv[1], float(sys.argv[2]), sys.argv[3].rstrip("/"), int(sys.argv[4])
start, state = time.monotonic(), "no answer yet"
while True:
    try:
        request = urllib.request.Request(url + "/v1/cluster/silos", headers={"Authorization": "Bearer " + key})
        with urllib.request.urlopen(request, timeout=5) as answer:
            active = [s["siloId"] for s in json.load(answer) if s["status"] == "active"]
        state = f"active: {active}"
        if len(active) == count:
            print(f"{count} silo(s) active after {time.monotonic() - start:.1f} s")
            sys.exit(0)
    except Exception as error:  # a silo still starting: look again
        state = f"{type(error).__name__}: {error}"
    if time.monotonic() - start > limit:
        print(f"not {count} active silos after {limit:.0f} s ({state})", file=sys.stderr)
        sys.exit(1)
    time.sleep(0.2)
PY
}

results="$work/results.tsv"
: >"$results"
run() {
  local silos=$1 route=$2 tag="silos$1_$2" urls=() started target
  echo "== $silos silo(s), through the $route client"
  started=$(date +%s.%N)
  cluster_dir="$work/$tag"
  if ! cluster "$cluster_dir" up "$silos" >/dev/null 2>"$work/up.err"; then
    # A start can fail for reasons outside the ledger (a port taken between probe and bind): once more, afresh.
    grep -v '^   at ' "$work/up.err" | tail -n 5 >&2 || true
    echo "starting the cluster failed; starting a new one" >&2
    cluster "$cluster_dir" down >/dev/null 2>&1 || true
    rm -rf "$cluster_dir"
    cluster "$cluster_dir" up "$silos" >/dev/null
  fi
  for n in $(seq 1 "$silos"); do urls+=("$(cat "$cluster_dir/silo-$n/url")"); done
  wait_active "${urls[0]}" "$silos"
  if [ "$route" = orleans ]; then
    target=(--target orleans --postgres "$(cat "$cluster_dir/postgres.conn")")
  else
    target=(--target "${urls[0]}")
  fi
  dotnet "$tool" replay "$stream" "${target[@]}" --concurrency "$concurrency" \
    --batch "$batch" --outcomes "$cluster_dir/outcomes.jsonl" --report "$cluster_dir/report.json" \
    >"$cluster_dir/replay.out" 2>"$cluster_dir/replay.err" &
  replay_pid=$!
  if ! wait "$replay_pid"; then
    replay_pid=""
    cat "$cluster_dir/replay.out" >&2
    tail -n 20 "$cluster_dir/replay.err" >&2
    echo "the replay failed ($tag)" >&2
    exit 1
  fi
  replay_pid=""
  tail -n 2 "$cluster_dir/replay.out"
  if ! cmp -s "$cluster_dir/outcomes.jsonl" "$work/expected-outcomes.jsonl"; then
    echo "the outcomes of $tag differ from the pure domain's:" >&2
    diff "$work/expected-outcomes.jsonl" "$cluster_dir/outcomes.jsonl" | head -n 10 >&2
    exit 1
  fi
  # No false deaths under load: the membership still lists exactly the N silos, all active (a silo declared dead
  # while it ran would show a dead entry, and a second one had it started again).
  if ! python3 - "$LEDGER_OPERATOR_KEY" "${urls[0]}" "$silos" <<'PY'
import json, sys, urllib.request
key, url, count = sys.argv[1], sys.argv[2].rstrip("/"), int(sys.argv[3])
request = urllib.request.Request(url + "/v1/cluster/silos", headers={"Authorization": "Bearer " + key})
with urllib.request.urlopen(request, timeout=10) as answer:
    silos = json.load(answer)
states = [f'{s["siloId"]} {s["status"]}' for s in silos]
if len(silos) != count or any(s["status"] != "active" for s in silos):
    print(f"a silo was declared dead during the run: {states}", file=sys.stderr)
    sys.exit(1)
print(f"membership after the run: {count} silo(s), all active, no false death")
PY
  then
    exit 1
  fi
  python3 - "$cluster_dir/report.json" "$silos" "$route" >>"$results" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(sys.argv[2], sys.argv[3], r["records"], f'{r["seconds"]:.2f}', f'{r["recordsPerSecond"]:.0f}',
      f'{r["latencyMs"]["p50"]:.2f}', f'{r["latencyMs"]["p99"]:.2f}', sep="\t")
PY
  # The cluster is thrown away: kill its silos outright instead of letting them stop one after another.
  for pidfile in "$cluster_dir"/silo-*/pid; do kill -9 "$(cat "$pidfile")" 2>/dev/null || true; done
  cluster "$cluster_dir" down >/dev/null
  cluster_dir=""
  rm -rf "$work/$tag"
  awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "run took %.0f s with start-up and shutdown\n", e - s }'
}

for silos in $silo_counts; do
  run "$silos" orleans
  run "$silos" http
done

echo "== results ($records $kind records, $days days, concurrency $concurrency, batch $batch)"
python3 - "$results" <<'PY'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
one = {r[1]: float(r[4]) for r in rows if r[0] == "1"}
print(f'{"silos":>5}  {"client":<8} {"records":>8} {"seconds":>8} {"records/s":>10} {"p50_ms":>8} {"p99_ms":>9} '
      f'{"vs_1_silo":>9}')
for silos, route, count, seconds, per_s, p50, p99 in rows:
    ratio = f"{float(per_s) / one[route]:.2f}" if one.get(route) else ""
    print(f"{silos:>5}  {route:<8} {count:>8} {seconds:>8} {per_s:>10} {p50:>8} {p99:>9} {ratio:>9}")
print(" ".join(f"silos{r[0]}_{r[1]}_per_s={r[4]} silos{r[0]}_{r[1]}_p99_ms={r[6]}" for r in rows))
PY
