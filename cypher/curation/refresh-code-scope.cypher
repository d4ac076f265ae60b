// Stores each node's uniqueness keys (see src/model/uniqueness.ts): `codeScope`, its code with
// its sibling scope (plan, kind, the rule's properties, its parent), and `planCode`, its plan
// with its normalised code. Nodes whose keys another node already holds are left unchanged and
// returned with that node: the caller refuses the write. The uniqueness constraints on both
// keys catch what a writer committing meanwhile takes.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, $rules[n.kind] AS rule
OPTIONAL MATCH (n)-[r]->(p:Entity)
WHERE rule.rel IS NOT NULL AND type(r) = rule.rel AND (rule.key IS NULL OR r.key = rule.key)
WITH n, rule, min(p.id) AS parent
WITH n,
     CASE WHEN rule IS NULL OR n.code IS NULL OR n.planId IS NULL THEN null
          ELSE reduce(s = n.planId + '|' + n.kind, part IN [k IN rule.props | coalesce(toString(n[k]), '')] + [coalesce(parent, ''), n.code] | s + '|' + part) END AS codeScope,
     CASE WHEN n.normalizedCode IS NULL OR n.planId IS NULL THEN null ELSE n.planId + '|' + n.normalizedCode END AS planCode
WITH n, codeScope, planCode,
     COLLECT { MATCH (o:Entity {codeScope: codeScope}) WHERE o <> n RETURN o.id }[0] AS codeHolder,
     COLLECT { MATCH (o:Entity {planCode: planCode}) WHERE o <> n RETURN o.id }[0] AS planCodeHolder
FOREACH (_ IN CASE WHEN codeHolder IS NULL AND planCodeHolder IS NULL THEN [1] ELSE [] END |
  SET n.codeScope = codeScope, n.planCode = planCode)
WITH n, codeHolder, planCodeHolder
WHERE codeHolder IS NOT NULL OR planCodeHolder IS NOT NULL
RETURN n.id AS id, n.kind AS kind, n.code AS code, n.normalizedCode AS normalizedCode, codeHolder, planCodeHolder
