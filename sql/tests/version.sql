-- The version and the corpus facts table exist before any ingest.
SELECT claims_version();
SELECT claims_integrity_check();
