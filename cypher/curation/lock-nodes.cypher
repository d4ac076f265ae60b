// Takes the write lock on nodes, one after another in the order given (callers sort the ids,
// so two writers never wait on each other in a circle), and returns each as it is once locked.
// Writing a property is what takes the lock (a no-op SET would not); it is removed at once.
// A node deleted by another writer while this one waited comes back without an id: the caller
// treats it as gone. The owner is the organisation the node belongs to: the publisher of its
// plan (a plan's planId is its own id), the organisation itself, or none (themes, systems).
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
CALL (n) {
  WITH n WHERE n IS NOT NULL
  SET n._lock = true
  REMOVE n._lock
}
OPTIONAL MATCH (plan:Plan {id: n.planId})
RETURN id,
       n.id AS present,
       CASE WHEN n.id IS NULL THEN null ELSE properties(n) END AS node,
       [l IN coalesce(labels(n), []) WHERE l <> 'Entity'] AS labels,
       plan.source AS planSource,
       CASE WHEN n.id IS NULL THEN null
            WHEN n:Organisation THEN n.id
            ELSE COLLECT { MATCH (o:Organisation)-[:PUBLISHES]->(plan) RETURN o.id ORDER BY o.id }[0] END AS owner
