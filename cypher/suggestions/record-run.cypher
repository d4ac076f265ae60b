// One run of the suggestions: when, by which method, from how many items and words.
CREATE (r:SuggestionRun)
SET r = $run, r.at = datetime($now)
RETURN r.id AS id
