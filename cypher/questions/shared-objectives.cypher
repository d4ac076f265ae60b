// Question 4: objectives of other organisations that pursue the same thing as the given
// objective (or as each objective of the given organisation): those sharing themes with it,
// and those an analyst aligned with it. Ranked by score = theme overlap (Jaccard) + 1 per
// curated alignment, best first.
MATCH (src:Objective)
WHERE ($objectiveId IS NOT NULL AND src.id = $objectiveId)
   OR ($objectiveId IS NULL AND EXISTS { MATCH (:Organisation {id: $organisationId})-[:PUBLISHES]->(:Plan {id: src.planId}) })
MATCH (srcOrg:Organisation)-[:PUBLISHES]->(:Plan {id: src.planId})
CALL (src) {
  MATCH (src)-[:HAS_THEME]->(:Theme)<-[:HAS_THEME]-(o:Objective) RETURN o AS other
  UNION
  MATCH (src)-[:ALIGNED_WITH]-(o:Objective) RETURN o AS other
}
MATCH (otherOrg:Organisation)-[:PUBLISHES]->(:Plan {id: other.planId})
WHERE otherOrg <> srcOrg AND ($otherOrganisationIds IS NULL OR otherOrg.id IN $otherOrganisationIds)
WITH src, srcOrg, other, otherOrg,
     COLLECT { MATCH (src)-[:HAS_THEME]->(t:Theme)<-[:HAS_THEME]-(other) RETURN t.id ORDER BY t.id } AS sharedThemes,
     COUNT { MATCH (src)-[:HAS_THEME]->(:Theme) } AS srcThemeCount,
     COUNT { MATCH (other)-[:HAS_THEME]->(:Theme) } AS otherThemeCount,
     COLLECT { MATCH (src)-[a:ALIGNED_WITH]-(other) RETURN {type: 'ALIGNED_WITH', from: startNode(a).id, to: endNode(a).id, link: a {.*}} } AS alignments
WITH src, srcOrg, other, otherOrg, sharedThemes, alignments,
     CASE WHEN srcThemeCount + otherThemeCount - size(sharedThemes) = 0 THEN 0.0
          ELSE toFloat(size(sharedThemes)) / (srcThemeCount + otherThemeCount - size(sharedThemes)) END AS overlap
WITH src, srcOrg, other, otherOrg, sharedThemes, alignments, overlap + size(alignments) AS score
WHERE score >= $minScore
ORDER BY src.planId, src.position, score DESC, other.id
WITH src, srcOrg, collect({objective: other {.*}, organisationId: otherOrg.id, score: score, overlap: score - size(alignments),
                           sharedThemes: sharedThemes, alignments: alignments})[..$limit] AS matches
RETURN src {.*} AS source, srcOrg.id AS organisationId, matches
ORDER BY source.planId, source.position
