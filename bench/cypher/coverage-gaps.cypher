// Floor of question 2: a page each of the threats and weaknesses no objective answers and of
// the objectives no action implements (directly or through the objectives under them, four
// levels down), in document order, with their publisher and their totals.
CALL () {
  MATCH (org:Organisation)-[:PUBLISHES]->(:Plan)-[:IDENTIFIES]->(t:SwotItem)
  WHERE org.id IN $organisations AND t.type IN $types
    AND NOT EXISTS { (t)-[:IN_DOMAIN]->(:RiskDomain)<-[:ANSWERS]-(:Objective) }
    AND NOT EXISTS { (:Objective)-[:ADDRESSES]->(t) }
  WITH org, t ORDER BY org.id, t.docKey, t.id
  WITH collect({organisation: org.id, item: t {.id, .type, .code, .text, plan: {id: t.planId}}}) AS matching
  RETURN {totalCount: size(matching), nodes: matching[0..$first]} AS unansweredItems
}
CALL () {
  MATCH (org:Organisation)-[:PUBLISHES]->(:Plan)-[:SETS]->(o:Objective)
  WHERE org.id IN $organisations
    AND NOT EXISTS { (o)<-[:PART_OF*0..4]-(:Objective)<-[:IMPLEMENTS]-(:Action) }
  WITH org, o ORDER BY org.id, o.docKey, o.id
  WITH collect({organisation: org.id, objective: o {.id, .code, .title, plan: {id: o.planId}}}) AS matching
  RETURN {totalCount: size(matching), nodes: matching[0..$first]} AS objectivesWithoutActions
}
RETURN unansweredItems, objectivesWithoutActions
