// Takes the write lock on nodes, one after another in the order given (callers sort the ids,
// so two writers never wait on each other in a circle). Writing a property is what takes the
// lock (a no-op SET would not); it is removed at once. What the nodes are is read afterwards,
// by a statement of its own (node-facts.cypher): one that starts once the locks are held, so
// it sees what another writer committed meanwhile (a node it deleted is gone).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n._lock = true
REMOVE n._lock
RETURN count(n) AS locked
