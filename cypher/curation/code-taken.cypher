// Whether another node of the same kind in the same plan already has this code.
MATCH (n:Entity {planId: $planId})
WHERE n.kind = $kind AND n.code = $code AND n.id <> $id
RETURN n.id AS id
LIMIT 1
