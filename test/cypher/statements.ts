import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/paths.js';
import { cypherDir, cypherFilesIn, statementsOf } from '../../src/neo4j/cypher.js';

/**
 * The statements the EXPLAIN check covers. Each source returns statements by name; add a source
 * to STATEMENT_SOURCES to check more of them (for example the statements a compiler generates
 * from the example operations). EXPLAIN on Neo4j 5.26 plans a statement without its parameters,
 * so `params` is only needed where a value changes the plan (its type, say); absent parameters
 * are planned as unknown values.
 */
export interface StatementToExplain {
  readonly name: string;
  readonly text: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

export type StatementSource = () => StatementToExplain[] | Promise<StatementToExplain[]>;

/** Every statement of cypher/, all folders but schema/ (DDL has no plan). */
export function projectStatements(): StatementToExplain[] {
  const folders = fs.readdirSync(cypherDir(), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'schema').map((d) => d.name).sort();
  return folders.flatMap((folder) =>
    cypherFilesIn(folder).flatMap((query) => statementsOf(query).map((text, i, all) => ({ name: all.length > 1 ? `${query.name}#${i + 1}` : query.name, text }))),
  );
}

/** The benchmark's one-statement floors (bench/cypher/), which must read no more than they should either. */
export function benchmarkStatements(): StatementToExplain[] {
  const dir = path.join(projectRoot(), 'bench', 'cypher');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => ({ name: `bench/${f.replace(/\.cypher$/, '')}`, text: fs.readFileSync(path.join(dir, f), 'utf8').trim() }));
}

export const STATEMENT_SOURCES: StatementSource[] = [projectStatements, benchmarkStatements];
