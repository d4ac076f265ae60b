// Creates or updates nodes by id, each under its own label. A node that already exists as
// another kind, or in another plan, is left alone and returned in `refused`: the importer then
// refuses the whole file, so no write lands in another organisation's lane. `hash`
// fingerprints the incoming properties: an unchanged node is left alone (its version and
// timestamps stay), a changed one gets version + 1 (a node edited through the API has no
// fingerprint, so the file's content counts as a change). `update: false` rows (shared nodes a
// partner's file describes) are created when missing and otherwise kept as they are; those
// that differ from the file come back in `kept`. Properties sent as null are removed.
// Rows of several files go in one statement; `row.file` numbers the file, and the counts come
// back per file, with the ids of the nodes created (their links can not exist yet).
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:$(row.label), n.kind = row.label, n.planId = row.planId,
              n.version = 1, n.createdAt = datetime($now), n.createdBy = $actor, n._new = true
WITH n, row, n._new IS NOT NULL AS created, n.contentHash AS before
REMOVE n._new
WITH n, row, created, before,
     row.label IN labels(n) AND n.kind = row.label AND coalesce(n.planId, '') = coalesce(row.planId, '') AS inLane
WITH n, row, created, inLane,
     inLane AND NOT created AND (before IS NULL OR before <> row.hash) AS differs
WITH n, row, created, inLane, differs AND row.update AS changed, differs AND NOT row.update AS kept
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET n.version = coalesce(n.version, 0) + 1, n.updatedAt = datetime($now), n.updatedBy = $actor)
FOREACH (_ IN CASE WHEN inLane AND (created OR changed) THEN [1] ELSE [] END |
  SET n += row.props, n.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       collect(CASE WHEN created THEN row.id END) AS createdIds,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated,
       collect(CASE WHEN kept THEN row.id END) AS kept,
       collect(CASE WHEN inLane THEN null ELSE {id: row.id, label: row.label, kind: n.kind, planId: n.planId} END) AS refused
