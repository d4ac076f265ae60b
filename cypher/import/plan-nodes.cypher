// Ids of the nodes that belong to one plan, to find what a new version of its file dropped.
MATCH (n:Entity {planId: $planId})
RETURN n.id AS id, n.kind AS kind
