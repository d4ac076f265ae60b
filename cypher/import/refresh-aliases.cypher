// An organisation's aliases are every wording the documents use for it (their MENTIONS),
// plus the curated aliases of the registry. aliasText feeds the full-text index; searchText
// (the text filter's lower-case words: name, acronym and aliases, see src/model/derived.ts)
// gains the aliases too.
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
OPTIONAL MATCH (:Plan)-[m:MENTIONS]->(o)
WITH o, [a IN collect(DISTINCT m.as) WHERE a IS NOT NULL AND a <> o.name] + coalesce(o.curatedAliases, []) AS wordings
WITH o, reduce(acc = [], w IN wordings | CASE WHEN w IN acc THEN acc ELSE acc + w END) AS aliases
SET o.aliases = aliases,
    o.aliasText = CASE WHEN size(aliases) = 0 THEN null ELSE reduce(t = '', w IN aliases | t + ' | ' + w) END,
    o.searchText = toLower(reduce(t = coalesce(o.name, '') + ' | ' + coalesce(o.acronym, ''), w IN aliases | t + ' | ' + w))
RETURN count(o) AS refreshed
