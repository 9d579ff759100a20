#!/usr/bin/env bash
# The whole test suite, twice: a normal build and an ASan + UBSan build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
status=0
for mode in normal sanitize; do
  echo "=== test suite: $mode build"
  if [ "$mode" = sanitize ]; then bash scripts/build.sh sanitize; dir=build-sanitize
  else bash scripts/build.sh; dir=build; fi
  (cd "$dir" && ctest --output-on-failure) || status=1
done
exit $status
