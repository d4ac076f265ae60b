// Floor of the import: the links of the dataset created by the raw driver between nodes matched
// by id, nothing checked, with the same properties the import writes.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r += row.props, r.origin = row.origin, r.key = row.key
