// Deletes nodes and every link they have.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
RETURN count(*) AS deleted
