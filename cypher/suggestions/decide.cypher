// A decision on a suggestion: its link is removed and the decision kept (with the suggestion's
// evidence), so that the pair is never proposed again.
MATCH ()-[s:SUGGESTED_ALIGNMENT {id: $id}]->()
CREATE (d:SuggestionDecision)
SET d = properties(s), d += $decision, d.decidedAt = datetime($now), d.lockedAt = null
DELETE s
RETURN properties(d) AS decision
