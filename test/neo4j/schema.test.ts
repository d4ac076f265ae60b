import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.js';
import { cypherFilesIn, statementsOf } from '../../src/neo4j/cypher.js';
import type { Database } from '../../src/neo4j/database.js';
import { applySchema } from '../../src/neo4j/schema.js';
import { KINDS } from '../../src/model/kinds.js';
import { fullTextProps } from '../../src/model/schemaStatements.js';
import { openTestDatabase } from '../support/neo4j.js';

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.close());

async function schemaObjects(): Promise<string[]> {
  const constraints = await db.read({ name: 'test/constraints', text: 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name' });
  const indexes = await db.read({ name: 'test/indexes', text: "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name ORDER BY name" });
  return [...constraints, ...indexes].map((r) => String(r.name));
}

describe('database schema', () => {
  it('applies every constraint and index of cypher/schema, and applying again changes nothing', async () => {
    const statements = cypherFilesIn('schema').flatMap(statementsOf).length;
    expect(await applySchema(db, silentLogger)).toBe(statements);
    const first = await schemaObjects();
    expect(await applySchema(db, silentLogger)).toBe(statements);
    expect(await schemaObjects()).toEqual(first);
    expect(first).toEqual(expect.arrayContaining(['entity_id', 'objective_id', 'action_deadline', 'entity_text']));
  });

  it('makes ids unique across every kind of node', async () => {
    await applySchema(db, silentLogger);
    await db.write({ name: 'test/one', text: "MERGE (:Entity:Theme {id: 'test/unique'})" });
    await expect(db.write({ name: 'test/two', text: "CREATE (:Entity:Objective {id: 'test/unique'})" })).rejects.toThrow();
    await db.write({ name: 'test/cleanup', text: "MATCH (n:Entity {id: 'test/unique'}) DETACH DELETE n" });
  });

  it('indexes text with the Dutch analyzer', async () => {
    await applySchema(db, silentLogger);
    const rows = await db.read({ name: 'test/fulltext', text: "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_text' RETURN options.indexConfig['fulltext.analyzer'] AS analyzer" });
    expect(rows).toEqual([{ analyzer: 'dutch' }]);
  });

  it('rebuilds a full-text index made before the model gained kinds or searchable fields, so search covers them', async () => {
    await db.write({ name: 'test/drop-fulltext', text: 'DROP INDEX entity_text IF EXISTS' });
    await db.write({ name: 'test/old-fulltext', text: 'CREATE FULLTEXT INDEX entity_text FOR (n:Organisation|Plan) ON EACH [n.name, n.title]' });
    await applySchema(db, silentLogger);
    const [index] = await db.read({ name: 'test/fulltext-definition', text: "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = 'entity_text' RETURN labelsOrTypes, properties" });
    expect([...(index!.labelsOrTypes as string[])].sort()).toEqual(KINDS.map((k) => k.kind).sort());
    expect([...(index!.properties as string[])].sort()).toEqual(fullTextProps().sort());
    expect(fullTextProps()).toEqual(expect.arrayContaining(['normalizedCode', 'aliasText']));
  });
});
