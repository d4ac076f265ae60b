// The audit trail entry of an import: who loaded which file, when, and what it changed, under
// the plan's organisation and every other organisation whose items lost a link by pruning.
CREATE (c:ChangeRecord {
  id: $id, at: datetime($now), actor: $actor, role: $role, operation: 'IMPORT',
  nodeId: $planId, nodeKind: 'Plan', organisationId: $organisationId, organisationIds: $organisationIds,
  summary: $summary
})
RETURN c.id AS id
