// Suggested alignments, stored: this run's suggestions replace the last run's, in one
// transaction. Each is a SUGGESTED_ALIGNMENT link (basis SUGGESTED) between the two items, with
// its score, relation, reasons (as parallel lists: kind, words, weight, the nodes and the links
// that say so), the time and the inputs it came from.
CALL () {
  MATCH ()-[old:SUGGESTED_ALIGNMENT]->()
  DELETE old
}
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[s:SUGGESTED_ALIGNMENT]->(b)
SET s = row.props, s.version = toInteger(row.props.version), s.computedAt = datetime($now), s.createdAt = coalesce(row.createdAt, datetime($now))
RETURN count(s) AS stored
