#!/usr/bin/env bash
# The same stream on the last commit of the home-made grain runtime and on Orleans, side by side in one run
# (issue 17: "aim: Orleans no slower"). Checks out COMPARE_REF (default ff16165^, the commit before the home-made
# runtime was deleted) in a detached git worktree in a temp directory, builds its silo and this tree's silo and
# load-test tool in Release, starts its own PostgreSQL, generates bench.sh's stream (`mixed`, seed 42, RECORDS/40
# borrowers, at most 60 business days), and replays it over HTTP with bench.sh's peak options (16 lanes, batches of
# 128, as fast as it goes) into the home-made runtime's silo (`--runtime engine`) and into the Orleans silo, each on
# a fresh database and a fresh silo, one after the other (never both at once). Both outcome lists and snapshots must
# equal the pure domain's (a dry run of the same stream), else it fails. Prints as its last line:
#   homemade_per_s=<n> orleans_per_s=<n> ratio_orleans_vs_homemade=<orleans/home-made throughput>
# Usage: load-tests/runtime-compare.sh [RECORDS]   (default 200000; BENCH_CONCURRENCY, BENCH_BATCH, BENCH_KIND,
# BENCH_DAYS as in bench.sh; COMPARE_ROUNDS (default 1) replays the stream that many times into each runtime, the
# first runtime alternating from round to round so that neither always runs on the warmer machine; the figures are
# the means of the rounds; COMPARE_REF another commit of the home-made runtime).
# The load-test tool is this tree's for both silos: the generator, the domain and the HTTP replay are unchanged since
# the home-made runtime (but for its client's partition routing, which a single silo never needed), so one client
# binary keeps the comparison about the silos. Everything it starts is stopped, and the worktree removed, on exit.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
records=${1:-200000}
rounds=${COMPARE_ROUNDS:-1}
ref=${COMPARE_REF:-ff16165^}
concurrency=${BENCH_CONCURRENCY:-16}
batch=${BENCH_BATCH:-128}
borrowers=$(( records / 40 > 100 ? records / 40 : 100 ))
if ! [[ "$rounds" =~ ^[1-9][0-9]*$ ]]; then
  echo "COMPARE_ROUNDS must be a whole number of rounds, not '$rounds'" >&2
  exit 2
fi
. "$here/pg-local.sh"

work=$(mktemp -d /tmp/ledger-runtime-compare.XXXXXX)
chmod 755 "$work"
old="$work/homemade-tree"
silo_pid=""
cleanup() {
  [ -n "$silo_pid" ] && kill -9 "$silo_pid" 2>/dev/null || true
  pg_stop
  if [ -d "$old" ]; then
    git -C "$root" worktree remove --force "$old" 2>/dev/null || true
  fi
  git -C "$root" worktree prune 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build() {
  local project=$1
  if ! dotnet build -c Release "$project" -v q -nologo >"$work/build.log" 2>&1; then
    grep -E 'error|Error' "$work/build.log" | sort -u | head -n 20 >&2
    echo "building $project failed" >&2
    exit 1
  fi
}

echo "== checking out $ref (the home-made runtime) in a worktree"
git -C "$root" worktree add --detach "$old" "$ref" >/dev/null 2>&1 \
  || { echo "git worktree add $ref failed (is this a git clone with that commit?)" >&2; exit 1; }
git -C "$old" log --oneline -1 | cut -c1-100

echo "== building (Release): the home-made runtime's silo, this tree's silo and load-test tool"
build "$old/src/Ledger.Silo"
build "$root/src/Ledger.Silo"
build "$root/load-tests/Ledger.LoadTest"
# Private copies of this tree's builds: others may rebuild the working tree while the runs go on.
cp -a "$root/load-tests/Ledger.LoadTest/bin/Release/net10.0" "$work/tool"
cp -a "$root/src/Ledger.Silo/bin/Release/net10.0" "$work/silo-orleans"
cp -a "$old/src/Ledger.Silo/bin/Release/net10.0" "$work/silo-homemade"
tool="$work/tool/Ledger.LoadTest.dll"

echo "== PostgreSQL"
pg_start "$work/pg"

echo "== generating $records ${BENCH_KIND:-mixed} records over $borrowers borrowers, ${BENCH_DAYS:-60} days at most"
dotnet "$tool" generate --kind "${BENCH_KIND:-mixed}" --seed 42 --borrowers "$borrowers" --records "$records" \
  --days "${BENCH_DAYS:-60}" --out "$work/stream.jsonl" | tail -n 1
dotnet "$tool" replay "$work/stream.jsonl" --target dry-run --outcomes "$work/expected-outcomes.jsonl" \
  --snapshot "$work/expected-snapshot.json" | tail -n 1

# The silos' keys; everything here sends the operator key (the stream sets the business date).
export LEDGER_API_KEY="compare-client-$RANDOM$RANDOM" LEDGER_OPERATOR_KEY="compare-operator-$RANDOM$RANDOM"

# Starts the silo of RUNTIME (homemade or orleans) on a fresh database NAME, with its files in $work/NAME and its
# log in $work/NAME.log, and waits until it answers on $http_port.
start_silo() {
  local runtime=$1 name=$2 args=()
  http_port=$(free_port)
  if [ "$runtime" = homemade ]; then
    args=(--runtime engine)
  else
    # Ports of its own, not Orleans' defaults: another silo on this machine may hold those.
    args=(--siloPort "$(free_port)" --gatewayPort "$(free_port)")
  fi
  pg_createdb "$name"
  dotnet "$work/silo-$runtime/Ledger.Silo.dll" --urls "http://127.0.0.1:$http_port" \
    --postgres "$PG_CONN_BASE;Database=$name" --data "$work/$name" "${args[@]}" >"$work/$name.log" 2>&1 &
  silo_pid=$!
  disown "$silo_pid"
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$http_port/health" >/dev/null 2>&1 && return 0
    kill -0 "$silo_pid" 2>/dev/null || { echo "the $runtime silo exited; its log:" >&2; cat "$work/$name.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "the $runtime silo did not answer in 60 s; its log:" >&2
  cat "$work/$name.log" >&2
  exit 1
}

stop_silo() {
  kill "$silo_pid"
  while kill -0 "$silo_pid" 2>/dev/null; do sleep 0.1; done
  silo_pid=""
}

# Replays the stream into RUNTIME's silo on a fresh database for round ROUND, checks the outcomes and the snapshot
# against the dry run's, and appends "RUNTIME RECORDS_PER_S P99_MS" to $work/results.
run() {
  local runtime=$1 round=$2 name="${1}_$2"
  echo "== round $round: $runtime silo, concurrency $concurrency, batch $batch"
  start_silo "$runtime" "$name"
  dotnet "$tool" replay "$work/stream.jsonl" --target "http://127.0.0.1:$http_port" \
    --concurrency "$concurrency" --batch "$batch" --report "$work/report-$name.json" \
    --outcomes "$work/outcomes-$name.jsonl" --snapshot "$work/snapshot-$name.json" 2>/dev/null | tail -n 2
  stop_silo
  if ! cmp -s "$work/outcomes-$name.jsonl" "$work/expected-outcomes.jsonl"; then
    echo "the $runtime silo's outcomes differ from the domain's:" >&2
    diff "$work/expected-outcomes.jsonl" "$work/outcomes-$name.jsonl" | head -n 10 >&2
    exit 1
  fi
  if ! cmp -s "$work/snapshot-$name.json" "$work/expected-snapshot.json"; then
    echo "the $runtime silo's snapshot differs from the domain's:" >&2
    diff "$work/expected-snapshot.json" "$work/snapshot-$name.json" | head -n 10 >&2
    exit 1
  fi
  python3 - "$work/report-$name.json" "$runtime" >>"$work/results" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print(sys.argv[2], report["recordsPerSecond"], report["latencyMs"]["p99"])
PY
  echo "outcomes and snapshot equal the domain's"
}

: >"$work/results"
for round in $(seq 1 "$rounds"); do
  if [ $(( round % 2 )) = 1 ]; then
    run homemade "$round"; run orleans "$round"
  else
    run orleans "$round"; run homemade "$round"
  fi
done

python3 - "$work/results" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
def mean(runtime, column):
    values = [float(r[column]) for r in rows if r[0] == runtime]
    return sum(values) / len(values)
homemade, orleans = mean("homemade", 1), mean("orleans", 1)
print(f"p99_ms: homemade {mean('homemade', 2):.1f}, orleans {mean('orleans', 2):.1f} "
      f"(per round: {', '.join(f'{r[0]} {float(r[1]):.0f}/s' for r in rows)})")
print(f"homemade_per_s={homemade:.0f} orleans_per_s={orleans:.0f} ratio_orleans_vs_homemade={orleans / homemade:.2f}")
PY
