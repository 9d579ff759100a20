#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, then load the installed
# extension in the sqlite3 shell: it answers, ingests and reads. Also checks
# that the schema, the docs (and the recipes and read-only entry point
# when the tree has them) are installed where the README says.
# Usage: run_install_test.sh BUILD_DIR LIBDIR VERSION SOURCE_DIR
set -uo pipefail
build="$1"; libdir="$2"; version="$3"; src="$4"
prefix=$(mktemp -d); trap 'rm -rf "$prefix"' EXIT
passed=0; failed=0
check() {  # check DESCRIPTION COMMAND...
  local what="$1"; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $what"; fi
}

if ! cmake --install "$build" --prefix "$prefix" >"$prefix/install.log" 2>&1; then
  cat "$prefix/install.log"; echo "0 passed, 1 failed"; exit 1
fi
if [ "${CLAIMS_SANITIZE:-OFF}" = "ON" ]; then
  # The shell is not instrumented: preload the sanitizer runtimes.
  export LD_PRELOAD="$(gcc -print-file-name=libasan.so):$(gcc -print-file-name=libubsan.so)"
  export ASAN_OPTIONS="detect_leaks=0:abort_on_error=0"
fi

ext="$prefix/$libdir/claims"
check "claims.so is installed in $libdir" test -f "$ext.so"
check "the schema is installed" test -f "$prefix/share/sqlite-claims/schema/corpus.sql"
check "the README is installed" test -f "$prefix/share/doc/sqlite-claims/README.md"
if [ -d "$src/sql/recipes" ]; then
  check "the recipes are installed" test -n "$(ls "$prefix/share/sqlite-claims/recipes/"*.sql 2>/dev/null)"
  check "the recipes' test outputs are not" test -z "$(ls "$prefix/share/sqlite-claims/recipes/"*.expected 2>/dev/null)"
fi
if [ -d "$src/docs" ]; then
  check "the docs are installed beside the README" test -d "$prefix/share/doc/sqlite-claims/docs/img"
fi

out=$(cd "$prefix" && sqlite3 -batch :memory: ".load $ext" "SELECT claims_version();" 2>&1)
check "the installed extension loads and answers (got: $out)" test "$out" = "$version"
out=$(cd "$prefix" && sqlite3 -batch "$prefix/t.db" ".load $ext" \
  "SELECT claims_ingest_text('Rebels captured the airport on Monday, a spokesman said.', '2022-03-08');" \
  "SELECT count(*) > 0 FROM claims;" 2>&1)
check "the installed extension ingests and reads (got: $out)" test "$out" = "$(printf '1\n1')"

if [ -f "$build/claimsro.so" ]; then
  check "claimsro.so is installed beside claims.so" test -f "$prefix/$libdir/claimsro.so"
  out=$(cd "$prefix" && sqlite3 -batch "$prefix/t.db" ".load $prefix/$libdir/claimsro" "SELECT count(*) > 0 FROM claims;" 2>&1)
  check "the installed read-only entry point loads and reads (got: $out)" test "$out" = "1"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
