import type { Config } from '../config/config.js';
import { importDataset } from '../import/importer.js';
import { loadValidDataset } from '../import/loadDataset.js';
import type { Logger } from '../log/logger.js';
import type { Database } from '../neo4j/database.js';
import { hasPlans } from '../repository/importRepository.js';

/** On first start (an empty graph), loads the whole dataset; later starts leave the graph alone. */
export async function importWhenEmpty(db: Database, config: Config, logger: Logger): Promise<void> {
  if (!config.data.importWhenEmpty || (await hasPlans(db))) return;
  logger.info('the graph is empty: importing the dataset', { dir: config.data.dir });
  const dataset = loadValidDataset(config.data.dir);
  const reports = await importDataset(db, dataset, { actor: 'system:first-start', onProgress: (message) => logger.info(message) });
  logger.info('dataset imported', { files: reports.length, nodes: reports.reduce((n, r) => n + r.nodes.created, 0) });
}
