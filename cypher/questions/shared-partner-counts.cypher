// Beside question 3 (shared-partners.cypher, same rules): how many partners the organisations
// share as asked ($roles, as the documents name them), with units counted for the bodies they
// belong to, and counting every role of involvement; one pass over the involvements.
UNWIND $organisationIds AS orgId
MATCH (org:Organisation {id: orgId})-[:PUBLISHES]->(:Plan)-[:SETS|PLANS]->(item)-[inv:INVOLVES]->(involved:Organisation)
WITH DISTINCT org, involved, coalesce(inv.role, 'PARTNER') IN $roles AS asked
WITH org, involved, asked, COLLECT { MATCH (involved)-[:PART_OF*1..4]->(up:Organisation) RETURN up } AS bodies
// Each involvement counts for the organisation involved, and (rolled up) for the bodies above it.
UNWIND [[involved, false]] + [body IN bodies | [body, true]] AS counted
WITH org, counted[0] AS partner, counted[1] AS rolled, asked
WHERE partner <> org
WITH partner,
     collect(DISTINCT CASE WHEN asked AND NOT rolled THEN org.id END) AS asNamed,
     collect(DISTINCT CASE WHEN asked THEN org.id END) AS rolledUp,
     collect(DISTINCT CASE WHEN NOT rolled THEN org.id END) AS inAnyRole
RETURN sum(CASE WHEN size(asNamed) >= $atLeast THEN 1 ELSE 0 END) AS asNamed,
       sum(CASE WHEN size(rolledUp) >= $atLeast THEN 1 ELSE 0 END) AS rolledUp,
       sum(CASE WHEN size(inAnyRole) >= $atLeast THEN 1 ELSE 0 END) AS inAnyRole
