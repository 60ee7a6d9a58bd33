#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds the demo, and runs it on the sample data bundled
# in examples/data/yunfu-2020-02: the Yunfu bulletin of February 2020 rebuilt from data, after the findings of
# the data's validation.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target bulletin
./build/dev/examples/bulletin examples/data/yunfu-2020-02
