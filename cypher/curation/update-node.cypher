// Sets (or, with null, removes) properties of a locked node of the given kind and moves its
// version on. Matched by id and label: a write never lands on a node of another kind.
MATCH (n:Entity {id: $id})
WHERE $label IN labels(n)
SET n += $props, n.version = n.version + 1, n.updatedAt = datetime($now), n.updatedBy = $actor,
    n.contentHash = null
RETURN properties(n) AS node
