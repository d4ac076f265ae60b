// Clears the uniqueness keys of nodes about to get new ones (an import recomputes its whole
// plan), so that two items swapping codes do not collide halfway.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.codeScope = null, n.planCode = null
RETURN count(n) AS cleared
