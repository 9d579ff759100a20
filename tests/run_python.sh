#!/usr/bin/env bash
# Runs a Python harness that loads claims.so with Debian's /usr/bin/python3
# (the pyenv python3 cannot load extensions). Under the sanitizer build the
# interpreter is not instrumented: preload the runtimes, ignore its leaks.
set -euo pipefail
if [ "${CLAIMS_SANITIZE:-OFF}" = "ON" ]; then
  export LD_PRELOAD="$(gcc -print-file-name=libasan.so):$(gcc -print-file-name=libubsan.so)"
  export ASAN_OPTIONS="detect_leaks=0"
fi
exec /usr/bin/python3 "$@"
