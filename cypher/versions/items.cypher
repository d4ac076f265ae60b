// The items of two versions of a plan that can have a predecessor: what the match compares.
MATCH (n:Entity)
WHERE n.planId IN [$planId, $previousId] AND n.kind IN $kinds
RETURN n.id AS id, n.planId AS planId, n.kind AS kind, n.code AS code, n.normalizedCode AS normalizedCode,
       coalesce(n.title, n.name, n.text) AS text
ORDER BY n.docKey
