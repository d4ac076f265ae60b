// Creates one node (the caller has checked the id is free, inside this transaction).
CREATE (n:Entity {id: $id})
SET n:$($label), n += $props, n.kind = $label, n.version = 1,
    n.createdAt = datetime($now), n.createdBy = $actor
RETURN properties(n) AS node
