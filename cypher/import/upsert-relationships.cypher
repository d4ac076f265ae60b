// Creates or updates links. A link is identified by its type, its two ends, its origin (the
// plan, registry or alignment file that states it) and a key (for example the wording of a
// mention), so two documents stating the same link give two pieces of evidence.
UNWIND $rels AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {origin: row.origin, key: row.key}]->(b)
WITH r, row, r.contentHash AS before
WITH r, row, before IS NULL AS created, before IS NOT NULL AND before <> row.hash AS changed
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END |
  SET r.createdAt = datetime($now), r.createdBy = $actor)
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated
