// The constraints and indexes in the database that are online, by name: a start compares them
// with the ones cypher/schema makes (every constraint there is backed by an index of its name).
SHOW INDEXES YIELD name, state
WHERE state = 'ONLINE'
RETURN name
