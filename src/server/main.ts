import { ConfigError, loadConfig } from '../config/config.js';
import { createLogger } from '../log/logger.js';
import { EmbeddedNeo4jError } from '../neo4j/embedded/prerequisites.js';
import { startServer } from './server.js';

/**
 * `npm start`: read the configuration, start the service, and stop it cleanly on SIGINT or
 * SIGTERM (requests in flight finish, the driver closes, the embedded Neo4j shuts down).
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel, { service: 'plangraph' });
  let server;
  try {
    server = await startServer(config, logger);
  } catch (err) {
    logger.error('PlanGraph could not start', { error: err });
    if (err instanceof EmbeddedNeo4jError || (err as Error).name === 'PortInUseError') process.stderr.write(`\n${(err as Error).message}\n`);
    process.exit(1);
  }
  const running = server;
  const shutdown = (signal: string) => {
    logger.info('signal received', { signal });
    running.stop().then(() => process.exit(0), (err: unknown) => {
      logger.error('shutdown failed', { error: err });
      process.exit(1);
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  running.prepared.catch(async (err: unknown) => {
    logger.error('the database could not be prepared', { error: err });
    process.stderr.write(`\n${(err as Error).message}\n`);
    await running.stop();
    process.exit(1);
  });
}

void main();
