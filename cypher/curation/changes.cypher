// The audit trail, newest first: of one node (as the node changed or the other end of a link),
// of what touched one organisation's items (every organisation a change touches is listed on
// it, in organisationIds), or everything. A node's trail comes from the indexes on nodeId and
// otherId; an organisation's reads the change records (a list property has no index).
CALL () {
  MATCH (c:ChangeRecord {nodeId: $nodeId})
  RETURN c
  UNION
  MATCH (c:ChangeRecord {otherId: $nodeId})
  RETURN c
  UNION
  MATCH (c:ChangeRecord)
  WHERE $nodeId IS NULL
  RETURN c
}
WITH c WHERE $organisationId IS NULL OR $organisationId IN c.organisationIds
WITH c ORDER BY c.at DESC, c.id DESC
WITH collect(properties(c)) AS items
RETURN size(items) AS total, items[$start..$end] AS page
