// The source documents: for each plan, its document's file, title and publisher, so that a
// provenance can be opened as the text it cites.
MATCH (p:Plan)
OPTIONAL MATCH (o:Organisation)-[:PUBLISHES]->(p)
RETURN p.source AS source, p.title AS title, p.id AS planId, o.id AS publisherId, coalesce(o.acronym, o.name) AS publisher
ORDER BY p.id
