-- Who is speaking, for which side? Every speaker (person or organisation)
-- with their side, their role, how many claims they made, and every other
-- spelling or name the corpus knows them by (aliases: two spellings of one
-- name are one person, a namesake is another).
-- Parameters: side — a side's name or any alias of it, NULL for every side.
-- Needs: the claims extension loaded
WITH params(side) AS (VALUES (NULL)),
     spoken AS (
       SELECT speaker_canonical AS name, party, count(*) AS n_claims
       FROM claims WHERE speaker_canonical IS NOT NULL GROUP BY 1, 2)
SELECT coalesce(s.party, '(unknown)') AS side, s.name AS speaker, e.kind, e.role,
       CASE e.deceased WHEN 1 THEN 'yes' END AS deceased, s.n_claims,
       (SELECT group_concat(al.alias, ', ') FROM
          (SELECT DISTINCT alias FROM aliases WHERE entity_id = e.entity_id AND alias <> e.name
           ORDER BY alias) AS al) AS aliases
FROM spoken AS s, params AS p
LEFT JOIN entities AS e ON e.name = s.name AND e.party IS s.party
WHERE p.side IS NULL OR s.party = claims_canonical(p.side)
ORDER BY s.party IS NULL, s.party, s.n_claims DESC, s.name;
