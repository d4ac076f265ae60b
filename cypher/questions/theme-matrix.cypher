// Question 5: per theme and per organisation, how many objectives, actions, SWOT items and
// PESTEL factors of its plans carry the theme: the cells of a heatmap.
MATCH (t:Theme)<-[:HAS_THEME]-(n:Entity)
WHERE n.kind IN ['Objective', 'Action', 'SwotItem', 'PestelFactor']
  AND ($themeIds IS NULL OR t.id IN $themeIds)
MATCH (org:Organisation)-[:PUBLISHES]->(:Plan {id: n.planId})
WHERE $organisationIds IS NULL OR org.id IN $organisationIds
WITH t, org, n.kind AS kind, count(DISTINCT n) AS count
WITH t, org, collect([kind, count]) AS counts
RETURN t.id AS themeId, org.id AS organisationId,
       coalesce([c IN counts WHERE c[0] = 'Objective' | c[1]][0], 0) AS objectives,
       coalesce([c IN counts WHERE c[0] = 'Action' | c[1]][0], 0) AS actions,
       coalesce([c IN counts WHERE c[0] = 'SwotItem' | c[1]][0], 0) AS swotItems,
       coalesce([c IN counts WHERE c[0] = 'PestelFactor' | c[1]][0], 0) AS pestelFactors
ORDER BY themeId, organisationId
