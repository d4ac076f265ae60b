import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/paths.js';
import type { ExampleOperation } from '../http/graphiql.js';

/**
 * The example operations GraphiQL opens with: the files of operations/examples/, one tab each.
 * A file may end with a `# variables: {...}` line giving the variables of its tab.
 */
export function exampleOperations(dir = path.join(projectRoot(), 'operations', 'examples')): ExampleOperation[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort().map((file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const variables = /^# variables: (.+)$/m.exec(text)?.[1];
    return { name: file.replace(/\.graphql$/, ''), query: text.replace(/^# variables: .+\n?/m, '').trim(), variables: variables ? JSON.stringify(JSON.parse(variables), null, 2) : undefined };
  });
}
