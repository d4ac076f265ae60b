#!/usr/bin/env node
import path from 'node:path';
import { ConfigError, loadConfig } from '../config/config.js';
import { createLogger } from '../log/logger.js';
import { formatIssue } from '../import/dataset.js';
import { loadDataset } from '../import/loadDataset.js';
import { ensureLauncher } from '../neo4j/embedded/launcher.js';
import { EmbeddedNeo4jError } from '../neo4j/embedded/prerequisites.js';
import { DataValidationError } from '../import/dataset.js';
import { ImportError } from '../import/importer.js';
import { DatabaseAuthError, DatabaseNotFoundError, DatabaseUnavailableError } from '../neo4j/errors.js';
import { runImport } from './importCommand.js';
import { runEmbeddedNeo4j } from './neo4jCommand.js';
import { runMigrate, runSeed } from './setupCommands.js';

const USAGE = `PlanGraph command line

  plangraph validate [plan files...]   check the data folder (all files; report only the given ones)
  plangraph import [plan files...] [--prune]
                                       validate, then load into Neo4j (all plans, or the given ones);
                                       --prune deletes items of those plans that the files no longer have
  plangraph migrate                    apply the database schema and record it in the graph (once per release)
  plangraph seed                       load what is missing of the dataset, file by file, recording each
                                       (completes a seed that failed part-way); migrates first
  plangraph neo4j-install              fetch the embedded Neo4j's jars with Maven (done by the first start otherwise)
  plangraph neo4j                      run the embedded Neo4j alone, in the foreground, and print how to connect

Configuration comes from the environment (see README).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'validate':
      return validate(args);
    case 'import':
      return runImport(loadConfig(), args);
    case 'migrate':
      return runMigrate(loadConfig());
    case 'seed':
      return runSeed(loadConfig());
    case 'neo4j':
      return runEmbeddedNeo4j(loadConfig());
    case 'neo4j-install':
      await ensureLauncher(createLogger(loadConfig().logLevel));
      return 0;
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return command ? 0 : 2;
    default:
      process.stderr.write(`unknown command '${command}'\n\n${USAGE}\n`);
      return 2;
  }
}

function validate(files: string[]): number {
  const config = loadConfig();
  const { dataset, issues } = loadDataset(config.data.dir);
  const wanted = files.map((f) => path.relative(config.data.dir, path.resolve(f)));
  const shown = wanted.length ? issues.filter((i) => wanted.includes(i.file) || !i.file.startsWith('plans/')) : issues;
  for (const issue of shown) process.stderr.write(`${formatIssue(issue)}\n`);
  if (shown.length > 0) {
    process.stderr.write(`\n${shown.length} problem${shown.length === 1 ? '' : 's'} found.\n`);
    return 1;
  }
  const plans = dataset?.plans.length ?? wanted.length;
  process.stdout.write(`The data is valid (${plans} plan file${plans === 1 ? '' : 's'}${issues.length ? `; ${issues.length} problems in other files` : ''}).\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    const known = [ConfigError, EmbeddedNeo4jError, DataValidationError, ImportError, DatabaseAuthError, DatabaseNotFoundError, DatabaseUnavailableError];
    if (known.some((kind) => err instanceof kind)) process.stderr.write(`${(err as Error).message}\n`);
    else process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
