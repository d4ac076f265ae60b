// The audit trail, newest first: of one node (as the node changed or the other end of a link),
// of what touched one organisation's items (every organisation a change touches is listed on
// it), or everything.
MATCH (c:ChangeRecord)
WHERE ($nodeId IS NULL OR c.nodeId = $nodeId OR c.otherId = $nodeId)
  AND ($organisationId IS NULL OR $organisationId IN coalesce(c.organisationIds, [c.organisationId]))
WITH c ORDER BY c.at DESC, c.id DESC
WITH collect(properties(c)) AS items
RETURN size(items) AS total, items[$start..$end] AS page
