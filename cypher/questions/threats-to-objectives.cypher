// Question 1: every threat (and, on request, weakness) of the chosen organisations' plans, with
// the objectives that answer it, and how. One row per item: its organisation, the item, and
// - riskDomains: each risk domain that files the item, with that link, and the objectives that
//   answer the domain, each with its link (a domain's evidence is given once, not per objective);
// - directAnswers: the objectives linked to the item itself, each with its link;
// - answers: the same routes as one flat list, a domain's link repeated for each of its objectives
//   (made only when the client asks for it: $selectedColumns, see compileQuestion).
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
WITH org, item, COLLECT {
  MATCH (item)-[inDomain:IN_DOMAIN]->(domain:RiskDomain)
  WITH inDomain, domain ORDER BY domain.docKey, domain.id
  RETURN {
    riskDomain: domain,
    evidence: [inDomain],
    objectives: COLLECT {
      MATCH (domain)<-[answers:ANSWERS]-(objective:Objective)
      WITH objective, answers ORDER BY objective.docKey, objective.id
      RETURN {objective: objective, evidence: [answers]}
    }
  }
} AS riskDomains, COLLECT {
  MATCH (objective:Objective)-[addresses:ADDRESSES]->(item)
  WITH objective, addresses ORDER BY objective.docKey, objective.id
  RETURN {objective: objective, evidence: [addresses]}
} AS directAnswers
RETURN org AS organisation, item, riskDomains, directAnswers, CASE WHEN 'answers' IN $selectedColumns THEN COLLECT {
  CALL (riskDomains, directAnswers) {
    UNWIND riskDomains AS d
    UNWIND d.objectives AS a
    RETURN a.objective AS objective, 'RISK_DOMAIN' AS route, d.riskDomain AS domain, d.evidence + a.evidence AS evidence
    UNION ALL
    UNWIND directAnswers AS a
    RETURN a.objective AS objective, 'DIRECT' AS route, null AS domain, a.evidence AS evidence
  }
  WITH objective, route, domain, evidence ORDER BY objective.docKey, route, domain.docKey
  RETURN {objective: objective, route: route, riskDomain: domain, evidence: evidence}
} END AS answers
