#!/usr/bin/env bash
# The main job: install, build, ingest the sample corpus into claims.db and
# print a short report: the articles, who claims what for which side, the
# casualty figures, the contradictions and a timeline.
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
.mode box --wrap 70
SELECT article_id, published, published_from, source, title FROM articles;
SELECT speaker_canonical AS speaker, party, count(*) AS claims
  FROM claims WHERE speaker_canonical IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 12;
SELECT said_on, party, speaker_canonical AS speaker, verb, stance, text FROM claims('Bazarak') ORDER BY said_on;
SELECT q.text AS figure, q.qualifier, q.low, q.high, q.count_type, c.party, c.speaker_canonical AS speaker
  FROM quantities AS q JOIN claims AS c USING (claim_id) WHERE q.count_type IS NOT NULL;
-- The most contested statements: how many claims contradict each one.
WITH ends(id) AS (SELECT a FROM contradictions UNION ALL SELECT b FROM contradictions)
SELECT c.claim_id, c.said_on, c.party, c.speaker_canonical AS speaker, c.stance,
       count(*) AS contradicted_by, c.text
  FROM ends JOIN claim_list AS c ON c.claim_id = ends.id
 GROUP BY c.claim_id ORDER BY contradicted_by DESC, c.claim_id LIMIT 8;
-- Why: one line per distinct reason (copies of a wire story give the same reason).
SELECT kind, round(max(score), 2) AS score, count(*) AS links, reason
  FROM contradictions GROUP BY kind, reason ORDER BY score DESC, links DESC LIMIT 8;
SELECT * FROM timeline ORDER BY date, party;
SQL
echo "The corpus is in claims.db: sqlite3 claims.db -cmd '.load ./build/claims'"
