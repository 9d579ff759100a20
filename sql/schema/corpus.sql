-- The corpus store: shadow tables of the claims_corpus virtual table.
-- Prefix "claims_corpus_", suffixes without "_" so SQLite protects them
-- (read-only to ordinary SQL in defensive mode). Created by
-- CREATE VIRTUAL TABLE claims_corpus USING claims_corpus, which the write
-- functions run on first use; DROP TABLE claims_corpus removes them all.

CREATE TABLE IF NOT EXISTS claims_corpus_config(
  key TEXT PRIMARY KEY,
  value
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS claims_corpus_article(
  article_id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,          -- content identity (see content_key)
  path TEXT,                          -- file it came from, NULL for claims_ingest_text
  line INTEGER,                       -- line in a .jsonl file
  source TEXT,                        -- given source, else the outlet the text shows
  url TEXT,
  title TEXT,
  byline TEXT,
  outlet TEXT,
  published TEXT,                     -- YYYY-MM-DD
  published_from TEXT,                -- given | header | dateline | posted | updated | NULL
  body TEXT NOT NULL,                 -- content without boilerplate; offsets point here
  raw TEXT NOT NULL,                  -- the original text (UTF-8, NFC, LF)
  given_title TEXT,                   -- metadata given at ingest, re-used by claims_rebuild
  given_published TEXT,
  given_source TEXT,
  given_url TEXT,
  ingested_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS claims_corpus_sentence(
  sentence_id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS claims_corpus_sentence_article
  ON claims_corpus_sentence(article_id, ord);

CREATE TABLE IF NOT EXISTS claims_corpus_region(
  article_id INTEGER NOT NULL,
  start INTEGER NOT NULL,             -- code points into raw
  "end" INTEGER NOT NULL,
  kind TEXT NOT NULL,
  PRIMARY KEY(article_id, start)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS claims_corpus_log(
  log_id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  path TEXT,
  line INTEGER,
  action TEXT NOT NULL,               -- skipped | note
  reason TEXT NOT NULL
);
