// Question 6: the shortest paths between two nodes, at most $maxHops long, not passing through
// nodes of the excluded kinds (themes, for instance, connect almost anything). The pattern's
// own bound, 8, is the hard ceiling (Cypher takes no parameter there); the kind test sits inside
// the pattern so that the shortest-path search applies it while it walks.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a) (()-[]-(step) WHERE step.id = $to OR NOT step.kind IN $excludeKinds){1,8} (b)
WHERE length(p) <= $maxHops
// Parallel links (two wordings of one mention; a plan that names its own publisher) give paths
// through the same nodes: keep one, the same every time. A mention is the weakest of links, so
// the path that has a stronger one where it can (a plan's publisher) comes first, then by type and key.
WITH p, [n IN nodes(p) | n.id] AS route,
     [r IN relationships(p) | CASE type(r) WHEN 'MENTIONS' THEN '1|' ELSE '0|' END + type(r) + '|' + coalesce(r.key, '')] AS via
ORDER BY route, via
WITH route, collect(p)[0] AS p
RETURN [n IN nodes(p) | properties(n)] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, link: r {.*}}] AS links
ORDER BY length(p), route
LIMIT $limit
