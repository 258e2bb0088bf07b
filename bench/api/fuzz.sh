#!/usr/bin/env bash
# Property-based API testing: schemathesis (PyPI) reads /api/v1/openapi.json
# of a fresh `tadoru demo` and sends generated requests, valid and invalid,
# checking every answer (no 5xx, documented statuses, content types and
# headers, answers valid against their schemas, invalid input refused).
# Needs python3 with venv; installs schemathesis into $VENV (default
# /tmp/tadoru-schemathesis). Usage: bench/api/fuzz.sh [MAX_EXAMPLES]
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=${VENV:-/tmp/tadoru-schemathesis}
[ -x "$VENV/bin/schemathesis" ] || { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q schemathesis; }
cargo build -q --bin tadoru
data=$(mktemp -d)
port=${PORT:-18181}
"${CARGO_TARGET_DIR:-$PWD/target}/debug/tadoru" demo --addr "127.0.0.1:$port" --data "$data/d" >"$data/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/style.css" && break; sleep 1; done
config=$PWD/bench/api/schemathesis.toml
cd "$data" # schemathesis keeps a cache in the working directory
"$VENV/bin/schemathesis" --config-file "$config" run \
  "http://127.0.0.1:$port/api/v1/openapi.json" --url "http://127.0.0.1:$port/api/v1" \
  --checks all --max-examples "${1:-100}" --no-color
