// Question 9: actions and deliverables due in a date window, across organisations, with the
// organisation of each; the date as the document words it too.
CALL () {
  MATCH (action:Action)
  WHERE action.deadline >= date($from) AND action.deadline <= date($to)
  RETURN action.deadline AS date, action.deadlineText AS dateText, 'ACTION' AS kind, action, null AS deliverable
  UNION ALL
  MATCH (deliverable:Deliverable)<-[:HAS_DELIVERABLE]-(action:Action)
  WHERE deliverable.due >= date($from) AND deliverable.due <= date($to)
  RETURN deliverable.due AS date, deliverable.dueText AS dateText, 'DELIVERABLE' AS kind, action, deliverable
}
MATCH (organisation:Organisation)-[:PUBLISHES]->(:Plan {id: action.planId})
WHERE ($organisationIds IS NULL OR organisation.id IN $organisationIds)
  AND ($themeIds IS NULL OR EXISTS { MATCH (action)-[:HAS_THEME]->(t:Theme) WHERE t.id IN $themeIds })
  AND ($kinds IS NULL OR kind IN $kinds)
RETURN date, dateText, kind, action, deliverable, organisation
