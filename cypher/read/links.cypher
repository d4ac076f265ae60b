// The links of many nodes in one round trip: each key names a node, a relationship type, a
// direction (OUT, IN or BOTH) and optionally the kind of node at the other end. Every
// relationship field of the API at one level of a query is answered by one run of this query.
UNWIND $keys AS k
MATCH (n:Entity {id: k.id})
CALL (n, k) {
  MATCH (n)-[r]->(m:Entity)
  WHERE k.direction IN ['OUT', 'BOTH'] AND type(r) = k.type AND (k.kind IS NULL OR m.kind = k.kind)
  RETURN r, m, 'OUT' AS direction
  UNION ALL
  MATCH (n)<-[r]-(m:Entity)
  WHERE k.direction IN ['IN', 'BOTH'] AND type(r) = k.type AND (k.kind IS NULL OR m.kind = k.kind)
  RETURN r, m, 'IN' AS direction
}
RETURN k.index AS index, type(r) AS type, direction, r {.*} AS link, m {.*} AS node
ORDER BY index, m.planId, m.position, m.id
