#!/usr/bin/env bash
# Kill crawls and NTA imports with SIGKILL at random moments, run them again
# to the end, and compare what is left with a clean run (issue 6, "done when").
#
#   bench/crashtest.sh [RUNS]          (default 100)
#
# Each run starts from an empty data directory. The crawl of a generated site
# (over loopback, `tadoru mirror --root`) and the import of a generated NTA
# file are each started and killed 1–3 times at a random moment within the
# time a clean run of that step takes (the kill lands in fetching, the log
# append, the sled commit or the index build alike), then run to the end.
# Odd runs import before they crawl: the graph must not depend on which
# source arrives first. Then `tadoru verify` must say "all well", and the
# NDJSON export must say what the clean run's says (bench/same_graph.py:
# entity id suffixes and fetch times aside).
#
# Environment: BIN (default: a release build), WORK (default
# /tmp/tadoru-crashtest), SITE_N notices (200), NTA_ROWS (2000), SEED (1).
set -euo pipefail

RUNS=${1:-100}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
WORK=${WORK:-/tmp/tadoru-crashtest}
SITE_N=${SITE_N:-200}
NTA_ROWS=${NTA_ROWS:-2000}
SEED=${SEED:-1}
if [ -z "${BIN:-}" ]; then
  (cd "$ROOT" && cargo build --release --quiet)
  BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/tadoru"
fi
mkdir -p "$WORK"
RANDOM=$SEED

[ -d "$WORK/site" ] || python3 "$HERE/gen_site.py" "$SITE_N" "$WORK/site" >/dev/null
[ -f "$WORK/nta.csv" ] || python3 "$HERE/gen_nta.py" "$NTA_ROWS" "$WORK/nta.csv" >/dev/null

"$BIN" mirror --addr 127.0.0.1:0 --root "$WORK/site" >"$WORK/mirror.out" 2>"$WORK/mirror.err" &
MIRROR=$!
trap 'kill $MIRROR 2>/dev/null || true' EXIT
BASE=""
for _ in $(seq 50); do
  BASE=$(grep -o "http://[^ ]*" "$WORK/mirror.out" 2>/dev/null | head -n1 || true)
  [ -n "$BASE" ] && break
  sleep 0.1
done
[ -n "$BASE" ] || { echo "the mirror did not start" >&2; exit 1; }

# Each step `exec`s tadoru, so that in the background `$!` is tadoru itself
# (SIGKILL must reach it, not a shell around it); run in the foreground
# through a subshell.
crawl() { exec "$BIN" crawl --data "$1" --seed "${BASE}index.html" --delay-ms 0 --max-pages $((SITE_N * 2 + 10)) --revisit-after 0; }
import() { exec "$BIN" import nta --data "$1" "$WORK/nta.csv"; }

now_ms() { date +%s%3N; }

# The clean run, and how long each step takes (the window for the kills).
rm -rf "$WORK/clean"
t0=$(now_ms); (crawl "$WORK/clean") >/dev/null 2>&1; t1=$(now_ms)
(import "$WORK/clean") >/dev/null 2>&1; t2=$(now_ms)
CRAWL_MS=$((t1 - t0)); IMPORT_MS=$((t2 - t1))
"$BIN" export --data "$WORK/clean" --format ndjson --out "$WORK/clean.ndjson" >/dev/null
echo "clean run: crawl ${CRAWL_MS} ms, import ${IMPORT_MS} ms, $(wc -l <"$WORK/clean.ndjson") records"

# Starts a step, kills it with SIGKILL after a random part of its window.
kill_during() {
  local step=$1 data=$2 window=$3
  local ms=$((RANDOM * window / 32768))
  $step "$data" >>"$WORK/run.log" 2>&1 &
  local pid=$!
  sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$step killed at ${ms} ms" >>"$WORK/run.log"
}

differ=0; unwell=0; failed=0; kills=0
for run in $(seq "$RUNS"); do
  data="$WORK/run"
  rm -rf "$data" "$WORK/run.log"
  if [ $((run % 2)) -eq 1 ]; then order="import crawl"; else order="crawl import"; fi
  ok=1
  for step in $order; do
    if [ "$step" = crawl ]; then window=$CRAWL_MS; else window=$IMPORT_MS; fi
    for _ in $(seq $((1 + RANDOM % 3))); do
      kill_during "$step" "$data" "$window"
      kills=$((kills + 1))
    done
    if ! ($step "$data") >>"$WORK/run.log" 2>&1; then
      ok=0
    fi
  done
  verdict="same"
  if [ $ok -eq 0 ]; then
    failed=$((failed + 1)); verdict="a re-run failed"
  elif ! "$BIN" verify --data "$data" >"$WORK/verify.out" 2>&1 || ! grep -q "all well" "$WORK/verify.out"; then
    unwell=$((unwell + 1)); verdict="verify: $(tail -n1 "$WORK/verify.out")"
  else
    "$BIN" export --data "$data" --format ndjson --out "$WORK/run.ndjson" >/dev/null
    if ! python3 "$HERE/same_graph.py" "$WORK/clean.ndjson" "$WORK/run.ndjson" >"$WORK/compare.out"; then
      differ=$((differ + 1)); verdict="differs: $(head -n1 "$WORK/compare.out")"
    fi
  fi
  if [ "$verdict" != same ]; then
    keep="$WORK/failed-$run"
    rm -rf "$keep"; mkdir -p "$keep"
    cp -r "$data" "$keep/data"; cp "$WORK/run.log" "$keep/"
    cp "$WORK"/verify.out "$WORK"/compare.out "$keep/" 2>/dev/null || true
  fi
  printf 'run %3d (%s): %s\n' "$run" "$order" "$verdict"
done
echo "runs: $RUNS, kills: $kills, re-runs failed: $failed, verify not well: $unwell, differing from the clean run: $differ"
[ $((failed + unwell + differ)) -eq 0 ]
