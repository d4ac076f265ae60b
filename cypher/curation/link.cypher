// Creates or updates one curated or stated link made through the API.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:$($type) {origin: $origin, key: $key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor
ON MATCH SET r.updatedAt = datetime($now), r.updatedBy = $actor
SET r += $props, r.contentHash = null
RETURN properties(r) AS link
