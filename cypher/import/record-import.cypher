// The audit trail entries of imports: who loaded which file, when, and what it changed, under
// the plan's organisation and every other organisation whose items lost a link by pruning. One
// entry per plan file of the transaction.
UNWIND $records AS record
CREATE (c:ChangeRecord {
  id: record.id, at: datetime($now), actor: $actor, role: $role, operation: 'IMPORT',
  nodeId: record.planId, nodeKind: 'Plan', organisationId: record.organisationId, organisationIds: record.organisationIds,
  summary: record.summary
})
RETURN count(c) AS recorded
