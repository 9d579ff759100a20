-- Who said what, for which side, about where and when: the sample corpus.
-- Each line is a yes/no fact an analyst relies on (1 = holds).
.mode list
SELECT claims_ingest('fixtures/panjshir');
-- One entity however outlets spell the name; namesakes stay apart.
SELECT claims_canonical('Dashty') = claims_canonical('Fahim Dashti');
SELECT claims_canonical('Kareemi') = claims_canonical('Bilal Karimi');
SELECT claims_canonical('Panjsher');
SELECT count(*) FROM entities WHERE name IN ('Ahmad Massoud', 'Ahmad Shah Massoud');
-- Spokesmen carry their side.
SELECT party FROM entities WHERE name = claims_canonical('Zabihullah');
SELECT party = claims_canonical('NRF') FROM entities WHERE name = claims_canonical('Dashti');
-- claims('place') is alias-aware.
SELECT (SELECT count(*) FROM claims('Panjsher')) = (SELECT count(*) FROM claims('Panjshir'));
SELECT count(*) > 0 FROM claims('Bazarak') WHERE text LIKE 'Most of Bazarak district%' AND verb = 'said';
-- Figures: typed and bounded.
SELECT value, low, high, qualifier, count_type FROM quantities WHERE text = 'Nearly a thousand';
-- What happened on 4 September.
SELECT count(*) > 0 FROM on_date('2021-09-04') WHERE text LIKE '%Paryan district%';
SELECT count(*) FROM on_date('2021-09-04') WHERE text LIKE '%completely conquered%';
-- The undated article's inferred date.
SELECT published, published_from FROM articles WHERE path LIKE '%004_%';
SELECT claims_integrity_check();
