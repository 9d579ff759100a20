#!/usr/bin/env bash
# Installs what sqlite-claims needs to build and test, from Debian's packages.
# Safe to re-run: does nothing when everything is already there.
set -euo pipefail

packages=(
  g++ cmake make pkg-config        # the build
  libsqlite3-dev sqlite3           # SQLite headers (sqlite3ext.h) and the shell
  catch2                           # unit tests (Catch2 v2)
  libutf8proc-dev                  # Unicode NFC and character classes
  nlohmann-json3-dev               # JSON Lines input
  binutils                         # nm, for the no-direct-SQLite-symbols test
  python3                          # /usr/bin/python3 for the evaluation harnesses
  graphviz                         # dot: renders claims_graph_dot() in the tests and the README picture
  unixodbc odbcinst                # ODBC driver manager and isql: the odbc test, as BI tools connect
  libsqliteodbc                    # Debian's SQLite3 ODBC driver (LoadExt= loads the extension)
  python3-pyodbc                   # pyodbc for /usr/bin/python3: the odbc test
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup: need root (or sudo) to apt-get install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
