#!/usr/bin/env bash
# Builds the bench preset with the benchmarks and runs them: the Google Benchmark table (each hot path beside its
# floor, bulk operations at N..8N), then the peak memory of streaming a roster of 1 M and 10 M persons and of
# reading a member sheet of 100 000 and 800 000 rows.
# Usage: bash bench/run.sh [extra Google Benchmark flags, e.g. --benchmark_filter=resident_id]
# Environment: MINZHENG_BENCH_LEDGER_ENTRIES (default 10000000) sizes the ledger of the balance queries.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash scripts/install-deps.sh libbenchmark-dev
cmake --preset bench >/dev/null
cmake --build --preset bench --target minzheng_bench minzheng_stream_memory minzheng_gen_roster minzheng_csv_memory
out=build/bench/bench-results.json
MINZHENG_BENCH_LEDGER_ENTRIES="${MINZHENG_BENCH_LEDGER_ENTRIES:-10000000}" \
  build/bench/bench/minzheng_bench --benchmark_out="$out" --benchmark_out_format=json "$@"
echo "results: $out"
# About 2.5 persons a household: 400 000 and 4 000 000 households are 1 M and 10 M persons.
for households in 400000 4000000; do
  for mode in nodup dedup presized; do
    build/bench/bench/minzheng_stream_memory "$households" "$mode"
  done
done
for rows in 100000 800000; do
  build/bench/bench/minzheng_csv_memory "$rows"
done
