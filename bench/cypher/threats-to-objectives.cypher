// Floor of question 1 (read c): a page of the threats of the organisations' plans, in document
// order, each with its risk domains (the IN_DOMAIN link once per domain) and the objectives that
// answer each domain, and the objectives linked to it directly, with the evidence of the links;
// and how many threats there are.
MATCH (org:Organisation)-[:PUBLISHES]->(:Plan)-[:IDENTIFIES]->(t:SwotItem)
WHERE org.id IN $organisations AND t.type IN $types
WITH org, t ORDER BY org.id, t.docKey, t.id
WITH collect({org: org, t: t}) AS matching
UNWIND matching[0..$first] AS row
WITH size(matching) AS totalCount, row.org AS org, row.t AS t
RETURN totalCount, org {.id, .name} AS organisation, t {.id, .type, .code, .text} AS item,
  COLLECT {
    MATCH (t)-[i:IN_DOMAIN]->(d:RiskDomain)
    RETURN {riskDomain: d {.code, .name},
            evidence: i {relationship: 'IN_DOMAIN', .basis, .source, .lineFrom, .lineTo, .quote},
            objectives: COLLECT {
              MATCH (d)<-[an:ANSWERS]-(obj:Objective)
              RETURN {objective: obj {.id, .code, .title},
                      evidence: an {relationship: 'ANSWERS', .basis, .source, .lineFrom, .lineTo, .quote}}
            }}
  } AS riskDomains,
  COLLECT {
    MATCH (obj:Objective)-[ad:ADDRESSES]->(t)
    RETURN {objective: obj {.id, .code, .title},
            evidence: ad {relationship: 'ADDRESSES', .basis, .source, .lineFrom, .lineTo, .quote}}
  } AS directAnswers
