// Removes nodes of a plan that its file no longer has (import with prune only), each matched by
// id, plan and label.
UNWIND $nodes AS row
MATCH (n:Entity {id: row.id, planId: $planId})
WHERE row.kind IN labels(n)
DETACH DELETE n
RETURN count(*) AS deleted
