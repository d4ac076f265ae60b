// Question 7, one breadth-first step: the links from the nodes of the frontier to nodes not
// seen yet, within the filters (kinds to keep, kinds to skip, relationship types). The API
// ranks and budgets what this returns, so that a hub (a plan with 145 actions) cannot crowd
// out the few nodes that give the picture its structure.
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})-[r]-(m:Entity)
WHERE NOT m.id IN $seen
  AND ($kinds IS NULL OR m.kind IN $kinds)
  AND NOT m.kind IN $excludeKinds
  AND ($relationships IS NULL OR type(r) IN $relationships)
RETURN fid AS via,
       type(r) AS relationship,
       CASE WHEN startNode(r) = f THEN 'OUT' ELSE 'IN' END AS direction,
       m.id AS id,
       m.kind AS kind,
       m.planId AS planId,
       m.position AS position
