// Question 13: what changed from one version of a plan to the next. Items are paired by the
// SUCCEEDS links linkPlanVersions made (by code or wording); an item of the new version without
// a predecessor is ADDED, one of the old without a successor DROPPED; a pair is REWORDED when its
// title or description differs, RESCHEDULED when its deadline (or due date) does, STATUS_CHANGED
// when its status does. One row per change.
MATCH (to:Plan {id: $toId})
MATCH (from:Plan {id: $fromId})
CALL (from, to) {
  MATCH (after:Entity {planId: to.id})-[link:SUCCEEDS]->(before:Entity {planId: from.id})
  WHERE after.kind IN $kinds
  UNWIND [
    {change: 'REWORDED', field: 'title', before: before.title, after: after.title},
    {change: 'REWORDED', field: 'description', before: before.description, after: after.description},
    {change: 'RESCHEDULED', field: 'deadline', before: toString(coalesce(before.deadline, before.due)), after: toString(coalesce(after.deadline, after.due))},
    {change: 'STATUS_CHANGED', field: 'status', before: before.status, after: after.status}
  ] AS d
  WITH before, after, link, d
  WHERE coalesce(d.before, '') <> coalesce(d.after, '')
  WITH before, after, link, d.change AS change, collect({field: d.field, before: d.before, after: d.after}) AS fields
  RETURN change, before, after, link, fields
  UNION
  MATCH (after:Entity {planId: to.id})
  WHERE after.kind IN $kinds AND NOT EXISTS { MATCH (after)-[:SUCCEEDS]->(:Entity {planId: from.id}) }
  RETURN 'ADDED' AS change, null AS before, after, null AS link, [] AS fields
  UNION
  MATCH (before:Entity {planId: from.id})
  WHERE before.kind IN $kinds AND NOT EXISTS { MATCH (:Entity {planId: to.id})-[:SUCCEEDS]->(before) }
  RETURN 'DROPPED' AS change, before, null AS after, null AS link, [] AS fields
}
RETURN change, before, after, link AS match, link.match AS matchedBy, fields, coalesce(after.docKey, before.docKey) AS sortKey,
       CASE change WHEN 'ADDED' THEN 0 WHEN 'DROPPED' THEN 1 WHEN 'REWORDED' THEN 2 WHEN 'RESCHEDULED' THEN 3 ELSE 4 END AS changeRank
