-- Who claimed what about a place? Every statement that involves the place
-- (as the place it is about, a mention in the content, or a speaker or side),
-- oldest first, with the claimant's side, the reporting verb, whether it
-- asserts or denies, and the outlet that carried it.
-- Parameters: place — any spelling an outlet used (aliases and
-- transliteration variants resolve to the same place).
-- Needs: the claims extension loaded
WITH params(place) AS (VALUES ('Bazarak'))
SELECT c.said_on, coalesce(c.party, '(unknown)') AS side,
       coalesce(c.speaker_canonical, c.speaker, '(unattributed)') AS claimant,
       c.verb, c.stance, c.text AS claim,
       coalesce(a.source, 'article ' || a.article_id) AS outlet
FROM params AS p, claims(p.place) AS c
JOIN articles AS a ON a.article_id = c.article_id
ORDER BY c.said_on, side, c.article_id, c.start;
