// Floor of read (a): the nested read as one statement. At each level the first $first items in
// document order (docKey, then id), projected to the selected fields.
MATCH (o:Organisation {id: $id})
CALL (o) {
  MATCH (o)-[:PUBLISHES]->(p:Plan)
  WITH p ORDER BY p.docKey, p.id LIMIT $first
  CALL (p) {
    MATCH (p)-[:SETS]->(ob:Objective)
    WITH ob ORDER BY ob.docKey, ob.id LIMIT $first
    CALL (ob) {
      MATCH (ob)<-[:IMPLEMENTS]-(a:Action)
      WITH a ORDER BY a.docKey, a.id LIMIT $first
      CALL (a) {
        MATCH (a)-[:INVOLVES]->(x:Organisation)
        WITH x ORDER BY x.docKey, x.id LIMIT $first
        RETURN collect(x {.id, .name}) AS partners
      }
      RETURN collect(a {.id, .code, .title, partners: partners}) AS actions
    }
    RETURN collect(ob {.id, .code, .title, actions: actions}) AS objectives
  }
  RETURN collect(p {.id, .title, objectives: objectives}) AS plans
}
RETURN o {.id, .name, plans: plans} AS organisation
