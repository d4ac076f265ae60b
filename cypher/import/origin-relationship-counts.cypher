// Generated from src/model by `npm run cypher:emit`; edit the model, not this file.
// How many links some files state in the graph, by origin (one row per type and origin): a file
// whose origin has no more links than the file states has none that the file dropped.
CYPHER replan=skip
MATCH ()-[r:PUBLISHES]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:MENTIONS]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:PART_OF]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:IDENTIFIES]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:MEMBER_OF]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:THREATENS]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:AFFECTS]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:IN_DOMAIN]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:ANSWERS]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:CORRESPONDS_TO]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:SETS]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:INVOLVES]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:ADDRESSES]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:PLANS]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:IMPLEMENTS]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:HAS_DELIVERABLE]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:CONCERNS]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:DESCRIBES]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:OPERATES]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:USES]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:DEVELOPS]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:REPORTS]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:STATES]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:ASKS]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:GIVES]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:BUDGETS]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:DEFINES]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:ABOUT]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:HAS_THEME]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:ALIGNED_WITH]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:SUPERSEDES]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:SUCCEEDS]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:SUGGESTED_ALIGNMENT]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:CLASSIFIED_AS]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:REFERS_TO]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:IN_PLACE]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:DRAWS_ON]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:MEASURED_BY]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:DRAWS_FROM]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:EVALUATES]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:FOLLOWED_UP_BY]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:MADE_BY]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:ASKED_BY]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:ADDRESSED_TO]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:RESPONDS_TO]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
UNION ALL
MATCH ()-[r:GIVEN_BY]->() WHERE r.origin IN $origins
RETURN r.origin AS origin, count(r) AS links
