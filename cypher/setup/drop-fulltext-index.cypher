// The full-text index of search, dropped when it covers other labels or properties than the
// model's (a kind or a searchable field was added); cypher/schema creates it again.
DROP INDEX entity_text IF EXISTS
