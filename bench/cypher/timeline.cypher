// Floor of question 9: one page of the actions and deliverables due in a date window, in date
// order (then publisher, then document order), with the publisher of each; and the total.
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
WITH date, dateText, kind, action, deliverable, organisation
ORDER BY date, organisation.id, action.position, deliverable.position
WITH collect({date: date, dateText: dateText, kind: kind, organisation: organisation.id,
              action: action {.id, .code, .title}, deliverable: deliverable {.id, .title}}) AS entries
RETURN size(entries) AS totalCount, entries[0..$first] AS nodes
