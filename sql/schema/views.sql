-- The read side: plain views over the store, so the corpus can be queried
-- (and listed by ODBC/BI tools) with ordinary SQL, extension loaded or not.
-- Plain column references keep the declared column types.

CREATE VIEW IF NOT EXISTS articles AS
SELECT article_id, path, line, source, url, title, byline, outlet,
       published, published_from, body, raw, hash, ingested_at
FROM claims_corpus_article;

CREATE VIEW IF NOT EXISTS sentences AS
SELECT sentence_id, article_id, ord, start, "end", text
FROM claims_corpus_sentence;

CREATE VIEW IF NOT EXISTS boilerplate AS
SELECT r.article_id AS article_id, r.start AS start, r."end" AS "end", r.kind AS kind,
       substr(a.raw, r.start + 1, r."end" - r.start) AS text
FROM claims_corpus_region AS r JOIN claims_corpus_article AS a USING (article_id);

CREATE VIEW IF NOT EXISTS ingest_log AS
SELECT log_id, at, path, line, action, reason
FROM claims_corpus_log;
