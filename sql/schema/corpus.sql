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
  ingested_at TEXT NOT NULL,
  copy_of INTEGER                     -- the earlier article whose text this one copies (wire copy)
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
  text TEXT NOT NULL,                 -- what was removed (a typed column for the boilerplate view)
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

-- Entities resolved across the corpus (one row per person, organisation,
-- place), their aliases and their mentions.
CREATE TABLE IF NOT EXISTS claims_corpus_entity(
  entity_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,                 -- canonical: the fullest form seen
  kind TEXT NOT NULL,                 -- person | organization | place | other
  party_id INTEGER,                   -- the organisation whose side it is on
  role TEXT,
  deceased INTEGER NOT NULL DEFAULT 0,
  key TEXT NOT NULL,                  -- transliteration-folded name
  lastkey TEXT NOT NULL,              -- folded last name part (surname-only mentions)
  firstkey TEXT NOT NULL              -- folded first name part (given-name-only mentions)
);
CREATE INDEX IF NOT EXISTS claims_corpus_entity_key ON claims_corpus_entity(key);
CREATE INDEX IF NOT EXISTS claims_corpus_entity_lastkey ON claims_corpus_entity(lastkey);
CREATE INDEX IF NOT EXISTS claims_corpus_entity_firstkey ON claims_corpus_entity(firstkey);
CREATE INDEX IF NOT EXISTS claims_corpus_entity_name ON claims_corpus_entity(name);

CREATE TABLE IF NOT EXISTS claims_corpus_alias(
  alias TEXT NOT NULL COLLATE NOCASE,
  entity_id INTEGER NOT NULL,
  origin TEXT NOT NULL DEFAULT 'auto',  -- a typed column for the aliases view (ODBC sees its type)
  PRIMARY KEY(alias, entity_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claims_corpus_alias_entity ON claims_corpus_alias(entity_id);

-- Analysts' alias edits, kept across claims_rebuild(). Deliberately NOT a
-- shadow table (xShadowName does not list it), so plain SQL — the aliases
-- view's triggers — can write it in defensive mode too. entity_name NULL
-- records a deleted alias.
CREATE TABLE IF NOT EXISTS claims_corpus_useralias(
  alias TEXT PRIMARY KEY COLLATE NOCASE,
  entity_name TEXT
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS claims_corpus_mention(
  mention_id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  sentence_id INTEGER,
  start INTEGER NOT NULL,             -- code points into articles.body
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  entity_id INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_corpus_mention_article ON claims_corpus_mention(article_id);
CREATE INDEX IF NOT EXISTS claims_corpus_mention_entity ON claims_corpus_mention(entity_id);

-- Attributed claims: speaker + cue + content.
CREATE TABLE IF NOT EXISTS claims_corpus_claim(
  claim_id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  sentence_id INTEGER,
  start INTEGER NOT NULL,             -- content span, code points into articles.body
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,                       -- as written
  speaker_start INTEGER,
  speaker_end INTEGER,
  speaker_id INTEGER,                 -- entity
  party_id INTEGER,                   -- entity (the speaker's side)
  verb TEXT,
  verb_start INTEGER,
  verb_end INTEGER,
  stance TEXT NOT NULL,               -- asserts | denies
  kind TEXT NOT NULL,                 -- control | casualties | event | statement | denial
  is_quote INTEGER NOT NULL,
  hedged INTEGER NOT NULL,
  location_id INTEGER,                -- entity (place the claim is about)
  confidence REAL NOT NULL,
  said_on TEXT,                       -- YYYY-MM-DD: when the statement was made
  event_date TEXT,                    -- first day of what the claim is about
  event_date_end TEXT,                -- last day (inclusive)
  date_precision TEXT,                -- day | week | weekend | month | quarter | year | decade
  date_rule TEXT,                     -- the rule that dated it
  cluster_id INTEGER                  -- claims asserting the same thing share it
);
CREATE INDEX IF NOT EXISTS claims_corpus_claim_article ON claims_corpus_claim(article_id);
-- on_date(d): claims whose event interval overlaps d, by range on event_date.
CREATE INDEX IF NOT EXISTS claims_corpus_claim_date ON claims_corpus_claim(event_date, event_date_end);

-- Which entities each claim involves (speaker, side, location, mentioned
-- in the content): the index behind claims('place or name').
CREATE TABLE IF NOT EXISTS claims_corpus_claimentity(
  entity_id INTEGER NOT NULL,
  claim_id INTEGER NOT NULL,
  role TEXT NOT NULL,                 -- speaker | party | location | mention
  PRIMARY KEY(entity_id, claim_id, role)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claims_corpus_claimentity_claim ON claims_corpus_claimentity(claim_id);

CREATE TABLE IF NOT EXISTS claims_corpus_quantity(
  quantity_id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  sentence_id INTEGER,
  claim_id INTEGER,                   -- the claim whose content holds it
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  value REAL NOT NULL,
  low REAL,
  high REAL,
  qualifier TEXT NOT NULL,
  count_type TEXT,
  object TEXT,
  repeat INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_corpus_quantity_article ON claims_corpus_quantity(article_id);
CREATE INDEX IF NOT EXISTS claims_corpus_quantity_claim ON claims_corpus_quantity(claim_id);

-- Temporal expressions, normalised against the article's publication date.
CREATE TABLE IF NOT EXISTS claims_corpus_timex(
  timex_id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  sentence_id INTEGER,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,                 -- DATE | TIME | DURATION | SET
  value TEXT NOT NULL,                -- TimeML value
  mod TEXT,
  rule TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_corpus_timex_article ON claims_corpus_timex(article_id);

-- Pairs of claims that cannot both be true.
CREATE TABLE IF NOT EXISTS claims_corpus_link(
  link_id INTEGER PRIMARY KEY,
  a INTEGER NOT NULL,                 -- claim ids, a < b
  b INTEGER NOT NULL,
  kind TEXT NOT NULL,                 -- denial | control | quantity | event
  score REAL NOT NULL,
  reason TEXT NOT NULL,
  UNIQUE(a, b)
);
CREATE INDEX IF NOT EXISTS claims_corpus_link_b ON claims_corpus_link(b);
-- With article_id: whether a cluster already has a claim of an article.
CREATE INDEX IF NOT EXISTS claims_corpus_claim_cluster ON claims_corpus_claim(cluster_id, article_id);

-- Blocking keys (place/entity x time bucket x kind family): the only
-- candidate pairs compared for contradiction and corroboration.
CREATE TABLE IF NOT EXISTS claims_corpus_claimkey(
  key TEXT NOT NULL,
  claim_id INTEGER NOT NULL,
  PRIMARY KEY(key, claim_id)
) WITHOUT ROWID;

-- Hashes of long paragraphs: an article that repeats an earlier one's
-- paragraphs is a copy (a wire text), not an independent source.
CREATE TABLE IF NOT EXISTS claims_corpus_para(
  hash TEXT NOT NULL,
  article_id INTEGER NOT NULL,
  PRIMARY KEY(hash, article_id)
) WITHOUT ROWID;

-- Summaries kept in typed columns, counted up at ingest (and by
-- claims_rebuild) as each article is stored and linked: a view column
-- computed by an aggregate has no declared type, and BI tools reading the
-- views over ODBC need one (PRAGMA table_info). The timeline and
-- claim_clusters views are plain column references to these tables.
CREATE TABLE IF NOT EXISTS claims_corpus_timeline(
  date TEXT NOT NULL,                 -- event_date of the claims
  party_id INTEGER NOT NULL,          -- entity (the speakers' side); 0: no known side
  n_claims INTEGER NOT NULL,
  n_articles INTEGER NOT NULL,
  n_disputed INTEGER NOT NULL,        -- claims in at least one contradiction
  PRIMARY KEY(date, party_id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS claims_corpus_cluster(
  cluster_id INTEGER PRIMARY KEY,     -- the claim_id of its first claim
  n_claims INTEGER NOT NULL,
  n_articles INTEGER NOT NULL,
  n_outlets INTEGER NOT NULL,         -- a wire copy (articles.copy_of) is not another outlet
  first_said TEXT,
  representative_id INTEGER NOT NULL  -- the claim shown for the cluster: the first said
);

-- The outlets each cluster has counted (n_outlets), so that a new claim
-- is counted in O(log n).
CREATE TABLE IF NOT EXISTS claims_corpus_clusteroutlet(
  cluster_id INTEGER NOT NULL,
  outlet TEXT NOT NULL,
  PRIMARY KEY(cluster_id, outlet)
) WITHOUT ROWID;
