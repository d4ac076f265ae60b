// Creates one node under its own label (the id constraint refuses an id any node already has).
CREATE (n:Entity {id: $id})
SET n:$($label), n += $props, n.kind = $label, n.version = 1,
    n.createdAt = datetime($now), n.createdBy = $actor
RETURN properties(n) AS node
