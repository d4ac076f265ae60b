// Question 3: organisations that several of the given organisations involve as a partner in
// their objectives or actions, with, per organisation, the items that do so and the link that
// says so. With $rollUp, involving a unit (e.g. a directorate) also counts for the body it
// belongs to. An organisation's own units are not its partners.
UNWIND $organisationIds AS orgId
MATCH (org:Organisation {id: orgId})-[:PUBLISHES]->(:Plan)-[:SETS|PLANS]->(item)-[inv:INVOLVES]->(involved:Organisation)
WITH org, item, inv, involved,
     CASE WHEN $rollUp THEN [involved] + COLLECT { MATCH (involved)-[:PART_OF*1..4]->(up:Organisation) RETURN up } ELSE [involved] END AS counted
UNWIND counted AS partner
WITH partner, org, item, inv, involved
WHERE partner <> org
ORDER BY item.docKey
WITH partner, org, collect({item: item, involved: involved, evidence: inv}) AS involvements
ORDER BY org.id
WITH partner, collect({organisation: org, involvements: involvements}) AS involvedBy
WHERE size(involvedBy) >= $atLeast
RETURN partner, involvedBy, size(involvedBy) AS breadth
