// One entry of the audit trail per changed node or link.
UNWIND $changes AS c
CREATE (r:ChangeRecord)
SET r = c, r.at = datetime($now), r.actor = $actor, r.role = $role
RETURN count(r) AS recorded
