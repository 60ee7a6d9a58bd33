#!/usr/bin/env bash
# Installs, with apt, whatever of the build and test dependencies is missing on a Debian 12 machine (run as
# root). Boost is taken in its 1.81 packages only, never the 1.74 ones: mixing the two breaks the build.
# Usage: scripts/install-deps.sh [extra Debian packages...]
set -euo pipefail

wanted=(cmake ninja-build g++ pkg-config clang-format libboost1.81-dev libboost-json1.81-dev libboost-date-time1.81-dev
        doctest-dev "$@")
missing=()
for pkg in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Node.js and npm run the JSON Schema check of the documents (ajv, tools/schema-check). Debian's packages are taken
# only when no node is on the machine: a node from elsewhere brings its own npm, which Debian's npm would conflict with.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "installing: nodejs npm"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends nodejs npm
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -d "$here/tools/schema-check/node_modules/ajv" ]; then
  (cd "$here/tools/schema-check" && npm ci --no-audit --no-fund --loglevel=error)
fi
