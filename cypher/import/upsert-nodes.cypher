// Creates or updates nodes by id. `hash` fingerprints the incoming properties: an unchanged
// node is left alone (its version and timestamps stay), a changed one gets version + 1 (a node
// edited through the API has no fingerprint, so the file's content counts as a change).
// Properties sent as null are removed, so a field deleted from a file disappears from the graph.
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.version = 1, n.createdAt = datetime($now), n.createdBy = $actor, n._new = true
WITH n, row, n._new IS NOT NULL AS created, n.contentHash AS before
REMOVE n._new
SET n:$(row.label)
WITH n, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET n.version = coalesce(n.version, 0) + 1, n.updatedAt = datetime($now), n.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET n += row.props, n.kind = row.label, n.contentHash = row.hash)
RETURN count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated
