// Sets (or, with null, removes) properties of a locked node and moves its version on.
MATCH (n:Entity {id: $id})
SET n += $props, n.version = n.version + 1, n.updatedAt = datetime($now), n.updatedBy = $actor,
    n.contentHash = null
RETURN properties(n) AS node
