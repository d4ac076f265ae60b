// The audit trail entry of an import: who loaded which file, when, and what it changed.
CREATE (c:ChangeRecord {
  id: $id, at: datetime($now), actor: $actor, operation: 'IMPORT',
  nodeId: $planId, nodeKind: 'Plan', organisationId: $organisationId,
  summary: $summary
})
RETURN c.id AS id
