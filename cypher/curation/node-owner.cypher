// Kind, plan, the plan's source document and the owning organisation of nodes: the publisher
// of their plan (a plan's planId is its own id), the organisation itself, or none (themes and
// systems are shared).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (plan:Plan {id: n.planId})
RETURN n.id AS id, n.kind AS kind, n.planId AS planId, plan.source AS planSource,
       CASE WHEN n.kind = 'Organisation' THEN n.id
            ELSE COLLECT { MATCH (o:Organisation)-[:PUBLISHES]->(plan) RETURN o.id }[0] END AS owner
