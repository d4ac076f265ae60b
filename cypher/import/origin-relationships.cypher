// The links one file states (by origin), to find what a new version of the file dropped.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.origin = $origin
RETURN type(r) AS type, a.id AS from, b.id AS to, r.key AS key
