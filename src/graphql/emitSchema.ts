import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { projectRoot } from '../config/paths.js';
import { graphqlSchema } from './schema.js';

export const SCHEMA_FILE = path.join(projectRoot(), 'schema', 'schema.graphql');

const HEADER = '# The PlanGraph GraphQL schema. Generated from src/graphql by `npm run schema:emit`; do not edit.\n\n';

/** The SDL as committed in schema/schema.graphql: sorted, so that diffs show real changes only. */
export async function printedSchema(): Promise<string> {
  return `${HEADER}${printSchema(lexicographicSortSchema(await graphqlSchema()))}\n`;
}

// `npm run schema:emit` runs this file with --write.
if (process.argv.includes('--write')) {
  fs.writeFileSync(SCHEMA_FILE, await printedSchema());
  process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
}
