#!/usr/bin/env bash
# Growth curve of crawl, rebuild, store size, incremental crawl and NTA import
# over synthetic loopback sites (bench/gen_site.py) of growing size.
#
#   bench/scale.sh [SIZES...]          (default: 10000 30000)
#
# For each size N: generate a site of N notices, serve it with
# `tadoru mirror --root`, crawl it into a fresh data directory with
# --delay-ms 0 (timed with /usr/bin/time -v: wall, user CPU, peak RSS), time
# `tadoru rebuild`, measure evidence/, statements.log, sled/ and index/ (du),
# add ONE notice to the site and crawl again, then import an NTA file of
# NTA_ROWS rows (bench/gen_nta.py) into the same store. A table is printed at
# the end (and written to $WORK/results.tsv).
#
# Bounds: a size is skipped when the previous size's crawl took longer than
# SKIP_AFTER_S (default 1200 s = 20 min); each step is killed after
# STEP_TIMEOUT_S (default 2400 s) and reported as how far it got.
#
# Environment: CARGO_TARGET_DIR (default target), BIN (a tadoru binary to
# run instead of building one), WORK (default a new
# /tmp/tadoru-scale.XXXX, kept for inspection), NTA_ROWS (default 100000),
# RUST_LOG (passed through), KEEP=1 keeps the generated sites (data dirs are
# always kept in $WORK).
set -uo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(10000 30000)
NTA_ROWS=${NTA_ROWS:-100000}
SKIP_AFTER_S=${SKIP_AFTER_S:-1200}
STEP_TIMEOUT_S=${STEP_TIMEOUT_S:-2400}
TARGET=${CARGO_TARGET_DIR:-target}
WORK=${WORK:-$(mktemp -d /tmp/tadoru-scale.XXXX)}
mkdir -p "$WORK"
RESULTS=$WORK/results.tsv

# BIN=path runs that binary as it is (say a copy, while the tree changes).
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet || exit 1
  BIN=$TARGET/release/tadoru
fi
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; }

MIRROR_PID=
cleanup() { [ -n "$MIRROR_PID" ] && kill "$MIRROR_PID" 2>/dev/null; }
trap cleanup EXIT

# wall seconds, user s, sys s, peak RSS MiB, exit status from a `time -v` file
tv() {
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /User time/ { u = $2 } /System time/ { s = $2 }
    /Maximum resident set size/ { r = $2 / 1024 }
    /Exit status/ { x = $2 }
    /Command terminated by signal/ { x = "sig" $2 }
    END { printf "%.1f\t%.1f\t%.1f\t%.0f\t%s\n", w, u, s, r, x }' "$1"
}

# run NAME LOG CMD...: timed, bounded; prints the tv line
run() {
  local name=$1 log=$2; shift 2
  /usr/bin/time -v -o "$WORK/$name.time" timeout --signal=INT --kill-after=30 "$STEP_TIMEOUT_S" "$@" >"$log" 2>&1
  tv "$WORK/$name.time"
}

mib() { du -sb "$1" 2>/dev/null | awk '{printf "%.1f", $1 / 1048576}'; }

start_mirror() {
  cleanup
  "$BIN" mirror --addr 127.0.0.1:0 --root "$1" >"$WORK/mirror.out" 2>"$WORK/mirror.err" &
  MIRROR_PID=$!
  for _ in $(seq 100); do
    BASE=$(head -n1 "$WORK/mirror.out" 2>/dev/null | grep -o "http://[^ ]*")
    [ -n "$BASE" ] && break
    sleep 0.1
  done
  BASE=${BASE%/}
}

NTA=$WORK/nta-$NTA_ROWS.csv
[ -f "$NTA" ] || python3 bench/gen_nta.py "$NTA_ROWS" "$NTA" >/dev/null

printf "N\tcrawl_s\tcrawl_user_s\tcrawl_rss_MiB\tcrawl_exit\tpages_s\trebuild_s\trebuild_user_s\trebuild_rss_MiB\tevidence_MiB\tlog_MiB\tsled_MiB\tindex_MiB\trecrawl_s\trecrawl_user_s\trecrawl_rss_MiB\tnta_s\tnta_user_s\tnta_rss_MiB\tnta_exit\n" >"$RESULTS"

prev_crawl=0
for N in "${SIZES[@]}"; do
  if awk -v p="$prev_crawl" -v lim="$SKIP_AFTER_S" 'BEGIN { exit !(p > lim) }'; then
    echo "== $N: skipped (previous crawl took ${prev_crawl}s > ${SKIP_AFTER_S}s)"
    printf "%s\tskipped\n" "$N" >>"$RESULTS"
    continue
  fi
  SITE=$WORK/site-$N DATA=$WORK/data-$N
  rm -rf "$SITE" "$DATA"
  echo "== $N: generating site"
  python3 bench/gen_site.py "$N" "$SITE"
  start_mirror "$SITE"
  PAGES=$((N + N / 200 + 100))
  echo "== $N: crawl ($BASE, --max-pages $PAGES)"
  C=$(run crawl-$N "$WORK/crawl-$N.log" "$BIN" crawl --data "$DATA" --seed "$BASE/index.html" --delay-ms 0 --max-pages "$PAGES")
  fetched=$(find "$DATA/evidence" -type f 2>/dev/null | wc -l)
  echo "   $C  (evidence files: $fetched)"
  cw=$(cut -f1 <<<"$C")
  pps=$(awk -v n="$fetched" -v w="$cw" 'BEGIN { printf "%.0f", (w > 0) ? n / w : 0 }')
  prev_crawl=$cw
  echo "== $N: rebuild"
  R=$(run rebuild-$N "$WORK/rebuild-$N.log" "$BIN" rebuild --data "$DATA")
  echo "   $R"
  EV=$(mib "$DATA/evidence") LG=$(mib "$DATA/statements.log") SL=$(mib "$DATA/sled") IX=$(mib "$DATA/index")
  echo "   evidence ${EV} MiB, statements.log ${LG} MiB, sled ${SL} MiB, index ${IX} MiB"
  echo "== $N: add one notice, crawl again"
  python3 bench/gen_site.py "$N" "$SITE" --add 1
  I=$(run recrawl-$N "$WORK/recrawl-$N.log" "$BIN" crawl --data "$DATA" --seed "$BASE/index.html" --delay-ms 0 --max-pages $((PAGES + 1)))
  echo "   $I"
  echo "== $N: NTA import of $NTA_ROWS rows into this store"
  T=$(run nta-$N "$WORK/nta-$N.log" "$BIN" import nta --data "$DATA" "$NTA")
  echo "   $T"
  printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$N" \
    "$(cut -f1 <<<"$C")" "$(cut -f2 <<<"$C")" "$(cut -f4 <<<"$C")" "$(cut -f5 <<<"$C")" "$pps" \
    "$(cut -f1 <<<"$R")" "$(cut -f2 <<<"$R")" "$(cut -f4 <<<"$R")" \
    "$EV" "$LG" "$SL" "$IX" \
    "$(cut -f1 <<<"$I")" "$(cut -f2 <<<"$I")" "$(cut -f4 <<<"$I")" \
    "$(cut -f1 <<<"$T")" "$(cut -f2 <<<"$T")" "$(cut -f4 <<<"$T")" "$(cut -f5 <<<"$T")" >>"$RESULTS"
  cleanup; MIRROR_PID=
  [ "${KEEP:-0}" = 1 ] || rm -rf "$SITE"
done

echo
echo "Results ($RESULTS; logs and time -v output in $WORK):"
column -t -s $'\t' "$RESULTS"
