// Hub paging: one page of the neighbours of a node over one relationship type and of one kind
// (the "+142 more actions of this plan" of a graph view), in document order, with the total.
MATCH (c:Entity {id: $id})-[r]-(m:Entity)
WHERE ($relationship IS NULL OR type(r) = $relationship)
  AND ($kind IS NULL OR m.kind = $kind)
  AND NOT m.id IN $exclude
WITH DISTINCT m
ORDER BY m.planId, m.position, m.id
WITH collect(m.id) AS ids
RETURN size(ids) AS total, ids[$start..$end] AS page
