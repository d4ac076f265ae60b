// Generated from src/model by `npm run cypher:emit`; edit the model, not this file.
// The links one file states (by origin), to find what a new version of the file dropped: one
// index seek per relationship type.
MATCH (a)-[r:PUBLISHES]->(b) WHERE r.origin = $origin
RETURN 'PUBLISHES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:MENTIONS]->(b) WHERE r.origin = $origin
RETURN 'MENTIONS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:PART_OF]->(b) WHERE r.origin = $origin
RETURN 'PART_OF' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:IDENTIFIES]->(b) WHERE r.origin = $origin
RETURN 'IDENTIFIES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:MEMBER_OF]->(b) WHERE r.origin = $origin
RETURN 'MEMBER_OF' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:THREATENS]->(b) WHERE r.origin = $origin
RETURN 'THREATENS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:AFFECTS]->(b) WHERE r.origin = $origin
RETURN 'AFFECTS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:IN_DOMAIN]->(b) WHERE r.origin = $origin
RETURN 'IN_DOMAIN' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:ANSWERS]->(b) WHERE r.origin = $origin
RETURN 'ANSWERS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:CORRESPONDS_TO]->(b) WHERE r.origin = $origin
RETURN 'CORRESPONDS_TO' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:SETS]->(b) WHERE r.origin = $origin
RETURN 'SETS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:INVOLVES]->(b) WHERE r.origin = $origin
RETURN 'INVOLVES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:ADDRESSES]->(b) WHERE r.origin = $origin
RETURN 'ADDRESSES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:PLANS]->(b) WHERE r.origin = $origin
RETURN 'PLANS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.origin = $origin
RETURN 'IMPLEMENTS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:HAS_DELIVERABLE]->(b) WHERE r.origin = $origin
RETURN 'HAS_DELIVERABLE' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:CONCERNS]->(b) WHERE r.origin = $origin
RETURN 'CONCERNS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:DESCRIBES]->(b) WHERE r.origin = $origin
RETURN 'DESCRIBES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:OPERATES]->(b) WHERE r.origin = $origin
RETURN 'OPERATES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:USES]->(b) WHERE r.origin = $origin
RETURN 'USES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:DEVELOPS]->(b) WHERE r.origin = $origin
RETURN 'DEVELOPS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:REPORTS]->(b) WHERE r.origin = $origin
RETURN 'REPORTS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:STATES]->(b) WHERE r.origin = $origin
RETURN 'STATES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:ASKS]->(b) WHERE r.origin = $origin
RETURN 'ASKS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:GIVES]->(b) WHERE r.origin = $origin
RETURN 'GIVES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:BUDGETS]->(b) WHERE r.origin = $origin
RETURN 'BUDGETS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:DEFINES]->(b) WHERE r.origin = $origin
RETURN 'DEFINES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:ABOUT]->(b) WHERE r.origin = $origin
RETURN 'ABOUT' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:HAS_THEME]->(b) WHERE r.origin = $origin
RETURN 'HAS_THEME' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:ALIGNED_WITH]->(b) WHERE r.origin = $origin
RETURN 'ALIGNED_WITH' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:SUPERSEDES]->(b) WHERE r.origin = $origin
RETURN 'SUPERSEDES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:SUCCEEDS]->(b) WHERE r.origin = $origin
RETURN 'SUCCEEDS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:SUGGESTED_ALIGNMENT]->(b) WHERE r.origin = $origin
RETURN 'SUGGESTED_ALIGNMENT' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:CLASSIFIED_AS]->(b) WHERE r.origin = $origin
RETURN 'CLASSIFIED_AS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:REFERS_TO]->(b) WHERE r.origin = $origin
RETURN 'REFERS_TO' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:IN_PLACE]->(b) WHERE r.origin = $origin
RETURN 'IN_PLACE' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:DRAWS_ON]->(b) WHERE r.origin = $origin
RETURN 'DRAWS_ON' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:MEASURED_BY]->(b) WHERE r.origin = $origin
RETURN 'MEASURED_BY' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:DRAWS_FROM]->(b) WHERE r.origin = $origin
RETURN 'DRAWS_FROM' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:EVALUATES]->(b) WHERE r.origin = $origin
RETURN 'EVALUATES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:FOLLOWED_UP_BY]->(b) WHERE r.origin = $origin
RETURN 'FOLLOWED_UP_BY' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:MADE_BY]->(b) WHERE r.origin = $origin
RETURN 'MADE_BY' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:ASKED_BY]->(b) WHERE r.origin = $origin
RETURN 'ASKED_BY' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:ADDRESSED_TO]->(b) WHERE r.origin = $origin
RETURN 'ADDRESSED_TO' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:RESPONDS_TO]->(b) WHERE r.origin = $origin
RETURN 'RESPONDS_TO' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:GIVEN_BY]->(b) WHERE r.origin = $origin
RETURN 'GIVEN_BY' AS type, a.id AS from, b.id AS to, r.key AS key
