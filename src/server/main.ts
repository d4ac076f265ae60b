import { ConfigError, loadConfig } from '../config/config.js';
import { createLogger } from '../log/logger.js';
import { startServer } from './server.js';

/**
 * `npm start`: read the configuration, start the service, and stop it cleanly on SIGINT or
 * SIGTERM (not ready first, then requests in flight finish, the driver closes, the embedded
 * Neo4j shuts down). Every start-up fault ends the process within seconds with status 1 and its
 * cause on stderr; so does an embedded Neo4j that keeps crashing past its restart budget.
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
  const fail = (what: string, err: unknown) => {
    logger.error(what, { error: err });
    process.stderr.write(`\nPlanGraph: ${what}: ${(err as Error).message ?? String(err)}\n`);
  };
  let server;
  try {
    server = await startServer(config, logger);
  } catch (err) {
    fail('could not start', err);
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
    fail('the database could not be prepared', err);
    await running.stop().catch(() => {});
    process.exit(1);
  });
  // Restarting in-process is the first line; past its budget an outer supervisor must act.
  running.neo4j.supervisor?.on('gave-up', (err) => {
    fail('the embedded Neo4j can not be kept running', err);
    void running.stop().catch(() => {}).finally(() => process.exit(1));
  });
}

void main();
