// Proposals waiting for a decision, oldest first: all, or those touching one organisation's items.
MATCH (a:Entity)-[p:PROPOSED]->(b:Entity)
OPTIONAL MATCH (pa:Plan {id: a.planId})
OPTIONAL MATCH (pb:Plan {id: b.planId})
WITH a, b, p,
     CASE WHEN a:Organisation THEN a.id ELSE COLLECT { MATCH (o:Organisation)-[:PUBLISHES]->(pa) RETURN o.id ORDER BY o.id }[0] END AS fromOwner,
     CASE WHEN b:Organisation THEN b.id ELSE COLLECT { MATCH (o:Organisation)-[:PUBLISHES]->(pb) RETURN o.id ORDER BY o.id }[0] END AS toOwner
WHERE $organisationId IS NULL OR $organisationId IN [fromOwner, toOwner]
WITH a, b, p, fromOwner, toOwner ORDER BY p.createdAt, a.id, b.id
WITH collect({from: a.id, to: b.id, fromOwner: fromOwner, toOwner: toOwner, proposal: properties(p)}) AS items
RETURN size(items) AS total, items[$start..$end] AS page
