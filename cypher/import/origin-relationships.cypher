// Generated from src/model by `npm run cypher:emit`; edit the model, not this file.
// The links some files state (by origin), to find what a new version of a file dropped: one
// index seek per relationship type and origin.
CYPHER replan=skip
MATCH (a)-[r:PUBLISHES]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'PUBLISHES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:MENTIONS]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'MENTIONS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:PART_OF]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'PART_OF' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:IDENTIFIES]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'IDENTIFIES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:MEMBER_OF]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'MEMBER_OF' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:THREATENS]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'THREATENS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:AFFECTS]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'AFFECTS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:IN_DOMAIN]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'IN_DOMAIN' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:ANSWERS]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'ANSWERS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:CORRESPONDS_TO]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'CORRESPONDS_TO' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:SETS]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'SETS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:INVOLVES]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'INVOLVES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:ADDRESSES]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'ADDRESSES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:PLANS]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'PLANS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'IMPLEMENTS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:HAS_DELIVERABLE]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'HAS_DELIVERABLE' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:CONCERNS]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'CONCERNS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:DESCRIBES]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'DESCRIBES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:OPERATES]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'OPERATES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:USES]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'USES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:DEVELOPS]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'DEVELOPS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:REPORTS]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'REPORTS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:STATES]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'STATES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:ASKS]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'ASKS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:GIVES]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'GIVES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:BUDGETS]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'BUDGETS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:DEFINES]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'DEFINES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:ABOUT]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'ABOUT' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:HAS_THEME]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'HAS_THEME' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:ALIGNED_WITH]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'ALIGNED_WITH' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:SUPERSEDES]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'SUPERSEDES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:SUCCEEDS]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'SUCCEEDS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:SUGGESTED_ALIGNMENT]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'SUGGESTED_ALIGNMENT' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:CLASSIFIED_AS]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'CLASSIFIED_AS' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:REFERS_TO]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'REFERS_TO' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:IN_PLACE]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'IN_PLACE' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:DRAWS_ON]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'DRAWS_ON' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:MEASURED_BY]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'MEASURED_BY' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:DRAWS_FROM]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'DRAWS_FROM' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:EVALUATES]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'EVALUATES' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:FOLLOWED_UP_BY]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'FOLLOWED_UP_BY' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:MADE_BY]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'MADE_BY' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:ASKED_BY]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'ASKED_BY' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:ADDRESSED_TO]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'ADDRESSED_TO' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:RESPONDS_TO]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'RESPONDS_TO' AS type, a.id AS from, b.id AS to, r.key AS key
UNION ALL
MATCH (a)-[r:GIVEN_BY]->(b) WHERE r.origin IN $origins
RETURN r.origin AS origin, 'GIVEN_BY' AS type, a.id AS from, b.id AS to, r.key AS key
