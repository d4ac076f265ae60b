// Removes the links of one type from one node to another, both matched by id and label (only
// those with the given wording, when given), whatever file or user stated them; returns what
// was removed, for the audit trail.
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE $fromKind IN labels(a) AND $toKind IN labels(b) AND type(r) = $type AND ($wording IS NULL OR r.as = $wording)
WITH r, properties(r) AS link
DELETE r
RETURN collect(link) AS removed
