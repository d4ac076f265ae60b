// What an uploaded plan may refer to besides itself: every organisation (with the file that
// defines it), theme, audience, IT system, place and referenced document in the graph,
// including those made through the API.
RETURN COLLECT { MATCH (o:Organisation) RETURN {id: o.id, name: coalesce(o.name, o.id), definedIn: o.definedIn} } AS organisations,
       COLLECT { MATCH (t:Theme) RETURN {id: coalesce(t.code, substring(t.id, 6)), name: coalesce(t.name, t.id), labelEn: coalesce(t.labelEn, t.name, t.id)} } AS themes,
       COLLECT { MATCH (a:Audience) RETURN {id: coalesce(a.code, substring(a.id, 9)), name: coalesce(a.name, a.id), labelEn: coalesce(a.labelEn, a.name, a.id)} } AS audiences,
       COLLECT { MATCH (s:System) RETURN {id: coalesce(s.code, substring(s.id, 7)), name: coalesce(s.name, s.id)} } AS systems,
       COLLECT { MATCH (p:Place) RETURN {id: coalesce(p.code, substring(p.id, 6)), name: coalesce(p.name, p.id), kind: p.placeKind, country: p.country} } AS places,
       COLLECT { MATCH (r:Reference) RETURN {id: substring(r.id, 10), title: coalesce(r.title, r.id), kind: r.referenceKind} } AS references
