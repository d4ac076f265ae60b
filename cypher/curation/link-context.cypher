// What a new link must not break: the parent the child already has (one per node), whether the
// link would close a cycle of PART_OF, and whether the action already implements an objective
// as its first (key '') IMPLEMENTS.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
RETURN COLLECT { MATCH (a)-[:PART_OF]->(p:Entity) WHERE p <> b RETURN p.id ORDER BY p.id }[0] AS otherParent,
       EXISTS { MATCH (b)-[:PART_OF*1..20]->(a) } AS cycle,
       EXISTS { MATCH (a)-[:IMPLEMENTS {key: ''}]->(o:Objective) WHERE o <> b } AS hasFirstObjective
