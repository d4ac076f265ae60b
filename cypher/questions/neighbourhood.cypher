// Question 7: the subgraph around a node: every node within $depth hops (at most 3), only
// through nodes of the wanted kinds when $kinds is given, nearest first and at most $limit,
// and every link among them: nodes and edges ready for a visualisation.
MATCH (c:Entity {id: $id})
OPTIONAL MATCH p = (c)-[*1..3]-(m:Entity)
WHERE length(p) <= $depth AND m <> c
  AND ($kinds IS NULL OR all(n IN nodes(p)[1..] WHERE n.kind IN $kinds))
WITH c, m, min(length(p)) AS distance
ORDER BY distance, m.kind, m.id
WITH c, collect(CASE WHEN m IS NULL THEN null ELSE {node: m, distance: distance} END) AS found
WITH c, found[..$limit] AS kept, size(found) > $limit AS truncated
WITH [{node: c, distance: 0}] + kept AS entries, truncated
WITH entries, truncated, [e IN entries | e.node] AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN ns
  RETURN collect({type: type(r), from: a.id, to: b.id, link: r {.*}}) AS links
}
RETURN [e IN entries | {node: properties(e.node), distance: e.distance}] AS nodes, links, truncated
