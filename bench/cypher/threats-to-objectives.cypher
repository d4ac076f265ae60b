// Floor of question 1 (read c): the threats of the organisations' plans with the objectives
// that answer each, through a risk domain or directly, and the evidence of the links.
MATCH (org:Organisation)-[:PUBLISHES]->(:Plan)-[:IDENTIFIES]->(t:SwotItem)
WHERE org.id IN $organisations AND t.type IN $types
OPTIONAL CALL (t) {
  MATCH (t)-[i:IN_DOMAIN]->(d:RiskDomain)<-[an:ANSWERS]-(obj:Objective)
  RETURN {route: 'RISK_DOMAIN', riskDomain: d {.code, .name}, objective: obj {.id, .code, .title},
          evidence: [i {relationship: 'IN_DOMAIN', .basis, .source, .lineFrom, .lineTo, .quote},
                     an {relationship: 'ANSWERS', .basis, .source, .lineFrom, .lineTo, .quote}]} AS answer
  UNION ALL
  MATCH (obj:Objective)-[ad:ADDRESSES]->(t)
  RETURN {route: 'DIRECT', riskDomain: null, objective: obj {.id, .code, .title},
          evidence: [ad {relationship: 'ADDRESSES', .basis, .source, .lineFrom, .lineTo, .quote}]} AS answer
}
WITH org, t, collect(answer) AS answers
ORDER BY org.id, t.planId, t.position
RETURN org {.id, .name} AS organisation, t {.id, .type, .code, .text} AS item, answers
