// One entry of the audit trail per changed node or link. `organisationId` is the organisation
// whose node it is; `organisationIds` every organisation the change touches (both ends of a
// link between two organisations' items), so each finds it in its own trail.
UNWIND $changes AS c
CREATE (r:ChangeRecord)
SET r = c, r.at = datetime($now), r.actor = $actor, r.role = $role
RETURN count(r) AS recorded
