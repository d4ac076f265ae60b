// Floor of question 1 (read c): a page of the threats of the organisations' plans, in document
// order, with the objectives that answer each, through a risk domain or directly, and the
// evidence of the links; and how many threats there are.
MATCH (org:Organisation)-[:PUBLISHES]->(:Plan)-[:IDENTIFIES]->(t:SwotItem)
WHERE org.id IN $organisations AND t.type IN $types
WITH org, t ORDER BY org.id, t.docKey, t.id
WITH collect({org: org, t: t}) AS matching
UNWIND matching[0..$first] AS row
WITH size(matching) AS totalCount, row.org AS org, row.t AS t
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
WITH totalCount, org, t, collect(answer) AS answers
RETURN totalCount, org {.id, .name} AS organisation, t {.id, .type, .code, .text} AS item, answers
