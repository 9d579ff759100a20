-- Which claims made on a given day cannot all be true? The contradictions in
-- which at least one of the two claims was made that day, strongest first:
-- the reason (who asserts what, who denies or contradicts it, when) and the
-- two claims as written. The same two statements carried by several outlets
-- are one row; "pairs" counts the stored pairs behind it and "articles" the
-- articles they come from.
-- Parameters: day (YYYY-MM-DD); top — how many rows at most.
-- Needs: the claims extension loaded
WITH params(day, top) AS (VALUES ('2021-09-06', 12)),
     said AS (SELECT c.claim_id FROM params AS p, claims AS c WHERE c.said_on = p.day)
SELECT round(max(x.score), 2) AS score, x.kind, min(x.reason) AS reason,
       x.a_text AS claim_a, x.b_text AS claim_b, count(*) AS pairs,
       group_concat(DISTINCT x.a_article || '/' || x.b_article) AS articles
FROM contradictions AS x
WHERE x.a IN (SELECT claim_id FROM said) OR x.b IN (SELECT claim_id FROM said)
GROUP BY x.kind, x.a_text, x.b_text
ORDER BY score DESC, pairs DESC, reason
LIMIT (SELECT top FROM params);
