// Question 1: every threat (and, on request, weakness) of the chosen organisations' plans, with
// the objectives that answer it, and how: through a risk domain that files the item and that
// the objective answers, or through a direct link. Each answer carries its evidence, the links
// of the path with their basis and provenance. Objectives and domains come back as ids: the
// same few answer many threats, and the API fetches each once.
MATCH (org:Organisation)-[:PUBLISHES]->(p:Plan)-[:IDENTIFIES]->(t:SwotItem)
WHERE t.type IN $types AND ($organisationIds IS NULL OR org.id IN $organisationIds)
OPTIONAL CALL (t) {
  MATCH (t)-[inDomain:IN_DOMAIN]->(d:RiskDomain)<-[answers:ANSWERS]-(obj:Objective)
  RETURN obj, 'RISK_DOMAIN' AS route, d AS via,
         [{type: 'IN_DOMAIN', from: t.id, to: d.id, link: inDomain {.*}},
          {type: 'ANSWERS', from: obj.id, to: d.id, link: answers {.*}}] AS evidence
  UNION ALL
  MATCH (obj:Objective)-[addresses:ADDRESSES]->(t)
  RETURN obj, 'DIRECT' AS route, null AS via,
         [{type: 'ADDRESSES', from: obj.id, to: t.id, link: addresses {.*}}] AS evidence
}
WITH org, t, obj, route, via, evidence
ORDER BY obj.planId, obj.position, route
WITH org, t,
     [a IN collect(CASE WHEN obj IS NULL THEN null ELSE {objectiveId: obj.id, route: route, viaId: via.id, evidence: evidence} END) WHERE a IS NOT NULL] AS answers
RETURN org.id AS organisationId, t {.*} AS item, answers
ORDER BY organisationId, item.planId, item.position
