import fs from 'node:fs';
import path from 'node:path';
import { schemaFiles, schemaFileText } from '../model/schemaStatements.js';
import { cypherDir } from './cypher.js';

/** cypher/schema/<name>.cypher as the model says it should read. */
export function expectedSchemaFiles(): { file: string; text: string }[] {
  return schemaFiles().map((f) => ({ file: path.join(cypherDir(), 'schema', `${f.name}.cypher`), text: schemaFileText(f) }));
}

// `npm run cypher:emit` runs this file with --write.
if (process.argv.includes('--write')) {
  for (const { file, text } of expectedSchemaFiles()) {
    fs.writeFileSync(file, text);
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
}
