// Removes nodes of a plan that its file no longer has (import with --prune only).
UNWIND $ids AS id
MATCH (n:Entity {id: id, planId: $planId})
DETACH DELETE n
RETURN count(*) AS deleted
