// Creates links of which one end was created by the same import: such a link can not exist
// yet, and no other transaction can see that end before this one commits, so it is created
// without looking for it (a MERGE would). Ends are matched by id and label. Rows of several
// files go in one statement; `row.file` numbers the file, and the counts come back per file.
UNWIND $rels AS row
MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)
MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)
CREATE (a)-[r:$(row.type) {origin: row.origin, key: row.key}]->(b)
SET r.createdAt = datetime($now), r.createdBy = $actor, r += row.props, r.contentHash = row.hash
RETURN row.file AS file, count(*) AS total, count(*) AS created, 0 AS updated
