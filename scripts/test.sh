#!/usr/bin/env bash
# The README's test command, and what CI runs: installs what is missing, then configures, builds and runs the
# whole test suite with g++ (dev preset), again under AddressSanitizer + UndefinedBehaviorSanitizer (asan
# preset), and once more built by clang 14 (clang preset, which also runs each libFuzzer target for 20 s).
# Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh clang-14 libclang-rt-14-dev valgrind
for preset in dev asan clang; do
  echo "==== ${preset}"
  cmake --workflow --preset "${preset}"
done
