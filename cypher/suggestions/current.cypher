// The suggestions of the last run: their ids, versions and the evidence each version had.
MATCH ()-[s:SUGGESTED_ALIGNMENT]->()
RETURN s.id AS id, s.version AS version, s.fingerprint AS fingerprint, s.createdAt AS createdAt
