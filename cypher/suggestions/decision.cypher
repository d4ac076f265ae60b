// What became of a suggestion that is no longer proposed.
MATCH (d:SuggestionDecision {id: $id})
RETURN properties(d) AS decision
