// A proposed link (an alignment with another organisation's objective, or one PlanGraph
// suggests): a PROPOSED link naming the relationship it would become. No question or list
// reads PROPOSED links, so a proposal never counts as the link it proposes.
MATCH (a:Entity {id: $from}) WHERE $fromKind IN labels(a)
MATCH (b:Entity {id: $to}) WHERE $toKind IN labels(b)
MERGE (a)-[p:PROPOSED {relationship: $relationship, origin: $origin}]->(b)
ON CREATE SET p.createdAt = datetime($now), p.createdBy = $actor
ON MATCH SET p.updatedAt = datetime($now), p.updatedBy = $actor
SET p += $props
RETURN properties(p) AS proposal
