// Removes the proposals of a relationship between two nodes (matched by id and label), in
// either direction (an alignment has no direction), and returns them: accepting turns them into
// the link, rejecting drops them.
MATCH (a:Entity {id: $from})-[p:PROPOSED]-(b:Entity {id: $to})
WHERE $fromKind IN labels(a) AND $toKind IN labels(b) AND p.relationship = $relationship
WITH p, startNode(p).id AS from, endNode(p).id AS to, properties(p) AS proposal
DELETE p
RETURN from, to, proposal
ORDER BY from, to
