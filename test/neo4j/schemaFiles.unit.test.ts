import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedSchemaFiles } from '../../src/neo4j/emitSchemaFiles.js';

/** The constraints, indexes and generated statements in cypher/ are what the model table says. */
describe('the Cypher files the model generates', () => {
  it.each(expectedSchemaFiles().map((f) => [path.relative(process.cwd(), f.file), f.text] as const))('%s is as the model says (npm run cypher:emit rewrites it)', (file, text) => {
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('look up the links a file states by origin through an index of every relationship type', () => {
    const [indexes, lookUp] = [expectedSchemaFiles().find((f) => f.file.endsWith('002-indexes.cypher'))!.text, expectedSchemaFiles().find((f) => f.file.endsWith('origin-relationships.cypher'))!.text];
    const types = [...lookUp.matchAll(/\[r:([A-Z_]+)\]/g)].map((m) => m[1]);
    expect(types.length).toBeGreaterThan(10);
    for (const type of types) expect(indexes).toContain(`FOR ()-[r:${type}]-() ON (r.origin)`);
  });
});
