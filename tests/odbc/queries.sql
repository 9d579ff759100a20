-- Queries over the analyst-facing views, run through ODBC (isql and
-- pyodbc) and compared row for row with SQLite itself (tests/odbc/odbc_test.py).
-- One statement per block, blocks separated by a line with only ";".
SELECT article_id, published, published_from, source, title, copy_of FROM articles ORDER BY article_id
;
SELECT claim_id, article_id, speaker, speaker_canonical, party, verb, stance, kind, is_quote, hedged, location,
       round(confidence, 3), said_on, event_date, event_date_end, date_precision, cluster_id, text
FROM claim_list ORDER BY claim_id
;
SELECT quantity_id, claim_id, text, value, low, high, qualifier, count_type, object, repeat
FROM quantities ORDER BY quantity_id
;
SELECT entity_id, name, kind, party, role, deceased FROM entities ORDER BY entity_id
;
SELECT link_id, a, b, kind, round(score, 3), reason, a_text, b_text FROM contradictions ORDER BY link_id
;
SELECT cluster_id, n_claims, n_articles, n_outlets, first_said, representative
FROM claim_clusters ORDER BY n_outlets DESC, cluster_id
;
SELECT date, party, n_claims, n_articles, n_disputed FROM timeline ORDER BY date, party
;
SELECT claim_id, party, claimant, location, count_type, figure, value, low, high FROM casualty_figures
ORDER BY claim_id, quantity_id
;
SELECT c.party, count(*), sum(c.kind = 'casualties') FROM claim_list AS c GROUP BY c.party ORDER BY 1
;
SELECT claim_id, speaker_canonical, text FROM claims('Bazarak') ORDER BY claim_id
;
SELECT claim_id, event_date, text FROM on_date('2021-09-04') ORDER BY claim_id
;
SELECT claims_canonical('Dashty'), claims_version()
