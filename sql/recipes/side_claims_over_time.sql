-- What has one side claimed, day by day? The claims made by a side's own
-- speakers (its organisation and its people), in the order of the days they
-- are about, with who said it, what kind of claim it is, and how many other
-- claims contradict it.
-- Parameters: side — the side's name or any alias of it (e.g. an acronym).
-- Needs: the claims extension loaded
WITH params(side) AS (VALUES ('Taliban'))
SELECT coalesce(c.event_date, c.said_on) AS about_day, c.said_on,
       coalesce(c.speaker_canonical, c.speaker) AS claimant, c.kind, c.stance, c.text AS claim,
       (SELECT count(*) FROM contradictions AS x WHERE x.a = c.claim_id OR x.b = c.claim_id)
         AS contradicted_by
FROM params AS p, claims(p.side) AS c
WHERE c.party = claims_canonical(p.side)
ORDER BY about_day, c.said_on, c.article_id, c.start;
