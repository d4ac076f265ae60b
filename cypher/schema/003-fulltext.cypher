// Generated from src/model by `npm run cypher:emit`; edit the model, not this file.
// Search over names, titles and texts with Lucene's Dutch analyzer (stemming, Dutch stop words).
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Organisation|Plan|StakeholderGroup|SwotItem|PestelFactor|Risk|RiskDomain|Objective|Action|Deliverable|System|Figure|Theme|Fact|Finding|Question|Answer|BudgetLine|Indicator|Place|Reference|Audience)
ON EACH [n.name, n.acronym, n.title, n.code, n.normalizedCode, n.description, n.text, n.label, n.labelEn, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'dutch', `fulltext.eventually_consistent`: false } };
