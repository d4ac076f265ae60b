// Floor of question 2: threats and weaknesses no objective answers, and objectives no action
// implements, directly or through the objectives under them (four levels down).
CALL () {
  MATCH (org:Organisation)-[:PUBLISHES]->(:Plan)-[:IDENTIFIES]->(t:SwotItem)
  WHERE org.id IN $organisations AND t.type IN $types
    AND NOT EXISTS { (t)-[:IN_DOMAIN]->(:RiskDomain)<-[:ANSWERS]-(:Objective) }
    AND NOT EXISTS { (:Objective)-[:ADDRESSES]->(t) }
  RETURN collect(t {.id, .type, .code, .text, plan: {id: t.planId}}) AS unansweredItems
}
CALL () {
  MATCH (org:Organisation)-[:PUBLISHES]->(:Plan)-[:SETS]->(o:Objective)
  WHERE org.id IN $organisations
    AND NOT EXISTS { (o)<-[:PART_OF*0..4]-(:Objective)<-[:IMPLEMENTS]-(:Action) }
  RETURN collect(o {.id, .code, .title, plan: {id: o.planId}}) AS objectivesWithoutActions
}
RETURN unansweredItems, objectivesWithoutActions
