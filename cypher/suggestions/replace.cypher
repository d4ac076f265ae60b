// Suggested alignments, stored: this run's suggestions replace the last run's, in one
// transaction. Each is a SUGGESTED_ALIGNMENT link (basis SUGGESTED) between the two items, with
// its score, relation, reasons (as parallel lists: kind, words, weight, the nodes and the links
// that say so), the time and the inputs it came from. A link whose properties this run finds
// unchanged ($keep: the same contentHash) is kept and only stamped with this run's time; the
// others of the last run are deleted, and $rows (new or changed) are written afresh.
CALL () {
  MATCH ()-[old:SUGGESTED_ALIGNMENT]->()
  WHERE NOT old.id IN $keep
  DELETE old
}
CALL () {
  UNWIND $keep AS id
  MATCH ()-[kept:SUGGESTED_ALIGNMENT {id: id}]->()
  SET kept.computedAt = datetime($now)
  RETURN count(kept) AS kept
}
CALL () {
  UNWIND $rows AS row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  CREATE (a)-[s:SUGGESTED_ALIGNMENT]->(b)
  SET s = row.props, s.version = toInteger(row.props.version), s.computedAt = datetime($now), s.createdAt = coalesce(row.createdAt, datetime($now))
  RETURN count(s) AS created
}
RETURN kept + created AS stored
