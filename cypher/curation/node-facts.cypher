// Nodes as they are now, with what the write path checks: labels, plan, the plan's source
// document, and the owner: the publisher of the node's plan (a plan's planId is its own id),
// the organisation itself, or none (themes and systems are shared).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (plan:Plan {id: n.planId})
RETURN id, properties(n) AS node, [l IN labels(n) WHERE l <> 'Entity'] AS labels, plan.source AS planSource,
       CASE WHEN n:Organisation THEN n.id
            ELSE COLLECT { MATCH (o:Organisation)-[:PUBLISHES]->(plan) RETURN o.id ORDER BY o.id }[0] END AS owner
