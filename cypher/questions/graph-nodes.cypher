// The nodes of a graph view, by id: their properties, their degree (links in the whole graph)
// and the organisation they belong to (the publisher of their plan, or the organisation itself).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (:Plan {id: coalesce(n.planId, CASE WHEN n:Plan THEN n.id END)})<-[:PUBLISHES]-(publisher:Organisation)
WITH n, head(collect(publisher.id)) AS publisherId
RETURN n {.*} AS node,
       COUNT { (n)--(:Entity) } AS degree,
       CASE WHEN n:Organisation THEN n.id ELSE publisherId END AS organisationId
