-- Bad input is logged and skipped, never a crash or a half-written corpus.
.mode list
.separator |
SELECT claims_ingest('fixtures/bad');
SELECT replace(path, 'fixtures/bad/', ''), coalesce(line, ''), action, reason FROM ingest_log ORDER BY log_id;
SELECT replace(path, 'fixtures/bad/', ''), coalesce(line, ''), coalesce(published, 'NULL'), coalesce(published_from, 'NULL')
  FROM articles ORDER BY article_id;
SELECT claims_integrity_check();
-- A path that does not exist is an SQL error naming it (last: .bail on stops here).
SELECT claims_ingest('fixtures/no-such-folder');
