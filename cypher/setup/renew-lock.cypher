// Extends the lease of a lock its owner still holds; returns whether it still held it.
MATCH (l:PlanGraphLock {name: $name, owner: $owner})
SET l.expires = datetime() + duration({milliseconds: $leaseMs})
RETURN count(l) > 0 AS held
