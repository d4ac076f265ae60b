// The nodes that belong to one plan (the plan itself included), to find what a new version of
// its file dropped and to recompute their codes' keys.
MATCH (n:Entity {planId: $planId})
RETURN n.id AS id, n.kind AS kind
