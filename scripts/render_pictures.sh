#!/usr/bin/env bash
# Renders the README's pictures of the sample corpus from the extension
# itself: docs/img/timeline.svg (claims_timeline_svg()) and docs/img/graph.svg
# (claims_graph_dot() through Graphviz's dot). Re-run after a change that
# moves what is extracted, and commit the result.
#   bash scripts/render_pictures.sh [EXTENSION]   (default: build/claims)
set -euo pipefail
cd "$(dirname "$0")/.."
ext="${1:-build/claims}"
command -v dot >/dev/null || { echo "render_pictures: dot not found; run bash scripts/setup.sh" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p docs/img
sqlite3 -batch "$tmp/sample.db" ".load $ext" "SELECT claims_ingest('fixtures/panjshir');" >/dev/null
# .mode list prints the text as is, plus one newline.
sqlite3 -batch -list "$tmp/sample.db" ".load $ext" "SELECT claims_timeline_svg();" >docs/img/timeline.svg
sqlite3 -batch -list "$tmp/sample.db" ".load $ext" "SELECT claims_graph_dot();" >"$tmp/graph.dot"
dot -Tsvg "$tmp/graph.dot" -o docs/img/graph.svg
echo "render_pictures: wrote docs/img/timeline.svg and docs/img/graph.svg"
