// Floor of read (e): the first $first objectives tagged with a theme, in document order.
MATCH (t:Theme {id: $id})
CALL (t) {
  MATCH (t)<-[:HAS_THEME]-(o:Objective)
  WITH o ORDER BY o.docKey, o.id LIMIT $first
  RETURN collect(o {.id, .code, .title}) AS objectives
}
RETURN t {.id, objectives: objectives} AS theme
