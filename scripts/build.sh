#!/usr/bin/env bash
# Builds claims.so (and the tests) into ./build, or ./build-sanitize with
# CLAIMS_SANITIZE=ON when called as: scripts/build.sh sanitize
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "sanitize" ]; then
  dir=build-sanitize; flags=(-DCLAIMS_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
else
  dir=build; flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
fi
cmake -S . -B "$dir" "${flags[@]}" >/dev/null
cmake --build "$dir" -j"$(nproc)"
