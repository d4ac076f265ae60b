// Question 11: slippage impact. The actions and deliverables of an organisation's plans that are
// late on $asOf (a deadline passed without DONE, a status that says behind, or an evaluation
// that says behind and that the item follows up), and for each what depends on it: the
// objectives it implements (and those above them), across organisations the objectives and
// actions aligned with those (curated alignments), the partners it involves, the IT systems it
// concerns and other organisations' actions on those systems. Every impact with its path.
MATCH (org:Organisation {id: $organisationId})-[:PUBLISHES]->(plan:Plan)
CALL (plan) {
  MATCH (plan)-[:PLANS]->(a:Action)
  RETURN a AS item, a AS action, a.deadline AS due
  UNION
  MATCH (plan)-[:PLANS]->(a:Action)-[:HAS_DELIVERABLE]->(d:Deliverable)
  RETURN d AS item, a AS action, d.due AS due
}
// Why it is late: an evaluation that says behind and that it follows up, its own status, its date.
CALL (item, due) {
  OPTIONAL MATCH (finding:Finding)-[followUp:FOLLOWED_UP_BY]->(item)
  WHERE finding.status IN $behind
  WITH item, due, collect(finding)[0] AS finding, collect(followUp)[0] AS followUp
  RETURN CASE
           WHEN finding IS NOT NULL THEN 'EVALUATION_BEHIND'
           WHEN item.status IN $behind THEN 'STATUS_BEHIND'
           WHEN due IS NOT NULL AND due < date($asOf) AND coalesce(item.status, '') <> 'DONE' THEN 'DEADLINE_PASSED'
         END AS lateness,
         finding, followUp
}
WITH org, item, action, due, lateness, finding, followUp
WHERE lateness IS NOT NULL
CALL (item, action) {
  // The objectives it implements, and those they fall under.
  CALL (item, action) {
    MATCH p = (action)-[:IMPLEMENTS]->(:Objective)-[:PART_OF*0..3]->(o:Objective)
    RETURN o AS node, 'OBJECTIVE' AS impact, null AS organisation,
           CASE WHEN item = action THEN relationships(p) ELSE COLLECT { MATCH (action)-[h:HAS_DELIVERABLE]->(item) RETURN h } + relationships(p) END AS path
    UNION
    // Across organisations: what analysts aligned with it or with its objectives.
    MATCH p = (action)-[:IMPLEMENTS*0..1]->()-[:PART_OF*0..3]->(mine)-[:ALIGNED_WITH]-(other)
    WHERE (mine:Objective OR mine:Action) AND (other:Objective OR other:Action)
    MATCH (otherOrg:Organisation)-[:PUBLISHES]->(:Plan {id: other.planId})
    RETURN other AS node, 'ALIGNED' AS impact, otherOrg AS organisation,
           CASE WHEN item = action THEN relationships(p) ELSE COLLECT { MATCH (action)-[h:HAS_DELIVERABLE]->(item) RETURN h } + relationships(p) END AS path
    UNION
    MATCH (action)-[r:INVOLVES]->(partner:Organisation)
    WHERE coalesce(r.role, 'PARTNER') <> 'OWNER'
    RETURN partner AS node, 'PARTNER' AS impact, partner AS organisation, [r] AS path
    UNION
    MATCH (action)-[c:CONCERNS]->(system:System)
    RETURN system AS node, 'SYSTEM' AS impact, null AS organisation, [c] AS path
    UNION
    // Other organisations' actions on the same systems.
    MATCH (action)-[c:CONCERNS]->(system:System)<-[c2:CONCERNS]-(otherAction:Action)
    MATCH (otherOrg:Organisation)-[:PUBLISHES]->(:Plan {id: otherAction.planId})
    WHERE otherAction.planId <> action.planId
    RETURN otherAction AS node, 'SYSTEM_ACTION' AS impact, otherOrg AS organisation, [c, c2] AS path
  }
  WITH node, impact, organisation, collect(path)[0] AS path
  ORDER BY impact, node.docKey
  RETURN collect({node: node, impact: impact, organisation: organisation, path: path}) AS impacts
}
RETURN item, action, org AS organisation, lateness, toString(due) AS due, item.status AS status,
       CASE WHEN finding IS NULL THEN null ELSE finding {
         .id, .code, .title, .status, .statusText, .source, lines: toString(finding.statusLineFrom) + '-' + toString(finding.statusLineTo)
       } END AS finding,
       impacts
