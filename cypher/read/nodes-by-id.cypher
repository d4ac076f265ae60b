// Nodes by id, for node(id), nodes(ids) and every DataLoader that resolves a reference.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS node
