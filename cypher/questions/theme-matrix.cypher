// Question 5: per theme and per organisation, how many objectives, actions, SWOT items and
// PESTEL factors of its plans carry the theme: the cells of a heatmap, and its two axes (themes
// by English label, organisations by name). One row.
CALL () {
  UNWIND coalesce($themeIds, []) AS id
  MATCH (theme:Theme {id: id})
  RETURN theme
  UNION
  MATCH (theme:Theme)
  WHERE $themeIds IS NULL AND theme.docKey IS NOT NULL
  RETURN theme
}
MATCH (theme)<-[:HAS_THEME]-(item)
WHERE item:Objective OR item:Action OR item:SwotItem OR item:PestelFactor
MATCH (organisation:Organisation)-[:PUBLISHES]->(:Plan {id: item.planId})
WHERE $organisationIds IS NULL OR organisation.id IN $organisationIds
WITH theme, organisation, item.kind AS kind, count(DISTINCT item) AS count
WITH theme, organisation, collect([kind, count]) AS counts
WITH theme, organisation,
     coalesce([c IN counts WHERE c[0] = 'Objective' | c[1]][0], 0) AS objectives,
     coalesce([c IN counts WHERE c[0] = 'Action' | c[1]][0], 0) AS actions,
     coalesce([c IN counts WHERE c[0] = 'SwotItem' | c[1]][0], 0) AS swotItems,
     coalesce([c IN counts WHERE c[0] = 'PestelFactor' | c[1]][0], 0) AS pestelFactors
ORDER BY theme.code, organisation.id
WITH collect({theme: theme, organisation: organisation, objectives: objectives, actions: actions, swotItems: swotItems,
              pestelFactors: pestelFactors, total: objectives + actions + swotItems + pestelFactors}) AS cells
RETURN cells,
       COLLECT { UNWIND cells AS c WITH DISTINCT c.theme AS t ORDER BY t.labelEn, t.id RETURN t } AS themes,
       COLLECT { UNWIND cells AS c WITH DISTINCT c.organisation AS o ORDER BY o.name, o.id RETURN o } AS organisations
