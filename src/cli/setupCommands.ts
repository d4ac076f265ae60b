import type { Config } from '../config/config.js';
import { createLogger } from '../log/logger.js';
import { openNeo4j } from '../neo4j/runtime.js';
import { SETUP_TX_TIMEOUT_MS } from '../setup/lock.js';
import { migrate } from '../setup/migrate.js';
import { seed } from '../setup/seed.js';

/**
 * `plangraph migrate`: applies the schema and records it in the graph. Run it once per release
 * as a job in a cluster deployment (API replicas then start with PLANGRAPH_MIGRATE=require).
 */
export async function runMigrate(config: Config): Promise<number> {
  const logger = createLogger(config.logLevel);
  const neo4j = await openNeo4j(config.neo4j, logger, config.database);
  try {
    const { version, statements } = await migrate(neo4j.db.withTimeout(SETUP_TX_TIMEOUT_MS), logger);
    process.stdout.write(statements ? `Schema ${version} applied to ${neo4j.db.uri} (${statements} statements).\n` : `Schema ${version} was already applied to ${neo4j.db.uri}: nothing to do.\n`);
    return 0;
  } finally {
    await neo4j.stop();
  }
}

/**
 * `plangraph seed`: loads what is missing of the dataset (migrating first), recording each file
 * in the graph; a run that failed part-way is completed by the next one.
 */
export async function runSeed(config: Config): Promise<number> {
  const logger = createLogger(config.logLevel);
  const neo4j = await openNeo4j(config.neo4j, logger, config.database);
  try {
    await migrate(neo4j.db.withTimeout(SETUP_TX_TIMEOUT_MS), logger);
    const report = await seed(neo4j.db.withTimeout(SETUP_TX_TIMEOUT_MS), config.data.dir, logger, { actor: `cli:${process.env.USER ?? 'unknown'}`, onProgress: (m) => process.stdout.write(`${m}\n`) });
    process.stdout.write(
      `Seed complete in ${neo4j.db.uri}: ${report.imported.length} file(s) imported, ${report.skipped.length} already there` +
        `${report.changed.length ? `; changed since seeded (not re-imported; use \`plangraph import\`): ${report.changed.join(', ')}` : ''}.\n`,
    );
    return 0;
  } finally {
    await neo4j.stop();
  }
}
