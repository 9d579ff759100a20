#!/usr/bin/env bash
# The main job: install, build, ingest the sample corpus into claims.db and
# print a short report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh >/dev/null
rm -f claims.db
sqlite3 claims.db <<'SQL'
.load ./build/claims
.bail on
SELECT 'articles added: ' || claims_ingest('fixtures/panjshir');
.headers on
.mode box --wrap 60
SELECT article_id, published, published_from, source, title FROM articles;
SELECT a.article_id, count(s.sentence_id) AS sentences, length(a.body) AS body_chars,
       length(a.raw) AS raw_chars
FROM articles AS a LEFT JOIN sentences AS s USING (article_id) GROUP BY a.article_id;
SELECT article_id, kind, count(*) AS removed_regions FROM boilerplate GROUP BY 1, 2;
SELECT ord, text FROM sentences WHERE article_id = 3 AND ord < 6;
SQL
echo "The corpus is in claims.db: sqlite3 claims.db -cmd '.load ./build/claims'"
