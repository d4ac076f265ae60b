// The labels and properties the full-text index of search covers in the database, to compare
// with what the model says it should cover.
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties
WHERE name = $name
RETURN labelsOrTypes, properties
