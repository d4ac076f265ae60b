// Lookup of what people name rather than search for: the node with exactly this id, and every
// organisation, system, referenced document, place, audience, theme and plan with the names it
// goes by (acronym, aliases, code), for the API to match acronyms, aliases and near misses against.
OPTIONAL MATCH (byId:Entity {id: $text})
WITH collect(byId.id) AS exact
MATCH (n:Organisation|System|Reference|Place|Audience|Theme|Plan)
RETURN exact,
       collect(n {.id, .kind, .name, .title, .acronym, .aliases, .code, .labelEn}) AS named
