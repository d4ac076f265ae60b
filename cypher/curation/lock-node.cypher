// Takes the write lock on a node and returns it as it is now: what follows in the same
// transaction (the version check, the change) can not be overtaken by another writer. Writing
// a property is what takes the lock (a no-op SET would not); it is removed again at once.
// The owner is worked out as in node-owner.cypher.
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN properties(n) AS node,
       CASE WHEN n.kind = 'Organisation' THEN n.id
            ELSE COLLECT { MATCH (o:Organisation)-[:PUBLISHES]->(:Plan {id: n.planId}) RETURN o.id }[0] END AS owner
