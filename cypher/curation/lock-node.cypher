// Takes the write lock on a node and returns it as it is now: what follows in the same
// transaction (the version check, the change) can not be overtaken by another writer.
MATCH (n:Entity {id: $id})
SET n.version = n.version
RETURN properties(n) AS node,
       COLLECT { MATCH (o:Organisation)-[:PUBLISHES]->(:Plan {id: n.planId}) RETURN o.id }[0] AS owner
