// Two plans to link as versions, locked, with their publishers.
MATCH (plan:Plan {id: $planId})
MATCH (previous:Plan {id: $previousId})
SET plan.lockedAt = datetime(), previous.lockedAt = datetime()
RETURN plan.id AS plan, previous.id AS previous,
       COLLECT { MATCH (o:Organisation)-[:PUBLISHES]->(plan) RETURN o.id }[0] AS publisher,
       COLLECT { MATCH (o:Organisation)-[:PUBLISHES]->(previous) RETURN o.id }[0] AS previousPublisher,
       EXISTS { MATCH (previous)-[:SUPERSEDES*1..20]->(plan) } AS cycle
