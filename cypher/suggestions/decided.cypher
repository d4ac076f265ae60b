// Suggested alignments that someone accepted or rejected: never proposed again.
MATCH (d:SuggestionDecision)
RETURN d.from AS from, d.to AS to
