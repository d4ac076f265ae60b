// The ids among $ids that no node has: the ends a link could not be attached to.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
WITH id, n WHERE n IS NULL
RETURN collect(id) AS missing
