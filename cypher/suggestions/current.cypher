// The suggestions of the last run: their ids, versions, the evidence each version had
// (fingerprint) and all that was stored of it (contentHash).
MATCH ()-[s:SUGGESTED_ALIGNMENT]->()
RETURN s.id AS id, s.version AS version, s.fingerprint AS fingerprint, s.contentHash AS contentHash, s.createdAt AS createdAt
