// Question 4: objectives of other organisations that pursue the same thing as the given
// objective (or as each objective of the given organisation): those sharing themes with it, and
// those an analyst aligned with it. Ranked by score = theme overlap (Jaccard) + 1 per curated
// alignment, best first, at most $limit per objective, with the reasons in words.
CALL () {
  MATCH (source:Objective) WHERE source.id IN coalesce($objectiveIds, [])
  RETURN source
  UNION
  MATCH (:Organisation {id: $organisationId})-[:PUBLISHES]->(:Plan)-[:SETS]->(source:Objective)
  RETURN source
}
MATCH (sourceOrg:Organisation)-[:PUBLISHES]->(:Plan {id: source.planId})
CALL (source, sourceOrg) {
  CALL (source) {
    MATCH (source)-[:HAS_THEME]->(:Theme)<-[:HAS_THEME]-(o:Objective) RETURN o AS other
    UNION
    MATCH (source)-[:ALIGNED_WITH]-(o:Objective) RETURN o AS other
  }
  MATCH (otherOrg:Organisation)-[:PUBLISHES]->(:Plan {id: other.planId})
  WHERE otherOrg <> sourceOrg AND ($otherOrganisationIds IS NULL OR otherOrg.id IN $otherOrganisationIds)
  WITH other, otherOrg,
       COLLECT { MATCH (source)-[:HAS_THEME]->(t:Theme)<-[:HAS_THEME]-(other) RETURN t ORDER BY t.id } AS sharedThemes,
       COUNT { (source)-[:HAS_THEME]->(:Theme) } AS sourceThemes,
       COUNT { (other)-[:HAS_THEME]->(:Theme) } AS otherThemes,
       COLLECT { MATCH (source)-[a:ALIGNED_WITH]-(other) RETURN a } AS alignments
  WITH other, otherOrg, sharedThemes, alignments,
       CASE WHEN sourceThemes + otherThemes - size(sharedThemes) = 0 THEN 0.0
            ELSE toFloat(size(sharedThemes)) / (sourceThemes + otherThemes - size(sharedThemes)) END AS overlap
  WITH other, otherOrg, sharedThemes, alignments, overlap, overlap + size(alignments) AS score
  WHERE score >= $minScore
  ORDER BY score DESC, other.id
  LIMIT $limit
  RETURN collect({
    objective: other, organisation: otherOrg, score: score, themeOverlap: overlap, sharedThemes: sharedThemes, alignments: alignments,
    reasons: [a IN alignments | 'curated alignment (' + coalesce(a.relation, 'aligned') + '): ' + coalesce(a.rationale, '')]
      + CASE WHEN size(sharedThemes) = 0 THEN [] ELSE [
          'shares ' + size(sharedThemes) + CASE WHEN size(sharedThemes) = 1 THEN ' theme: ' ELSE ' themes: ' END
          + reduce(s = '', t IN sharedThemes | s + CASE WHEN s = '' THEN '' ELSE ', ' END + t.labelEn)] END
  }) AS matches
}
RETURN source AS objective, sourceOrg AS organisation, matches
