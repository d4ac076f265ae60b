// Items of the new version without a code match: what Lucene's Dutch analyzer finds for their
// words among the items of the same kind of both versions (the item itself gives the scale).
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes('entity_text', q.text, {limit: 50}) YIELD node, score
WHERE node.kind = q.kind AND node.planId IN [$planId, $previousId]
RETURN q.id AS id, collect([node.id, score]) AS hits
