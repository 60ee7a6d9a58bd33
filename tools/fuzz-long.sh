#!/usr/bin/env bash
# Longer fuzzing, outside CI: runs each libFuzzer target for SECONDS (default 600, the 10 minutes docs/robustness.md
# reports), two at a time, from the committed corpus; then minimises what it grew into the committed corpus
# (libFuzzer -merge=1 adds only inputs that reach new coverage; the seeds and regression inputs stay) and prints
# each target's executions, coverage (cov: edges, ft: features) and corpus size.
# Usage: bash tools/fuzz-long.sh [SECONDS] [TARGET...]
# Crashes go to build/clang/tests/fuzz/crashes/ and stop the run with a non-zero exit.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_core fuzz_documents fuzz_lines fuzz_csv)
bash scripts/install-deps.sh clang-14 libclang-rt-14-dev >/dev/null
cmake --preset clang >/dev/null
cmake --build --preset clang --target "${targets[@]/#/minzheng_}"
out=build/clang/tests/fuzz/long
mkdir -p "$out" build/clang/tests/fuzz/crashes
run() {
  local t="$1"
  rm -rf "$out/$t" && mkdir -p "$out/$t"
  build/clang/tests/fuzz/minzheng_"$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="build/clang/tests/fuzz/crashes/$t-" \
    "$out/$t" "tests/fuzz/corpus/$t" >"$out/$t.log" 2>&1
}
pids=()
for t in "${targets[@]}"; do
  run "$t" &
  pids+=("$!")
  if [ ${#pids[@]} -ge 2 ]; then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
done
for p in "${pids[@]}"; do wait "$p"; done
printf '%-16s %12s %8s %8s %14s %14s\n' target executions cov ft corpus_before corpus_after
for t in "${targets[@]}"; do
  before=$(find "tests/fuzz/corpus/$t" -type f | wc -l)
  build/clang/tests/fuzz/minzheng_"$t" -merge=1 -max_len=65536 "tests/fuzz/corpus/$t" "$out/$t" >"$out/$t.merge.log" 2>&1
  after=$(find "tests/fuzz/corpus/$t" -type f | wc -l)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$t.log")
  last=$(grep -E '^#[0-9]+' "$out/$t.log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  printf '%-16s %12s %8s %8s %14s %14s\n' "$t" "$execs" "$cov" "$ft" "$before" "$after"
done
