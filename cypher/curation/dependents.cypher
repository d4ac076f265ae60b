// What depends on a node, so that deleting it alone would leave it dangling: the items of a
// plan; an organisation's plans (with their items) and units; the sub-objectives, actions and
// deliverables under an objective; an action's deliverables; a stakeholder group's subgroups;
// the items tagged with a theme (for a theme only the tags go with it, never the items).
// The node is matched by id and label; so is everything it reaches.
MATCH (root:Entity {id: $id})
WHERE $kind IN labels(root)
CALL (root) {
  MATCH (d:Entity {planId: root.id}) WHERE root:Plan AND d <> root
  RETURN d
  UNION
  MATCH (root)-[:PUBLISHES]->(d:Plan) WHERE root:Organisation
  RETURN d
  UNION
  MATCH (root)-[:PUBLISHES]->(p:Plan) MATCH (d:Entity {planId: p.id}) WHERE root:Organisation AND d <> p
  RETURN d
  UNION
  MATCH (root)<-[:PART_OF*1..10]-(d:Organisation) WHERE root:Organisation
  RETURN d
  UNION
  MATCH (root)<-[:PART_OF*1..10]-(d:Objective) WHERE root:Objective
  RETURN d
  UNION
  MATCH (root)<-[:PART_OF*1..10]-(d:StakeholderGroup) WHERE root:StakeholderGroup
  RETURN d
  UNION
  MATCH (root)<-[:PART_OF*0..10]-(:Objective)<-[:IMPLEMENTS {key: ''}]-(d:Action) WHERE root:Objective
  RETURN d
  UNION
  MATCH (root)<-[:PART_OF*0..10]-(:Objective)<-[:IMPLEMENTS {key: ''}]-(:Action)-[:HAS_DELIVERABLE]->(d:Deliverable) WHERE root:Objective
  RETURN d
  UNION
  MATCH (root)-[:HAS_DELIVERABLE]->(d:Deliverable) WHERE root:Action
  RETURN d
  UNION
  MATCH (root)<-[:HAS_THEME]-(d:Entity) WHERE root:Theme
  RETURN d
}
RETURN DISTINCT d.id AS id, d.kind AS kind, properties(d) AS node
ORDER BY id
