// Question 6: the shortest paths between two nodes, at most $maxHops long (the pattern's own
// bound, 8, is the hard ceiling; Cypher does not take a parameter there), optionally not
// passing through nodes of the excluded kinds (themes, for instance, connect almost anything).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..8]-(b))
WHERE length(p) <= $maxHops
  AND none(n IN nodes(p)[1..-1] WHERE n.kind IN $excludeKinds)
// Parallel links (two wordings of one mention) give paths through the same nodes: keep one.
WITH [n IN nodes(p) | n.id] AS route, collect(p)[0] AS p
RETURN [n IN nodes(p) | properties(n)] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, link: r {.*}}] AS links
ORDER BY length(p), route
LIMIT $limit
