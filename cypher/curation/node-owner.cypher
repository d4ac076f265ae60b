// Kind, plan and owning organisation of nodes: the publisher of their plan, the organisation
// itself, or none (themes and systems are shared).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind, n.planId AS planId,
       CASE WHEN n.kind = 'Organisation' THEN n.id
            WHEN n.kind = 'Plan' THEN COLLECT { MATCH (o:Organisation)-[:PUBLISHES]->(n) RETURN o.id }[0]
            ELSE COLLECT { MATCH (o:Organisation)-[:PUBLISHES]->(:Plan {id: n.planId}) RETURN o.id }[0] END AS owner
