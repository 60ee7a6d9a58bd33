#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds the examples, and runs the demo on the sample
# data bundled in examples/data/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target check_ids
./build/dev/examples/check_ids examples/data/ids.txt
