-- Which claims made on a given day cannot all be true? The contradictions in
-- which at least one of the two claims was made that day, strongest first:
-- the reason (who asserts what, who denies or contradicts it, when) and the
-- two claims as written. The same two statements carried by several outlets
-- (claims of the same corroboration cluster) are one row: "pairs" counts the
-- stored pairs behind it and "articles" the articles they come from.
-- Parameters: day (YYYY-MM-DD); top — how many rows at most.
-- Needs: the claims extension loaded
WITH params(day, top) AS (VALUES ('2021-09-06', 15)),
     claim AS MATERIALIZED (SELECT claim_id, cluster_id, said_on FROM claims),
     pair AS (
       SELECT x.*, min(ca.cluster_id, cb.cluster_id) AS k1, max(ca.cluster_id, cb.cluster_id) AS k2
       FROM contradictions AS x, params AS p
       JOIN claim AS ca ON ca.claim_id = x.a
       JOIN claim AS cb ON cb.claim_id = x.b
       WHERE p.day IN (ca.said_on, cb.said_on))
SELECT round(max(score), 2) AS score, kind, reason, a_text AS claim_a, b_text AS claim_b,
       count(*) AS pairs, group_concat(DISTINCT a_article || '/' || b_article) AS articles
FROM pair
GROUP BY kind, k1, k2
ORDER BY score DESC, pairs DESC, reason
LIMIT (SELECT top FROM params);
