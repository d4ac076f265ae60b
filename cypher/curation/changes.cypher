// The audit trail, newest first: of one node, of one organisation's items, or everything.
MATCH (c:ChangeRecord)
WHERE ($nodeId IS NULL OR c.nodeId = $nodeId OR c.otherId = $nodeId)
  AND ($organisationId IS NULL OR c.organisationId = $organisationId)
WITH c ORDER BY c.at DESC, c.id DESC
WITH collect(properties(c)) AS items
RETURN size(items) AS total, items[$start..$end] AS page
