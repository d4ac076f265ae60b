// Creates or updates one link made through the API, between two locked nodes matched by id
// and label.
MATCH (a:Entity {id: $from}) WHERE $fromKind IN labels(a)
MATCH (b:Entity {id: $to}) WHERE $toKind IN labels(b)
MERGE (a)-[r:$($type) {origin: $origin, key: $key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor
ON MATCH SET r.updatedAt = datetime($now), r.updatedBy = $actor
SET r += $props, r.contentHash = null
RETURN properties(r) AS link
