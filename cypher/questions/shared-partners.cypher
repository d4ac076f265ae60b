// Question 3: organisations that several of the given organisations involve as a partner in
// their objectives or actions, with, per organisation, the items that do so and the link that
// says so. Only involvements in one of $roles count (by default the partner-like roles, see
// PARTNER_ROLES in src/model/enums.ts: a group or body an item serves, is about, informs or is
// approved by is no partner); a link without a role (made before roles existed) counts as
// PARTNER. With $rollUp, involving a unit (e.g. a directorate) also counts for the body it
// belongs to. An organisation's own units are not its partners.
UNWIND $organisationIds AS orgId
MATCH (org:Organisation {id: orgId})-[:PUBLISHES]->(:Plan)-[:SETS|PLANS]->(item)-[inv:INVOLVES]->(involved:Organisation)
WHERE coalesce(inv.role, 'PARTNER') IN $roles
WITH org, item, inv, involved,
     CASE WHEN $rollUp THEN [involved] + COLLECT { MATCH (involved)-[:PART_OF*1..4]->(up:Organisation) RETURN up } ELSE [involved] END AS counted
UNWIND counted AS partner
WITH partner, org, item, inv, involved
WHERE partner <> org
ORDER BY item.docKey
WITH partner, org, collect({item: item, involved: involved, evidence: inv}) AS involvements, collect(coalesce(inv.role, 'PARTNER')) AS roles
ORDER BY org.id
WITH partner, collect({organisation: org, involvements: involvements}) AS involvedBy, collect(roles) AS roleLists
WHERE size(involvedBy) >= $atLeast
RETURN partner, involvedBy, size(involvedBy) AS breadth,
       [r IN $roles WHERE any(list IN roleLists WHERE r IN list)] AS roles
