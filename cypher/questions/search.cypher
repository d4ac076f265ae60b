// Question 8: full-text search (Lucene, Dutch analyzer) over names, titles, texts, acronyms
// and aliases; typed hits with their score. $query is Lucene syntax; the API escapes it
// unless the caller asks for the raw syntax.
CALL db.index.fulltext.queryNodes('entity_text', $query, {skip: $skip, limit: $fetch}) YIELD node, score
WHERE ($kinds IS NULL OR node.kind IN $kinds)
  AND ($organisationIds IS NULL
       OR node.id IN $organisationIds
       OR EXISTS { MATCH (o:Organisation)-[:PUBLISHES]->(:Plan {id: node.planId}) WHERE o.id IN $organisationIds })
RETURN node {.*} AS node, score
LIMIT $limit
