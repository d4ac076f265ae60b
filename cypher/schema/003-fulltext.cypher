// Full-text search over names, titles and texts, with Lucene's Dutch analyzer (stemming and
// Dutch stop words), since every source document is Dutch.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Organisation|Plan|StakeholderGroup|SwotItem|PestelFactor|Risk|RiskDomain|Objective|Action|Deliverable|System|Figure|Theme)
ON EACH [n.name, n.title, n.text, n.description, n.acronym, n.label, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'dutch', `fulltext.eventually_consistent`: false } };
