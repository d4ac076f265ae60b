// Question 2a: threats and weaknesses that no objective answers: neither a risk domain that
// files them (and that an objective answers) nor a direct link ties them to an objective.
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
  AND NOT EXISTS { MATCH (item)-[:IN_DOMAIN]->(:RiskDomain)<-[:ANSWERS]-(:Objective) }
  AND NOT EXISTS { MATCH (:Objective)-[:ADDRESSES]->(item) }
RETURN org AS organisation, item
