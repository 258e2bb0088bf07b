#!/usr/bin/env bash
# Search and page throughput/latency of a release build serving the demo,
# measured with wrk over loopback (127.0.0.1 only; each run is bounded to
# DURATION seconds). Usage: bench/search.sh [DURATION]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
PORT=18080
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
cargo build --release --quiet
DATA=$(mktemp -d)
./target/release/tadoru demo --data "$DATA/d" --addr 127.0.0.1:$PORT >/dev/null &
PID=$!
trap 'kill $PID 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/style.css" >/dev/null && break; sleep 0.2; done
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
for path in \
  "/api/v1/search?q=$(enc コージンバイオ)" \
  "/api/v1/search?q=$(enc 'kojin bio')" \
  "/api/v1/search?q=$(enc 'improvement order')&type=notice" \
  "/api/v1/lookup?name=$(enc ティーエスクリニック)" \
  "/search?q=$(enc 緊急命令)&lang=ja"; do
  echo "== GET $path"
  wrk -t2 -c16 -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$path" | grep -E "Requests/sec|Latency|50%|99%"
done
