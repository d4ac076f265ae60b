// Floor of read (b): the objectives of one organisation whose words (searchText, lower case)
// contain $text, in natural code order (codeKey, then id); one page and the total.
MATCH (:Organisation {id: $organisation})-[:PUBLISHES]->(:Plan)-[:SETS]->(o:Objective)
WHERE o.searchText CONTAINS toLower($text)
WITH o ORDER BY o.codeKey, o.id
WITH collect(o {.id, .code, .title}) AS matches
RETURN size(matches) AS totalCount, matches[0..$first] AS nodes
