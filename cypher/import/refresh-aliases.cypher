// An organisation's aliases are every wording the documents use for it (the MENTIONS of the
// plans and of their items: facts, SWOT, PESTEL, risks, findings, questions, answers, figures),
// plus the curated aliases of the registry. aliasText feeds the full-text index; searchText
// (the text filter's lower-case words: name, acronym and aliases, see src/model/derived.ts)
// gains the aliases too. The wordings come in document order (plan, then line).
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
OPTIONAL MATCH (:Entity)-[m:MENTIONS]->(o)
// In document order (plan, then line), so the aliases do not depend on the order links were written.
WITH o, m ORDER BY m.origin, m.lineFrom, m.as
WITH o, [a IN collect(DISTINCT m.as) WHERE a IS NOT NULL AND a <> o.name] + coalesce(o.curatedAliases, []) AS wordings
WITH o, reduce(acc = [], w IN wordings | CASE WHEN w IN acc THEN acc ELSE acc + w END) AS aliases
WITH o, aliases, [w IN [o.name, o.acronym] + aliases WHERE w IS NOT NULL AND trim(w) <> ''] AS words
SET o.aliases = aliases,
    o.aliasText = CASE WHEN size(aliases) = 0 THEN null ELSE reduce(t = head(aliases), w IN tail(aliases) | t + ' | ' + w) END,
    o.searchText = CASE WHEN size(words) = 0 THEN null ELSE toLower(reduce(t = head(words), w IN tail(words) | t + ' | ' + w)) END
RETURN count(o) AS refreshed
