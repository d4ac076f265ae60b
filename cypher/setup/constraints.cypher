// The records of the start-up steps and the lock that lets one process at a time run them.
// Applied before the lock is taken (so not in cypher/schema/, which runs under it).
CREATE CONSTRAINT plangraph_lock_name IF NOT EXISTS FOR (l:PlanGraphLock) REQUIRE l.name IS UNIQUE;
CREATE CONSTRAINT plangraph_setup_step IF NOT EXISTS FOR (s:PlanGraphSetup) REQUIRE s.step IS UNIQUE;
