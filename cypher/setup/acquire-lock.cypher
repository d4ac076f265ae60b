// Takes the lock $name for $owner when it is free, already $owner's, or its lease ran out.
// The first SET write-locks the node, so the owner read after it is the committed one: two
// processes can not both see the lock free.
MERGE (l:PlanGraphLock {name: $name})
SET l.checkedAt = datetime()
WITH l, (l.owner IS NULL OR l.owner = $owner OR l.expires < datetime()) AS free
SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
    l.expires = CASE WHEN free THEN datetime() + duration({milliseconds: $leaseMs}) ELSE l.expires END
RETURN free AS acquired, l.owner AS owner
