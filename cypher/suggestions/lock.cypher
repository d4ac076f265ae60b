// One suggestion, locked for a decision (its link is written first), with both ends and the
// organisations that publish them.
MATCH (a:Entity)-[s:SUGGESTED_ALIGNMENT {id: $id}]->(b:Entity)
SET s.lockedAt = datetime()
WITH a, b, s
MATCH (oa:Organisation)-[:PUBLISHES]->(:Plan {id: a.planId})
MATCH (ob:Organisation)-[:PUBLISHES]->(:Plan {id: b.planId})
RETURN properties(s) AS suggestion, a.id AS from, a.kind AS fromKind, oa.id AS fromOwner, b.id AS to, b.kind AS toKind, ob.id AS toOwner
