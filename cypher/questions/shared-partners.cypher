// Question 3: organisations that several of the given organisations involve as a partner in
// their objectives or actions, with, per organisation, the items that do so and the evidence.
// With $rollUp, involving a unit (e.g. a directorate) also counts for the body it belongs to.
UNWIND $organisationIds AS orgId
MATCH (org:Organisation {id: orgId})-[:PUBLISHES]->(:Plan)-[:SETS|PLANS]->(item)-[inv:INVOLVES]->(partner:Organisation)
WITH orgId, item, inv, partner,
     CASE WHEN $rollUp THEN [partner] + COLLECT { MATCH (partner)-[:PART_OF*1..4]->(up:Organisation) RETURN up } ELSE [partner] END AS counted
UNWIND counted AS shared
// An organisation's own units are not its partners.
WITH shared, orgId, item, inv, partner WHERE shared.id <> orgId
ORDER BY item.planId, item.position
WITH shared, orgId, collect({item: item {.*}, partnerId: partner.id, link: inv {.*}}) AS involvements
WITH shared, collect({organisationId: orgId, involvements: involvements}) AS byOrganisation
WHERE size(byOrganisation) >= $atLeast
RETURN shared {.*} AS partner, byOrganisation
ORDER BY size(byOrganisation) DESC, partner.name
