import path from 'node:path';
import type { Config } from '../config/config.js';
import { DataValidationError } from '../import/dataset.js';
import { importDataset } from '../import/importer.js';
import { loadValidDataset } from '../import/loadDataset.js';
import { createLogger } from '../log/logger.js';
import { openNeo4j } from '../neo4j/runtime.js';
import { SETUP_TX_TIMEOUT_MS } from '../setup/lock.js';
import { migrate } from '../setup/migrate.js';

/** `plangraph import [files...] [--prune]`: validate everything, then write plan by plan. */
export async function runImport(config: Config, args: string[]): Promise<number> {
  const prune = args.includes('--prune');
  const files = args.filter((a) => a !== '--prune');
  let dataset;
  try {
    dataset = loadValidDataset(config.data.dir);
  } catch (err) {
    if (!(err instanceof DataValidationError)) throw err;
    process.stderr.write(`${err.message}\n\nNothing was imported.\n`);
    return 1;
  }
  const planIds = files.map((f) => {
    const rel = path.relative(config.data.dir, path.resolve(f));
    const plan = dataset.plans.find((p) => p.file === rel || p.data.plan.id === f);
    if (!plan) throw new Error(`${f} is not a plan file of ${config.data.dir}/plans (or a plan id)`);
    return plan.data.plan.id;
  });

  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const neo4j = await openNeo4j(config.neo4j, logger, config.database);
  try {
    await migrate(neo4j.db.withTimeout(SETUP_TX_TIMEOUT_MS), logger);
    const reports = await importDataset(neo4j.db.withTimeout(SETUP_TX_TIMEOUT_MS), dataset, {
      actor: `cli:${process.env.USER ?? 'unknown'}`,
      prune,
      plans: planIds.length ? planIds : undefined,
      onProgress: (message) => process.stdout.write(`${message}\n`),
    });
    const stale = reports.reduce((n, r) => n + r.stale.nodes.length + r.stale.relationships, 0);
    process.stdout.write(`\nImported ${reports.length} files into ${neo4j.db.uri}.${stale && !prune ? ` ${stale} items in the graph are no longer in their files (see above); --prune deletes them.` : ''}\n`);
    return 0;
  } finally {
    await neo4j.stop();
  }
}
