-- The read side: plain views over the store, so the corpus can be queried
-- (and listed by ODBC/BI tools) with ordinary SQL, extension loaded or not.
-- Plain column references keep the declared column types.

CREATE VIEW IF NOT EXISTS articles AS
SELECT article_id, path, line, source, url, title, byline, outlet,
       published, published_from, body, raw, hash, ingested_at, copy_of
FROM claims_corpus_article;

CREATE VIEW IF NOT EXISTS sentences AS
SELECT sentence_id, article_id, ord, start, "end", text
FROM claims_corpus_sentence;

CREATE VIEW IF NOT EXISTS boilerplate AS
SELECT article_id, start, "end", kind, text
FROM claims_corpus_region;

CREATE VIEW IF NOT EXISTS ingest_log AS
SELECT log_id, at, path, line, action, reason
FROM claims_corpus_log;

CREATE VIEW IF NOT EXISTS entities AS
SELECT e.entity_id AS entity_id, e.name AS name, e.kind AS kind, e.party_id AS party_id,
       p.name AS party, e.role AS role, e.deceased AS deceased
FROM claims_corpus_entity AS e LEFT JOIN claims_corpus_entity AS p ON p.entity_id = e.party_id;

CREATE VIEW IF NOT EXISTS mentions AS
SELECT mention_id, article_id, sentence_id, start, "end", text, entity_id
FROM claims_corpus_mention;

CREATE VIEW IF NOT EXISTS quantities AS
SELECT quantity_id, article_id, sentence_id, claim_id, start, "end", text, value, low, high,
       qualifier, count_type, object, repeat
FROM claims_corpus_quantity;

-- Aliases: automatic ones (found by the extractor) unless an analyst's
-- edit overrides them, plus the analysts' own. Editable: INSERT, UPDATE
-- and DELETE go to claims_corpus_useralias and take effect for new
-- ingests at once and for everything at the next claims_rebuild().
CREATE VIEW IF NOT EXISTS aliases AS
SELECT a.alias AS alias, a.entity_id AS entity_id, a.origin AS origin
FROM claims_corpus_alias AS a
WHERE NOT EXISTS (SELECT 1 FROM claims_corpus_useralias AS u WHERE u.alias = a.alias)
UNION ALL
SELECT u.alias, e.entity_id, 'user'
FROM claims_corpus_useralias AS u JOIN claims_corpus_entity AS e ON e.name = u.entity_name;

CREATE TRIGGER IF NOT EXISTS aliases_insert INSTEAD OF INSERT ON aliases
BEGIN
  SELECT RAISE(ABORT, 'claims: aliases(): no entity has this entity_id; use an entity_id from the entities view')
  WHERE NOT EXISTS (SELECT 1 FROM claims_corpus_entity WHERE entity_id = new.entity_id);
  INSERT OR REPLACE INTO claims_corpus_useralias(alias, entity_name)
  SELECT new.alias, name FROM claims_corpus_entity WHERE entity_id = new.entity_id;
END;

CREATE TRIGGER IF NOT EXISTS aliases_delete INSTEAD OF DELETE ON aliases
BEGIN
  INSERT OR REPLACE INTO claims_corpus_useralias(alias, entity_name) VALUES (old.alias, NULL);
END;

CREATE TRIGGER IF NOT EXISTS aliases_update INSTEAD OF UPDATE ON aliases
BEGIN
  SELECT RAISE(ABORT, 'claims: aliases(): no entity has this entity_id; use an entity_id from the entities view')
  WHERE NOT EXISTS (SELECT 1 FROM claims_corpus_entity WHERE entity_id = new.entity_id);
  INSERT OR REPLACE INTO claims_corpus_useralias(alias, entity_name)
  SELECT old.alias, NULL WHERE old.alias <> new.alias;
  INSERT OR REPLACE INTO claims_corpus_useralias(alias, entity_name)
  SELECT new.alias, name FROM claims_corpus_entity WHERE entity_id = new.entity_id;
END;

CREATE VIEW IF NOT EXISTS dates AS
SELECT timex_id, article_id, sentence_id, start, "end", text, type, value, mod, rule
FROM claims_corpus_timex;

-- Claims per day and side: how many, from how many articles, and how many
-- of them are disputed (in a contradiction). The counts are kept in
-- claims_corpus_timeline at ingest so every column has a declared type
-- (party_id 0 there: no known side, party NULL here).
CREATE VIEW IF NOT EXISTS timeline AS
SELECT t.date AS date, p.name AS party, t.n_claims AS n_claims, t.n_articles AS n_articles,
       t.n_disputed AS n_disputed
FROM claims_corpus_timeline AS t LEFT JOIN claims_corpus_entity AS p ON p.entity_id = t.party_id
ORDER BY t.date, p.name;

-- Every pair of claims that cannot both be true, once (a < b), with the
-- reason and the evidence: each claim's text and its span in its article.
CREATE VIEW IF NOT EXISTS contradictions AS
SELECT l.link_id AS link_id, l.a AS a, l.b AS b, l.kind AS kind, l.score AS score, l.reason AS reason,
       ca.text AS a_text, ca.article_id AS a_article, ca.start AS a_start, ca."end" AS a_end,
       cb.text AS b_text, cb.article_id AS b_article, cb.start AS b_start, cb."end" AS b_end
FROM claims_corpus_link AS l
JOIN claims_corpus_claim AS ca ON ca.claim_id = l.a
JOIN claims_corpus_claim AS cb ON cb.claim_id = l.b;

-- Corroboration: claims that assert the same thing share a cluster. An
-- article that copies an earlier one (a wire text) is not an independent
-- source: n_outlets counts each original once. Kept in
-- claims_corpus_cluster at ingest so every column has a declared type.
CREATE VIEW IF NOT EXISTS claim_clusters AS
SELECT k.cluster_id AS cluster_id, k.n_claims AS n_claims, k.n_articles AS n_articles,
       k.n_outlets AS n_outlets, k.first_said AS first_said, r.text AS representative
FROM claims_corpus_cluster AS k JOIN claims_corpus_claim AS r ON r.claim_id = k.representative_id;

-- The stored claims as a plain view, for BI tools: the claims table-valued
-- function has the same columns but, being eponymous, is invisible to
-- ODBC's table list. Same rows as SELECT * FROM claims.
CREATE VIEW IF NOT EXISTS claim_list AS
SELECT c.claim_id AS claim_id, c.article_id AS article_id, c.sentence_id AS sentence_id,
       c.start AS start, c."end" AS "end", c.text AS text, c.speaker AS speaker,
       c.speaker_start AS speaker_start, c.speaker_end AS speaker_end, s.name AS speaker_canonical,
       p.name AS party, c.verb AS verb, c.stance AS stance, c.kind AS kind, c.is_quote AS is_quote,
       c.hedged AS hedged, l.name AS location, c.confidence AS confidence, c.said_on AS said_on,
       c.event_date AS event_date, c.event_date_end AS event_date_end,
       c.date_precision AS date_precision, c.date_rule AS date_rule, c.cluster_id AS cluster_id
FROM claims_corpus_claim AS c
LEFT JOIN claims_corpus_entity AS s ON s.entity_id = c.speaker_id
LEFT JOIN claims_corpus_entity AS p ON p.entity_id = c.party_id
LEFT JOIN claims_corpus_entity AS l ON l.entity_id = c.location_id;

-- Every casualty figure with its claimant (after ACLED and UCDP), plus
-- casualty claims that give no number ("heavy casualties").
CREATE VIEW IF NOT EXISTS casualty_figures AS
SELECT q.quantity_id AS quantity_id, c.claim_id AS claim_id, c.article_id AS article_id,
       c.said_on AS said_on, c.event_date AS event_date, p.name AS party, s.name AS claimant,
       l.name AS location, q.count_type AS count_type, q.text AS figure, q.qualifier AS qualifier,
       q.value AS value, q.low AS low, q.high AS high, c.text AS claim
FROM claims_corpus_quantity AS q
JOIN claims_corpus_claim AS c ON c.claim_id = q.claim_id
LEFT JOIN claims_corpus_entity AS p ON p.entity_id = c.party_id
LEFT JOIN claims_corpus_entity AS s ON s.entity_id = c.speaker_id
LEFT JOIN claims_corpus_entity AS l ON l.entity_id = c.location_id
WHERE q.count_type IS NOT NULL AND q.repeat = 0
UNION ALL
SELECT NULL, c.claim_id, c.article_id, c.said_on, c.event_date, p.name, s.name, l.name,
       'unquantified', NULL, NULL, NULL, NULL, NULL, c.text
FROM claims_corpus_claim AS c
LEFT JOIN claims_corpus_entity AS p ON p.entity_id = c.party_id
LEFT JOIN claims_corpus_entity AS s ON s.entity_id = c.speaker_id
LEFT JOIN claims_corpus_entity AS l ON l.entity_id = c.location_id
WHERE c.kind = 'casualties' AND NOT EXISTS (
  SELECT 1 FROM claims_corpus_quantity AS q WHERE q.claim_id = c.claim_id AND q.count_type IS NOT NULL);

-- Disputed figures per event (place and week) and count type: the lowest
-- figure (the conservative reading), the range all claims allow (high
-- NULL = unbounded), and every claimant with their figure.
CREATE VIEW IF NOT EXISTS disputed_figures AS
SELECT count_type, location, strftime('%Y-W%W', min(event_date)) AS week,
       count(*) AS n_figures, count(DISTINCT party) AS n_parties,
       min(coalesce(low, value)) AS conservative,
       min(coalesce(low, value)) AS low,
       CASE WHEN count(high) = count(*) THEN max(high) END AS high,
       group_concat(coalesce(party, '?') || ' (' || coalesce(claimant, '?') || '): ' || figure, '; ') AS claimants
FROM casualty_figures
WHERE count_type <> 'unquantified'
GROUP BY count_type, location, strftime('%Y-W%W', event_date);
