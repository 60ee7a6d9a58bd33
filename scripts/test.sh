#!/usr/bin/env bash
# The README's test command, and what CI runs: installs what is missing, then configures, builds and runs the
# whole test suite in every build a user makes, each test executable through ctest (one case a process) and
# whole (every case in one process):
#   dev           g++ Debug, plus the structure tests (headers alone, compile-fail, docs, schemas, format),
#                 packaging and a valgrind subset;
#   asan          g++ Debug under AddressSanitizer + UndefinedBehaviorSanitizer;
#   clang         clang 14 Debug, its compile-fail diagnostics, and each libFuzzer target for 20 s;
#   release       g++ -O2;
#   asan-release  g++ -O2 under AddressSanitizer + UndefinedBehaviorSanitizer;
#   tsan          clang 14 under ThreadSanitizer: the embedding tests (four threads sharing rule sets and tables).
# Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh clang-14 libclang-rt-14-dev valgrind
for preset in dev asan clang release asan-release tsan; do
  echo "==== ${preset}"
  cmake --workflow --preset "${preset}"
done
