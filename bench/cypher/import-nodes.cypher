// Floor of the import: the nodes of the dataset created by the raw driver, nothing checked
// (no lanes, no fingerprints, no versions, no change records), each under its own label with
// the same properties the import writes, into the same schema.
UNWIND $rows AS row
CREATE (n:Entity {id: row.id})
SET n:$(row.label), n += row.props
