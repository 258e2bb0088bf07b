#!/usr/bin/env bash
# tadoru beside Groonga and Datasette: relevance on the judged set, then load
# time, size, throughput and latency on one synthetic corpus of N notices.
#
#   bench/peers/run.sh [N]            (default N = 100000)
#
# 1. Installs what it needs if missing: groonga-bin, wrk and time (Debian),
#    datasette + sqlite-utils (PyPI, into $WORK/venv).
# 2. Relevance: the judged corpus (the bundled mirror and every gold and
#    held-out page, as tests/e2e/relevance.rs crawls it) is crawled by tadoru
#    and loaded into Groonga (TokenBigram + NormalizerAuto) and SQLite FTS5
#    (trigram) served by Datasette; bench/peers/relevance.py asks all three
#    the 212 judged queries and prints notice-level MRR and nDCG@10.
# 3. Speed: bench/gen_site.py writes N notices as a site; tadoru crawls it over
#    loopback (`tadoru mirror --root`, --delay-ms 0); the same pages, as JSONL
#    (bench/peers/pages_to_jsonl.py), are loaded into Groonga and SQLite.
#    Load time (wall, user CPU, peak RSS) and size on disk are recorded. Each
#    system is then served alone and asked the 160 queries of
#    bench/peers/queries.py with wrk at 1, 16 and 64 connections for DURATION
#    seconds each, after one warm-up pass over every query.
#
# Environment: WORK (default a new /tmp/tadoru-peers.XXXX; steps whose output
# is already in WORK are not redone, so a run can be resumed), DURATION
# (default 20), CLIENTS (default "1 16 64"), BIN (a tadoru binary; default a
# release build), SKIP_RELEVANCE=1, SKIP_SPEED=1, SYSTEMS (default "tadoru
# groonga datasette": which systems the speed runs ask). Results: $WORK/relevance.tsv,
# $WORK/speed.tsv, $WORK/load.tsv, printed as tables at the end.
set -uo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD
N=${1:-100000}
DURATION=${DURATION:-20}
CLIENTS=${CLIENTS:-"1 16 64"}
WORK=${WORK:-$(mktemp -d /tmp/tadoru-peers.XXXX)}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
P=$REPO/bench/peers
PORT_T=18301 PORT_G=18302 PORT_D=18303 PORT_M=18304

need=()
command -v groonga >/dev/null || need+=(groonga-bin)
command -v wrk >/dev/null || need+=(wrk)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null || exit 1
fi
V=$WORK/venv/bin
if [ ! -x "$V/datasette" ]; then
  python3 -m venv "$WORK/venv" && "$V/pip" install -q datasette sqlite-utils || exit 1
fi
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet || exit 1
  BIN=${CARGO_TARGET_DIR:-target}/release/tadoru
fi
BIN=$(realpath "$BIN")

PIDS=()
stop_all() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null; done
  PIDS=()
}
trap stop_all EXIT
wait_http() {
  for _ in $(seq 300); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "not answering: $1" >&2
  return 1
}
# timed NAME CMD...: /usr/bin/time -v into $WORK/NAME.time, output into $WORK/NAME.log
timed() {
  local name=$1; shift
  /usr/bin/time -v -o "$WORK/$name.time" "$@" >"$WORK/$name.log" 2>&1
}
# wall s, user s, peak RSS MiB of a `time -v` file
tv() {
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /User time/ { u = $2 } /Maximum resident set size/ { r = $2 / 1024 }
    END { printf "%.1f\t%.1f\t%.0f\n", w, u, r }' "$1"
}
mib() { du -sb "$@" 2>/dev/null | awk '{ s += $1 } END { printf "%.1f", s / 1048576 }'; }

GRN_SCHEMA='table_create Pages TABLE_HASH_KEY ShortText
column_create Pages title COLUMN_SCALAR ShortText
column_create Pages site COLUMN_SCALAR ShortText
column_create Pages body COLUMN_SCALAR LongText
table_create Terms TABLE_PAT_KEY ShortText --default_tokenizer TokenBigram --normalizer NormalizerAuto
column_create Terms pages_title COLUMN_INDEX|WITH_POSITION Pages title
column_create Terms pages_body COLUMN_INDEX|WITH_POSITION Pages body'

# load_groonga JSONL DIR: a Groonga database of the pages in DIR/db
load_groonga() {
  rm -rf "$2" && mkdir -p "$2"
  groonga -n "$2/db" <<<"$GRN_SCHEMA" >/dev/null || return 1
  python3 -c '
import json, sys
print("load --table Pages")
print("[")
for i, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    d = json.loads(line)
    print(("," if i else "") + json.dumps({"_key": d["key"], "title": d["title"], "site": d["site"], "body": d["body"]}, ensure_ascii=False))
print("]")' "$1" | groonga "$2/db" >/dev/null
}

# load_sqlite JSONL DB: the pages in a SQLite table with an FTS5 trigram index
load_sqlite() {
  rm -f "$2"
  "$V/sqlite-utils" insert "$2" pages "$1" --nl --pk key &&
    "$V/sqlite-utils" enable-fts "$2" pages title body --fts5 --tokenize trigram
}

DS_META=$WORK/datasette-metadata.json
cat >"$DS_META" <<'EOF'
{"databases": {"pages": {"queries": {"search": {
  "sql": "select pages.key, pages.title, pages.site, snippet(pages_fts, 1, '<b>', '</b>', '…', 16) as snippet from pages_fts join pages on pages.rowid = pages_fts.rowid where pages_fts match escape_fts(:q) order by rank limit 10"
}}}}}
EOF

serve_tadoru() { "$BIN" serve --data "$1" --addr 127.0.0.1:$PORT_T >"$WORK/serve-tadoru.log" 2>&1 & PIDS+=($!); wait_http "http://127.0.0.1:$PORT_T/api/v1/search?q=x"; }
serve_groonga() { groonga --protocol http -s --bind-address 127.0.0.1 -p $PORT_G "$1/db" >"$WORK/serve-groonga.log" 2>&1 & PIDS+=($!); wait_http "http://127.0.0.1:$PORT_G/d/status"; }
serve_datasette() { "$V/datasette" serve "$1" -m "$DS_META" -h 127.0.0.1 -p $PORT_D --setting suggest_facets off >"$WORK/serve-datasette.log" 2>&1 & PIDS+=($!); wait_http "http://127.0.0.1:$PORT_D/pages/search.json?q=xyz" && curl -fs "http://127.0.0.1:$PORT_D/pages/search.json?q=xyz" | grep -q '"ok": true'; }

# ---------------------------------------------------------------- relevance
if [ "${SKIP_RELEVANCE:-0}" != 1 ]; then
  echo "== relevance: the judged corpus"
  R=$WORK/relevance
  if [ ! -f "$R/done" ]; then
    rm -rf "$R" && mkdir -p "$R/site/pages"
    links=""
    for sub in "" heldout heldout2 heldout3; do
      for f in "$REPO/crawler/tests/gold/$sub/pages/"*.html; do
        cp "$f" "$R/site/pages/"
        links+="<li><a href=\"/pages/$(basename "$f")\">再生医療等に関する処分 $(basename "$f")</a></li>"
      done
    done
    printf '<html><head><meta charset="utf-8"><title>処分等一覧</title></head><body><h1>処分等一覧</h1><ul>%s</ul></body></html>' "$links" >"$R/site/index.html"
    "$BIN" mirror --addr 127.0.0.1:$PORT_M >"$WORK/mirror.log" 2>&1 & PIDS+=($!)
    wait_http "http://127.0.0.1:$PORT_M/index.html" || exit 1
    "$BIN" crawl --data "$R/tadoru" --seed "http://127.0.0.1:$PORT_M/index.html" --delay-ms 0 >"$WORK/rel-crawl.log" 2>&1 || exit 1
    "$BIN" import nta --data "$R/tadoru" "$REPO/mirror/site/nta/demo_corporate_numbers.csv" >>"$WORK/rel-crawl.log" 2>&1 || exit 1
    stop_all
    "$BIN" mirror --addr 127.0.0.1:$PORT_M --root "$R/site" >"$WORK/mirror.log" 2>&1 & PIDS+=($!)
    wait_http "http://127.0.0.1:$PORT_M/index.html" || exit 1
    "$BIN" crawl --data "$R/tadoru" --seed "http://127.0.0.1:$PORT_M/index.html" --delay-ms 0 >>"$WORK/rel-crawl.log" 2>&1 || exit 1
    stop_all
    python3 "$P/pages_to_jsonl.py" "$R/pages.jsonl" "$REPO/mirror/site" "$R/site/pages=pages/" \
      --exclude index.html --exclude '*/index.html' --exclude '*_list*' || exit 1
    load_groonga "$R/pages.jsonl" "$R/groonga" || exit 1
    load_sqlite "$R/pages.jsonl" "$R/pages.db" || exit 1
    touch "$R/done"
  fi
  serve_tadoru "$R/tadoru" && serve_groonga "$R/groonga" && serve_datasette "$R/pages.db" || exit 1
  python3 "$P/relevance.py" "$REPO/tests/relevance/queries.json" "$WORK/relevance.tsv" \
    tadoru=http://127.0.0.1:$PORT_T groonga=http://127.0.0.1:$PORT_G datasette=http://127.0.0.1:$PORT_D || exit 1
  stop_all
fi

# -------------------------------------------------------------------- speed
if [ "${SKIP_SPEED:-0}" != 1 ]; then
  SITE=$WORK/site-$N
  if [ ! -f "$SITE.done" ]; then
    echo "== speed: generating $N notices"
    rm -rf "$SITE" && python3 bench/gen_site.py "$N" "$SITE" && touch "$SITE.done" || exit 1
  fi
  [ -f "$WORK/queries.txt" ] || python3 "$P/queries.py" "$SITE" "$WORK/queries.txt" || exit 1
  if [ ! -f "$WORK/crawl-$N.done" ]; then
    echo "== speed: tadoru crawls $N notices over loopback"
    rm -rf "$WORK/data-$N"
    "$BIN" mirror --addr 127.0.0.1:$PORT_M --root "$SITE" >"$WORK/mirror.log" 2>&1 & PIDS+=($!)
    wait_http "http://127.0.0.1:$PORT_M/index.html" || exit 1
    timed crawl-$N "$BIN" crawl --data "$WORK/data-$N" --seed "http://127.0.0.1:$PORT_M/index.html" \
      --delay-ms 0 --max-pages $((N + N / 200 + 100)) || exit 1
    stop_all
    touch "$WORK/crawl-$N.done"
  fi
  if [ ! -f "$WORK/groonga-$N.done" ]; then
    echo "== speed: Groonga and SQLite load the same pages"
    [ -f "$WORK/site-$N.jsonl" ] || python3 "$P/pages_to_jsonl.py" "$WORK/site-$N.jsonl" "$SITE" \
      --exclude index.html --exclude 'list/*' || exit 1
    timed groonga-load-$N bash -c "$(declare -p GRN_SCHEMA); $(declare -f load_groonga); load_groonga '$WORK/site-$N.jsonl' '$WORK/groonga-$N'" || exit 1
    touch "$WORK/groonga-$N.done"
  fi
  if [ ! -f "$WORK/sqlite-$N.done" ]; then
    mkdir -p "$WORK/sqlite-$N"
    timed sqlite-load-$N bash -c "V='$V'; $(declare -f load_sqlite); load_sqlite '$WORK/site-$N.jsonl' '$WORK/sqlite-$N/pages.db'" || exit 1
    touch "$WORK/sqlite-$N.done"
  fi
  {
    printf "system\tload_wall_s\tload_user_s\tload_rss_MiB\tsize_MiB\tnote\n"
    printf "tadoru\t%s\t%s\tcrawl over loopback: fetch, archive, extract, link, index (sled+log+index+evidence)\n" \
      "$(tv "$WORK/crawl-$N.time")" "$(mib "$WORK/data-$N")"
    printf "groonga\t%s\t%s\tload of pre-extracted JSONL\n" "$(tv "$WORK/groonga-load-$N.time")" "$(mib "$WORK/groonga-$N")"
    printf "datasette\t%s\t%s\tsqlite-utils insert + enable-fts of pre-extracted JSONL\n" \
      "$(tv "$WORK/sqlite-load-$N.time")" "$(mib "$WORK/sqlite-$N/pages.db")"
  } >"$WORK/load.tsv"
  ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }' <<<"$1"; }
  for sys in ${SYSTEMS:-tadoru groonga datasette}; do
    : >"$WORK/speed-$sys.tsv"
    case $sys in
      tadoru) serve_tadoru "$WORK/data-$N"; base=http://127.0.0.1:$PORT_T ;;
      groonga) serve_groonga "$WORK/groonga-$N"; base=http://127.0.0.1:$PORT_G ;;
      datasette) serve_datasette "$WORK/sqlite-$N/pages.db"; base=http://127.0.0.1:$PORT_D ;;
    esac
    python3 "$P/paths.py" "$sys" "$WORK/queries.txt" "$WORK/paths-$sys.txt"
    echo "== speed: $sys (warm-up pass)"
    while read -r path; do curl -s -o /dev/null "$base$path"; done <"$WORK/paths-$sys.txt"
    for c in $CLIENTS; do
      t=$((c < 2 ? 1 : 2))
      out=$(PATHS="$WORK/paths-$sys.txt" wrk -t$t -c"$c" -d"${DURATION}s" --timeout 10s --latency -s "$P/wrk.lua" "$base")
      echo "$out" >"$WORK/wrk-$sys-$c.txt"
      rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
      p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
      p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
      non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
      errs=$(awk '/Socket errors/ { print $0 }' <<<"$out")
      printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$sys" "$c" "$rps" "$(ms "$p50")" "$(ms "$p99")" "${non2xx:-0}" "${errs:-none}" >>"$WORK/speed-$sys.tsv"
      echo "   $c clients: $rps req/s, p50 $p50, p99 $p99"
    done
    stop_all
  done
  { printf "system\tclients\treq_s\tp50_ms\tp99_ms\tnon2xx\terrors\n"
    for sys in tadoru groonga datasette; do cat "$WORK/speed-$sys.tsv" 2>/dev/null; done; } >"$WORK/speed.tsv"
fi

echo
for f in relevance load speed; do
  [ -f "$WORK/$f.tsv" ] && { echo "$WORK/$f.tsv:"; column -t -s $'\t' "$WORK/$f.tsv"; echo; }
done
