// What an uploaded plan may refer to besides itself: every organisation (with the file that
// defines it), theme and IT system in the graph, including those made through the API.
RETURN COLLECT { MATCH (o:Organisation) RETURN {id: o.id, name: coalesce(o.name, o.id), definedIn: o.definedIn} } AS organisations,
       COLLECT { MATCH (t:Theme) RETURN {id: coalesce(t.code, substring(t.id, 6)), name: coalesce(t.name, t.id), labelEn: coalesce(t.labelEn, t.name, t.id)} } AS themes,
       COLLECT { MATCH (s:System) RETURN {id: coalesce(s.code, substring(s.id, 7)), name: coalesce(s.name, s.id)} } AS systems
