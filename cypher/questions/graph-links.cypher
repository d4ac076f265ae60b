// Every link among the nodes of a graph view (optionally only of some relationship types).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
  AND ($relationships IS NULL OR type(r) IN $relationships)
RETURN type(r) AS type, a.id AS from, b.id AS to, r {.*} AS link
