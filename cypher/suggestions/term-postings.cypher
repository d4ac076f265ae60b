// Suggested alignments, the words: for each word of the items' texts, the objectives and actions
// that Lucene's Dutch analyzer (the entity_text index: stemming, Dutch stop words) matches it in,
// with the BM25 score it gives each. Words of one stem match the same items with the same scores.
UNWIND $words AS word
CALL db.index.fulltext.queryNodes('entity_text', word) YIELD node, score
WHERE node:Objective OR node:Action
RETURN word, collect([node.id, score]) AS hits
