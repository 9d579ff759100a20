-- Which claims are best supported? Clusters of claims that assert the same
-- thing, by the number of independent outlets that carry them (an article
-- that copies another one word for word counts once), with those outlets,
-- the sides that made the claim and the first day it was made.
-- Parameters: min_outlets — at least this many independent outlets;
-- top — how many rows at most.
-- Needs: the claims extension loaded
WITH params(min_outlets, top) AS (VALUES (2, 10)),
     carried AS (
       SELECT c.cluster_id, c.party,
              coalesce(o.source, 'article ' || o.article_id) AS outlet
       FROM claims AS c
       JOIN articles AS a ON a.article_id = c.article_id
       JOIN articles AS o ON o.article_id = coalesce(a.copy_of, a.article_id))
SELECT k.n_outlets, k.n_articles, k.first_said, k.representative AS claim,
       (SELECT group_concat(DISTINCT outlet) FROM carried AS w WHERE w.cluster_id = k.cluster_id)
         AS outlets,
       (SELECT group_concat(DISTINCT party) FROM carried AS w WHERE w.cluster_id = k.cluster_id)
         AS sides
FROM claim_clusters AS k, params AS p
WHERE k.n_outlets >= p.min_outlets
ORDER BY k.n_outlets DESC, k.n_articles DESC, k.first_said, k.cluster_id
LIMIT (SELECT top FROM params);
