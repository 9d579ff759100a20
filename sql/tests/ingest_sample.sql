-- The analyst's first five minutes: ingest the sample, look at what is in it.
.mode list
.separator |
SELECT claims_ingest('fixtures/panjshir');
SELECT claims_ingest('fixtures/panjshir');
SELECT article_id, published, published_from, source, title FROM articles ORDER BY article_id;
SELECT article_id, byline FROM articles WHERE byline IS NOT NULL ORDER BY article_id;
SELECT key, value FROM claims_corpus WHERE key IN ('version', 'articles');
SELECT count(*) FROM sentences AS s JOIN articles AS a USING (article_id)
 WHERE substr(a.body, s.start + 1, s."end" - s.start) <> s.text;
SELECT claims_integrity_check();
SELECT claims_rebuild();
SELECT claims_integrity_check();
