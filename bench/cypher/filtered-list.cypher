// Floor of read (b): the objectives of one organisation whose code or title contains $text
// (ignoring case), by code (no code first), then document order; one page and
// the total.
MATCH (:Organisation {id: $organisation})-[:PUBLISHES]->(:Plan)-[:SETS]->(o:Objective)
WHERE any(v IN [o.code, o.title] WHERE toLower(v) CONTAINS toLower($text))
WITH o ORDER BY coalesce(o.code, ''), o.planId, o.position, o.id
WITH collect(o {.id, .code, .title}) AS matches
RETURN size(matches) AS totalCount, matches[0..$first] AS nodes
