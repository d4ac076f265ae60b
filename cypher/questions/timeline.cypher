// Question 9: actions and deliverables due in a date window, across organisations, in date
// order, with the organisation and plan of each. $start/$end slice the list for paging.
CALL () {
  MATCH (a:Action)
  WHERE a.deadline >= date($from) AND a.deadline <= date($to)
  RETURN a.deadline AS date, a.deadlineText AS dateText, 'ACTION' AS kind, a AS action, null AS deliverable
  UNION ALL
  MATCH (a:Action)-[:HAS_DELIVERABLE]->(d:Deliverable)
  WHERE d.due >= date($from) AND d.due <= date($to)
  RETURN d.due AS date, d.dueText AS dateText, 'DELIVERABLE' AS kind, a AS action, d AS deliverable
}
MATCH (org:Organisation)-[:PUBLISHES]->(:Plan {id: action.planId})
WHERE ($organisationIds IS NULL OR org.id IN $organisationIds)
  AND ($themeIds IS NULL OR EXISTS { MATCH (action)-[:HAS_THEME]->(t:Theme) WHERE t.id IN $themeIds })
  AND ($kinds IS NULL OR kind IN $kinds)
WITH date, dateText, kind, action, deliverable, org
ORDER BY date, org.id, action.position, deliverable.position
WITH collect({date: date, dateText: dateText, kind: kind, action: action {.*}, deliverable: deliverable {.*}, organisationId: org.id}) AS items
RETURN size(items) AS total, items[$start..$end] AS page
