// Removes links of an origin that its file no longer states (import with --prune only).
UNWIND $rels AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
WHERE type(r) = row.type AND r.origin = $origin AND r.key = row.key
DELETE r
RETURN count(*) AS deleted
