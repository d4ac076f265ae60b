// Question 12: the health of one plan. Each finding names its rule, a severity and the items it
// is about: objectives without actions, actions without deadline or owner, deadlines outside
// the plan's period, overdue items still marked on schedule, threats and weaknesses no objective
// answers, items linked to nothing but their plan, and codes used twice or out of step with
// their parent's.
MATCH (plan:Plan {id: $planId})
CALL (plan) {
  // Objectives that nothing implements, themselves or through what falls under them.
  MATCH (plan)-[:SETS]->(o:Objective)
  WHERE NOT EXISTS { MATCH (o)<-[:PART_OF*0..4]-(:Objective)<-[:IMPLEMENTS]-(:Action) }
  RETURN 'OBJECTIVE_WITHOUT_ACTIONS' AS rule, 'WARNING' AS severity, [o] AS items,
         'no action implements ' + coalesce(o.code, o.id) + ' or what falls under it' AS message
  UNION ALL
  MATCH (plan)-[:PLANS]->(a:Action)
  WHERE a.deadline IS NULL AND NOT EXISTS { MATCH (a)-[:HAS_DELIVERABLE]->(d:Deliverable) WHERE d.due IS NOT NULL }
  RETURN 'ACTION_WITHOUT_DEADLINE' AS rule, 'INFO' AS severity, [a] AS items,
         coalesce(a.code, a.id) + ' has no deadline, nor any of its deliverables' AS message
  UNION ALL
  MATCH (plan)-[:PLANS]->(a:Action)
  WHERE NOT EXISTS { MATCH (a)-[r:INVOLVES]->(:Organisation) WHERE r.role IN ['OWNER', 'LEAD'] }
    AND NOT EXISTS { MATCH (a)-[:IMPLEMENTS]->(:Objective)-[:PART_OF*0..4]->(:Objective)-[r:INVOLVES]->(:Organisation) WHERE r.role IN ['OWNER', 'LEAD'] }
  RETURN 'ACTION_WITHOUT_OWNER' AS rule, 'INFO' AS severity, [a] AS items,
         'nobody is named owner or lead of ' + coalesce(a.code, a.id) + ' (nor of its objectives)' AS message
  UNION ALL
  CALL (plan) {
    MATCH (plan)-[:PLANS]->(a:Action) WHERE a.deadline IS NOT NULL RETURN a AS item, a.deadline AS due
    UNION
    MATCH (plan)-[:PLANS]->(:Action)-[:HAS_DELIVERABLE]->(d:Deliverable) WHERE d.due IS NOT NULL RETURN d AS item, d.due AS due
  }
  WITH plan, item, due
  WHERE plan.periodFrom IS NOT NULL AND plan.periodTo IS NOT NULL AND NOT (plan.periodFrom <= due.year <= plan.periodTo)
  RETURN 'DEADLINE_OUTSIDE_PERIOD' AS rule, 'WARNING' AS severity, [item] AS items,
         coalesce(item.code, item.id) + ' is due ' + toString(due) + ', outside the plan period ' + toString(plan.periodFrom) + '-' + toString(plan.periodTo) AS message
  UNION ALL
  CALL (plan) {
    MATCH (plan)-[:PLANS]->(a:Action) RETURN a AS item, a.deadline AS due
    UNION
    MATCH (plan)-[:PLANS]->(:Action)-[:HAS_DELIVERABLE]->(d:Deliverable) RETURN d AS item, d.due AS due
  }
  WITH item, due
  WHERE due IS NOT NULL AND due < date($asOf) AND item.status IN ['ON_TRACK', 'ONGOING', 'NOT_STARTED']
  RETURN 'OVERDUE_ON_SCHEDULE' AS rule, 'ERROR' AS severity, [item] AS items,
         coalesce(item.code, item.id) + ' was due ' + toString(due) + ' but is still marked ' + item.status AS message
  UNION ALL
  MATCH (plan)-[:IDENTIFIES]->(t:SwotItem)
  WHERE t.type IN ['THREAT', 'WEAKNESS']
    AND NOT EXISTS { MATCH (t)-[:IN_DOMAIN]->(:RiskDomain)<-[:ANSWERS]-(:Objective) }
    AND NOT EXISTS { MATCH (t)<-[:ADDRESSES]-(:Objective) }
  RETURN 'UNANSWERED_' + t.type AS rule, 'WARNING' AS severity, [t] AS items,
         toLower(t.type) + ' ' + coalesce(t.code, t.id) + ' is answered by no objective' AS message
  UNION ALL
  // Items linked to nothing but their plan (and their themes).
  MATCH (n:Entity {planId: plan.id})
  WHERE n.kind IN $kinds AND NOT n:Plan AND NOT n:Deliverable
    AND NOT EXISTS { MATCH (n)-[r]-(m:Entity) WHERE m <> plan AND NOT type(r) IN ['HAS_THEME', 'SUGGESTED_ALIGNMENT'] }
  RETURN 'ORPHAN' AS rule, 'INFO' AS severity, [n] AS items,
         n.kind + ' ' + coalesce(n.code, n.id) + ' is linked to nothing but its plan' AS message
  UNION ALL
  // A code twice among siblings: items of one kind under the same parent (or none).
  MATCH (n:Entity {planId: plan.id})
  WHERE n.code IS NOT NULL AND (n:Objective OR n:Action OR n:SwotItem OR n:Risk OR n:RiskDomain OR n:PestelFactor)
  WITH n, COLLECT { MATCH (n)-[r:PART_OF|IMPLEMENTS]->(p:Entity) RETURN p.id ORDER BY coalesce(r.key, ''), p.id }[0] AS parent
  WITH n.kind AS kind, coalesce(n.type, n.category, '') AS type, parent, toLower(trim(n.code)) AS code, collect(n) AS same
  WHERE size(same) > 1
  RETURN 'DUPLICATE_CODE' AS rule, 'ERROR' AS severity, same AS items,
         toString(size(same)) + ' ' + kind + ' items ' + CASE WHEN parent IS NULL THEN '' ELSE 'under ' + parent + ' ' END + 'have the code ' + same[0].code AS message
  UNION ALL
  // A child's code that does not continue its parent's ("2.3" under objective 1).
  MATCH (plan)-[:PLANS|SETS]->(child)-[:IMPLEMENTS|PART_OF]->(parent:Objective)
  WHERE child.code =~ '\\D*(\\d+)[.].*' AND parent.code =~ '.*?(\\d+)'
  WITH child, parent,
       toInteger(head([x IN split(trim(replace(child.code, '.', ' ')), ' ') WHERE x =~ '\\d+'])) AS childNumber,
       toInteger(last([x IN split(trim(replace(parent.code, '.', ' ')), ' ') WHERE x =~ '\\d+'])) AS parentNumber
  WHERE childNumber IS NOT NULL AND parentNumber IS NOT NULL AND childNumber <> parentNumber
  RETURN 'INCONSISTENT_CODE' AS rule, 'WARNING' AS severity, [child, parent] AS items,
         coalesce(child.code, child.id) + ' falls under ' + parent.code + ': its number is not the number of its parent' AS message
}
RETURN plan, rule, severity, message, items,
       CASE severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END AS severityRank, items[0].docKey AS firstKey
