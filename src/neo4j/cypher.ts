import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/paths.js';

/**
 * Cypher lives in `cypher/` as named files (`cypher/read/theme-matrix.cypher` is the query
 * `read/theme-matrix`). Code refers to queries by name and passes every value as a parameter;
 * no query text is ever assembled from input.
 */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

const cache = new Map<string, CypherQuery>();

export function cypherDir(): string {
  return path.join(projectRoot(), 'cypher');
}

export function cypher(name: string): CypherQuery {
  let query = cache.get(name);
  if (!query) {
    const file = path.join(cypherDir(), `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`no Cypher file named ${name} (${file})`);
    query = { name, text: fs.readFileSync(file, 'utf8').trim() };
    cache.set(name, query);
  }
  return query;
}

/** Every query file under a folder of `cypher/`, by name, in name order. */
export function cypherFilesIn(folder: string): CypherQuery[] {
  const dir = path.join(cypherDir(), folder);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => cypher(path.posix.join(folder, f.replaceAll(path.sep, '/').replace(/\.cypher$/, ''))));
}

/** Splits a file of several statements (schema files) on semicolons that end a line. */
export function statementsOf(query: CypherQuery): string[] {
  return query.text
    .split(/;\s*$/m)
    .map((s) => s.split('\n').filter((line) => !line.trim().startsWith('//')).join('\n').trim())
    .filter(Boolean);
}
