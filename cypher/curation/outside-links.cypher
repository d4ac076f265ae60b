// The links that deleting these nodes takes along to nodes that stay, with the organisation of
// the node that stays: the change is recorded under that organisation too.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WHERE NOT m.id IN $ids
OPTIONAL MATCH (plan:Plan {id: m.planId})
RETURN n.id AS nodeId, m.id AS otherId, type(r) AS type, startNode(r) = n AS outgoing, properties(r) AS link,
       CASE WHEN m:Organisation THEN m.id
            ELSE COLLECT { MATCH (o:Organisation)-[:PUBLISHES]->(plan) RETURN o.id ORDER BY o.id }[0] END AS otherOwner
ORDER BY nodeId, otherId, type
