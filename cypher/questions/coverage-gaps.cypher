// Question 2: what no objective answers. Threats and weaknesses that neither a risk domain
// (answered by an objective) nor a direct link ties to an objective; and objectives that no
// action implements, directly or through the objectives under them.
CALL () {
  MATCH (org:Organisation)-[:PUBLISHES]->(:Plan)-[:IDENTIFIES]->(t:SwotItem)
  WHERE t.type IN $types AND ($organisationIds IS NULL OR org.id IN $organisationIds)
    AND NOT EXISTS { MATCH (t)-[:IN_DOMAIN]->(:RiskDomain)<-[:ANSWERS]-(:Objective) }
    AND NOT EXISTS { MATCH (:Objective)-[:ADDRESSES]->(t) }
  WITH org, t ORDER BY org.id, t.planId, t.position
  RETURN collect({organisationId: org.id, node: t {.*}}) AS unansweredItems
}
CALL () {
  MATCH (org:Organisation)-[:PUBLISHES]->(:Plan)-[:SETS]->(o:Objective)
  WHERE ($organisationIds IS NULL OR org.id IN $organisationIds)
    AND NOT EXISTS { MATCH (o)<-[:PART_OF*0..4]-(:Objective)<-[:IMPLEMENTS]-(:Action) }
  WITH org, o ORDER BY org.id, o.planId, o.position
  RETURN collect({organisationId: org.id, node: o {.*}}) AS objectivesWithoutActions
}
RETURN unansweredItems, objectivesWithoutActions
