// Creates or updates links between nodes matched by id and label. A link is identified by its
// type, its two ends, its origin (the plan, registry or alignment file that states it) and a
// key (for example the wording of a mention), so two documents stating the same link give two
// pieces of evidence.
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:$(row.type) {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated
