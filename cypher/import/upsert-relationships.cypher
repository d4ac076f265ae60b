// Generated from src/model by `npm run cypher:emit`; edit the model, not this file.
// Creates or updates links between nodes matched by id and label. A link is identified by its
// type, its two ends, its origin (the plan, registry or alignment file that states it) and a
// key (for example the wording of a mention), so two documents stating the same link give two
// pieces of evidence. `hash` fingerprints the incoming properties: an unchanged link is left
// alone. Rows of several files go in one statement; `row.file` numbers the file, and the
// counts come back per file. One statement per type, in the order of the model's link types
// (see upsertRelationships in the model).
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:PUBLISHES {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:MENTIONS {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:PART_OF {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:IDENTIFIES {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:MEMBER_OF {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:THREATENS {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:AFFECTS {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:IN_DOMAIN {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:ANSWERS {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:CORRESPONDS_TO {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:SETS {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:INVOLVES {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:ADDRESSES {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:PLANS {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:IMPLEMENTS {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:HAS_DELIVERABLE {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:CONCERNS {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:DESCRIBES {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:OPERATES {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:USES {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:DEVELOPS {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:REPORTS {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:STATES {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:ASKS {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:GIVES {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:BUDGETS {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:DEFINES {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:ABOUT {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:HAS_THEME {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:ALIGNED_WITH {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:SUPERSEDES {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:SUCCEEDS {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:SUGGESTED_ALIGNMENT {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:CLASSIFIED_AS {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:REFERS_TO {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:IN_PLACE {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:DRAWS_ON {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:MEASURED_BY {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:DRAWS_FROM {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:EVALUATES {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:FOLLOWED_UP_BY {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:MADE_BY {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:ASKED_BY {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:ADDRESSED_TO {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:RESPONDS_TO {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
MERGE (a)-[r:GIVEN_BY {origin: row.origin, key: row.key}]->(b)
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true
WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before
REMOVE r._new
WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r.updatedAt = datetime($now), r.updatedBy = $actor)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET r += row.props, r.contentHash = row.hash)
RETURN row.file AS file,
       count(*) AS total,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated;
