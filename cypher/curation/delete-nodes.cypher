// Deletes locked nodes, each matched by id and label, with every link they have.
UNWIND $nodes AS row
MATCH (n:Entity {id: row.id})
WHERE row.kind IN labels(n)
DETACH DELETE n
RETURN count(*) AS deleted
