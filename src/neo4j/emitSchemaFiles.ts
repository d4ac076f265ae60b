import fs from 'node:fs';
import path from 'node:path';
import { generatedStatementFiles, schemaFiles, schemaFileText, statementFileText } from '../model/schemaStatements.js';
import { cypherDir } from './cypher.js';

/** cypher/schema/<name>.cypher, and the other statements the model generates, as the model says they should read. */
export function expectedSchemaFiles(): { file: string; text: string }[] {
  return [
    ...schemaFiles().map((f) => ({ file: path.join(cypherDir(), 'schema', `${f.name}.cypher`), text: schemaFileText(f) })),
    ...generatedStatementFiles().map((f) => ({ file: path.join(cypherDir(), `${f.name}.cypher`), text: statementFileText(f) })),
  ];
}

// `npm run cypher:emit` runs this file with --write.
if (process.argv.includes('--write')) {
  for (const { file, text } of expectedSchemaFiles()) {
    fs.writeFileSync(file, text);
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
}
