// Question 1: every threat (and, on request, weakness) of the chosen organisations' plans, with
// the objectives that answer it, and how: through a risk domain that files the item and that the
// objective answers, or through a direct link. One row per item: its organisation, the item and
// its answers, each with its route, the domain it passes through and the links that say so.
// Nodes and links come back as values: the read path projects only what the client selected.
CALL () {
  UNWIND coalesce($organisationIds, []) AS id
  MATCH (org:Organisation {id: id})
  RETURN org
  UNION
  MATCH (org:Organisation)
  WHERE $organisationIds IS NULL AND org.docKey IS NOT NULL
  RETURN org
}
MATCH (org)-[:PUBLISHES]->(:Plan)-[:IDENTIFIES]->(item:SwotItem)
WHERE item.type IN $types
CALL (item) {
  CALL (item) {
    MATCH (item)-[inDomain:IN_DOMAIN]->(domain:RiskDomain)<-[answers:ANSWERS]-(objective:Objective)
    RETURN objective, 'RISK_DOMAIN' AS route, domain, [inDomain, answers] AS evidence
    UNION ALL
    MATCH (objective:Objective)-[addresses:ADDRESSES]->(item)
    RETURN objective, 'DIRECT' AS route, null AS domain, [addresses] AS evidence
  }
  WITH objective, route, domain, evidence
  ORDER BY objective.docKey, route, domain.docKey
  RETURN collect({objective: objective, route: route, riskDomain: domain, evidence: evidence}) AS answers
}
RETURN org AS organisation, item, answers
