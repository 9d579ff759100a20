#!/usr/bin/env bash
# SQL-file tests, sqlean style: each sql/tests/NAME.sql runs in the sqlite3
# shell (from the repository root, with .bail on and the extension loaded);
# its output must equal sql/tests/NAME.expected exactly, so a wrong,
# missing or extra row fails. Usage: run_sql_tests.sh EXTENSION REPO [NAME...]
# With UPDATE=1 the outputs are written to the .expected files instead
# (review the diff before committing!).
set -uo pipefail
ext="$1"; repo="$2"; shift 2
# Absolute paths: the shell runs in a scratch directory.
repo=$(cd "$repo" && pwd) || exit 2
case "$ext" in /*) ;; *) ext="$PWD/$ext" ;; esac
cd "$repo" || exit 2
if [ "${CLAIMS_SANITIZE:-OFF}" = "ON" ]; then
  # The shell is not instrumented: preload the sanitizer runtimes.
  export LD_PRELOAD="$(gcc -print-file-name=libasan.so):$(gcc -print-file-name=libubsan.so)"
  export ASAN_OPTIONS="detect_leaks=0:abort_on_error=0"
fi
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in sql/tests/*.sql; do names+=("$(basename "$f" .sql)"); done
fi
passed=0; failed=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for name in "${names[@]}"; do
  sql="sql/tests/$name.sql"; expected="sql/tests/$name.expected"
  { printf '.bail on\n.load %s\n' "$ext"; cat "$sql"; } |
    (cd "$tmp" && rm -f test.db && ln -sfn "$repo/fixtures" fixtures && sqlite3 -batch test.db) >"$tmp/out" 2>&1
  rc=$?
  if [ "${UPDATE:-0}" = 1 ]; then cp "$tmp/out" "$expected"; fi
  if [ -f "$expected" ] && diff -u "$expected" "$tmp/out" >"$tmp/diff"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name (shell exit $rc)"
    [ -f "$expected" ] && cat "$tmp/diff" || echo "  missing $expected"
  fi
done
echo "sql tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
