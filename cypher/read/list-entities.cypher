// One page of the nodes of one kind, filtered and sorted, with the total count. Every filter
// is a parameter that is null when not used. $start/$end slice the sorted list (negative
// $start counts from the end, for `last`).
MATCH (n:$($kind))
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($planIds IS NULL OR n.planId IN $planIds)
  AND ($organisationIds IS NULL
       OR EXISTS { MATCH (o:Organisation)-[:PUBLISHES]->(p:Plan) WHERE o.id IN $organisationIds AND p.id = n.planId })
  AND ($swotTypes IS NULL OR n.type IN $swotTypes)
  AND ($levels IS NULL OR n.level IN $levels)
  AND ($actionKinds IS NULL OR n.actionKind IN $actionKinds)
  AND ($planKinds IS NULL OR n.planKind IN $planKinds)
  AND ($categories IS NULL OR n.category IN $categories)
  AND ($statuses IS NULL OR n.status IN $statuses)
  AND ($countries IS NULL OR n.country IN $countries)
  AND ($governmentLevels IS NULL OR n.level IN $governmentLevels)
  AND ($organisationKinds IS NULL OR n.organisationKind IN $organisationKinds)
  AND ($years IS NULL OR n.year IN $years)
  AND ($deadlineFrom IS NULL OR coalesce(n.deadline, n.due) >= date($deadlineFrom))
  AND ($deadlineTo IS NULL OR coalesce(n.deadline, n.due) <= date($deadlineTo))
  AND ($themeIds IS NULL OR EXISTS { MATCH (n)-[:HAS_THEME]->(t:Theme) WHERE t.id IN $themeIds })
  AND ($text IS NULL OR any(v IN [n.code, n.title, n.name, n.text, n.label, n.description, n.acronym, n.aliasText]
                            WHERE v IS NOT NULL AND toLower(v) CONTAINS toLower($text)))
WITH n,
     CASE $sort
       WHEN 'TITLE' THEN toLower(coalesce(n.title, n.name, n.label, n.text))
       WHEN 'NAME' THEN toLower(coalesce(n.name, n.title, n.label, n.text))
       WHEN 'CODE' THEN coalesce(n.code, '')
       WHEN 'DEADLINE' THEN toString(coalesce(n.deadline, n.due))
       WHEN 'YEAR' THEN toString(n.year)
       ELSE null
     END AS key
ORDER BY CASE WHEN $descending THEN null ELSE key END ASC,
         CASE WHEN $descending THEN key ELSE null END DESC,
         n.planId, n.position, n.id
WITH collect(n {.*}) AS items
RETURN size(items) AS total, items[$start..$end] AS page
