// Gives the lock back (only its owner can).
MATCH (l:PlanGraphLock {name: $name, owner: $owner})
DELETE l
