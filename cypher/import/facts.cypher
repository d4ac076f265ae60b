// What the graph already holds under the ids an import writes or refers to: kind (and labels),
// plan, the file that defines a shared node, and the owning organisation (publisher of the
// plan, or the organisation itself).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (plan:Plan {id: n.planId})
RETURN n.id AS id, n.kind AS kind, [l IN labels(n) WHERE l <> 'Entity'] AS labels, n.planId AS planId, n.definedIn AS definedIn,
       CASE WHEN n:Organisation THEN n.id
            ELSE COLLECT { MATCH (o:Organisation)-[:PUBLISHES]->(plan) RETURN o.id ORDER BY o.id }[0] END AS owner
