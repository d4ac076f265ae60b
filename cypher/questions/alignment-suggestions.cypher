// Question 10: suggested alignments between objectives and actions of different organisations,
// for one item, one organisation or the whole graph: the pending ones (SUGGESTED_ALIGNMENT links;
// ALIGNED when a curated alignment already joins the pair, shown only on request) and, on
// request, those someone accepted or rejected (SuggestionDecision). Each with its reasons:
// words, weight, the nodes and the links of the graph that say so.
CALL () {
  MATCH (item:Entity {id: $itemId})-[s:SUGGESTED_ALIGNMENT]-(:Entity)
  RETURN s AS suggestion
  UNION
  MATCH ()-[s:SUGGESTED_ALIGNMENT]->()
  WHERE $itemId IS NULL AND ($organisationId IS NULL OR $organisationId IN [s.fromOrganisation, s.toOrganisation])
  RETURN s AS suggestion
  UNION
  MATCH (d:SuggestionDecision)
  WHERE d.status IN $statuses AND ($itemId IS NULL OR $itemId IN [d.from, d.to])
    AND ($organisationId IS NULL OR $organisationId IN [d.fromOrganisation, d.toOrganisation])
  RETURN d AS suggestion
}
MATCH (a:Entity {id: suggestion.from})
MATCH (b:Entity {id: suggestion.to})
WITH suggestion, a, b,
     CASE WHEN suggestion.status IS NOT NULL THEN suggestion.status
          WHEN EXISTS { (a)-[:ALIGNED_WITH]-(b) } THEN 'ALIGNED'
          ELSE 'PROPOSED' END AS status
WHERE status IN $statuses
CALL (suggestion) {
  UNWIND range(0, size(coalesce(suggestion.reasonKinds, [])) - 1) AS i
  CALL (suggestion, i) {
    UNWIND [x IN split(suggestion.reasonNodes[i], $sep) WHERE x <> ''] AS nodeId
    MATCH (n:Entity {id: nodeId})
    RETURN collect(n) AS nodes
  }
  CALL (suggestion, i) {
    UNWIND [x IN split(suggestion.reasonLinks[i], $sep) WHERE x <> ''] AS ref
    WITH split(ref, '>') AS part
    MATCH (x:Entity {id: part[0]})-[r]->(y:Entity {id: part[2]})
    WHERE type(r) = part[1]
    RETURN collect(r) AS links
  }
  WITH i, nodes, links ORDER BY i
  RETURN collect({
    kind: suggestion.reasonKinds[i], text: suggestion.reasonTexts[i], weight: suggestion.reasonWeights[i],
    terms: [t IN split(suggestion.reasonTerms[i], $sep) WHERE t <> ''], nodes: nodes, evidence: links
  }) AS reasons
}
RETURN suggestion.id AS id, a AS from, b AS to, suggestion.score AS score, suggestion.relation AS relation, status,
       'SUGGESTED' AS basis, suggestion.version AS version, toString(suggestion.computedAt) AS computedAt,
       suggestion.method AS method, suggestion.inputs AS inputs, reasons,
       CASE WHEN suggestion.status IS NULL THEN null ELSE {
         status: suggestion.status, by: suggestion.decidedBy, role: suggestion.decidedRole,
         at: toString(suggestion.decidedAt), reason: suggestion.decisionReason
       } END AS decision
