// Links a plan to the version before it and each item to its predecessor (replacing the
// matches of an earlier run between these two plans).
MATCH (plan:Plan {id: $planId})
MATCH (previous:Plan {id: $previousId})
MERGE (plan)-[s:SUPERSEDES]->(previous)
ON CREATE SET s.createdAt = datetime($now), s.createdBy = $actor
SET s.basis = 'CURATED', s.rationale = $rationale, s.origin = 'api', s.key = '', s.updatedAt = datetime($now), s.updatedBy = $actor
WITH plan, previous
CALL (plan, previous) {
  MATCH (a:Entity {planId: plan.id})-[old:SUCCEEDS]->(b:Entity {planId: previous.id})
  DELETE old
}
UNWIND $matches AS m
MATCH (a:Entity {id: m.item})
MATCH (b:Entity {id: m.predecessor})
CREATE (a)-[r:SUCCEEDS]->(b)
SET r.basis = 'SUGGESTED', r.match = m.match, r.score = m.score, r.origin = 'versions', r.key = '', r.createdAt = datetime($now), r.createdBy = $actor
RETURN count(r) AS linked
