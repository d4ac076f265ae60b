// Question 2b: objectives that no action implements, directly or through the objectives that
// fall under them.
CALL () {
  UNWIND coalesce($organisationIds, []) AS id
  MATCH (org:Organisation {id: id})
  RETURN org
  UNION
  MATCH (org:Organisation)
  WHERE $organisationIds IS NULL AND org.docKey IS NOT NULL
  RETURN org
}
MATCH (org)-[:PUBLISHES]->(:Plan)-[:SETS]->(objective:Objective)
WHERE NOT EXISTS { MATCH (objective)<-[:PART_OF*0..4]-(:Objective)<-[:IMPLEMENTS]-(:Action) }
RETURN org AS organisation, objective
