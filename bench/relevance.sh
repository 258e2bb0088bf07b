#!/usr/bin/env bash
# tadoru's ranking quality on the judged query set (tests/relevance/queries.json):
# MRR and nDCG@10 per category and overall, entities and notices as the search
# page shows them, and every query whose first best answer is below rank 3.
# The same test fails CI when the figures drop below their recorded floors.
# For tadoru beside Groonga and Datasette (notice level): bench/peers/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --quiet --test e2e -- --exact relevance::judged_queries_rank_their_answers --nocapture 2>&1 |
  sed -n '/^category/,/^test result/p'
