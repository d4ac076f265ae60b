// The position a new item takes at the end of its plan's document order (a deliverable: at the
// end of its action's deliverables).
RETURN coalesce(CASE WHEN $actionId IS NULL
                     THEN COLLECT { MATCH (n:Entity {planId: $planId}) WHERE n.id <> $planId RETURN max(n.position) }[0]
                     ELSE COLLECT { MATCH (:Action {id: $actionId})-[:HAS_DELIVERABLE]->(d:Deliverable) RETURN max(d.position) }[0] END, 0) + 1 AS position
