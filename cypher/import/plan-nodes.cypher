// The nodes that belong to some plans (each plan itself included), to find what a new version
// of a file dropped and to recompute their codes' keys.
UNWIND $planIds AS planId
MATCH (n:Entity {planId: planId})
RETURN planId, n.id AS id, n.kind AS kind
