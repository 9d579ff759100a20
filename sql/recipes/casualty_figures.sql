-- Who says how many died? Every casualty figure with its claimant, its
-- qualifier and the interval it allows, next to the conservative reading
-- (the lowest figure any claimant gives for the same place, week and count
-- type) and the range all those claims allow; casualty claims with no number
-- ("heavy casualties") come last in their group as 'unquantified'.
-- Parameters: place — a place name or alias, NULL for every place.
-- Plain SQL over the views: runs without the extension.
WITH params(place) AS (VALUES (NULL)),
     wanted AS (
       SELECT coalesce((SELECT e.name FROM aliases AS al JOIN entities AS e USING (entity_id)
                        WHERE al.alias = p.place COLLATE NOCASE LIMIT 1), p.place) AS place
       FROM params AS p)
SELECT f.location, f.count_type, f.said_on,
       coalesce(f.party, '(unknown)') AS side, coalesce(f.claimant, '(unattributed)') AS claimant,
       f.figure, f.qualifier,
       CASE WHEN f.figure IS NOT NULL THEN printf('%.15g', coalesce(f.low, f.value)) || '–' ||
            CASE WHEN f.high IS NULL THEN '∞' ELSE printf('%.15g', f.high) END END AS allows,
       printf('%.15g', d.conservative) AS conservative,
       CASE WHEN d.count_type IS NOT NULL THEN printf('%.15g', d.low) || '–' ||
            CASE WHEN d.high IS NULL THEN '∞' ELSE printf('%.15g', d.high) END END AS all_claims_allow,
       f.claim, coalesce(a.source, 'article ' || a.article_id) AS outlet
FROM casualty_figures AS f
JOIN articles AS a ON a.article_id = f.article_id
CROSS JOIN wanted AS w
LEFT JOIN disputed_figures AS d
  ON d.count_type = f.count_type AND d.location IS f.location
 AND d.week IS strftime('%Y-W%W', f.event_date)
WHERE w.place IS NULL OR f.location = w.place
ORDER BY f.location, f.count_type = 'unquantified', f.count_type, f.said_on, f.value DESC;
