import type { DatabaseLimits, Neo4jConfig } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import { createDriver, type Neo4jConnection } from './connection.js';
import { Database } from './database.js';
import { EmbeddedNeo4j } from './embedded/embeddedNeo4j.js';
import { Neo4jSupervisor, RestartPolicy } from './embedded/supervisor.js';

/** A Database plus whatever it takes to keep it running and to stop it (the embedded JVM). */
export interface Neo4jRuntime {
  readonly db: Database;
  readonly embedded: EmbeddedNeo4j | undefined;
  /** Restarts the embedded JVM when it crashes; undefined for an external Neo4j. */
  readonly supervisor: Neo4jSupervisor | undefined;
  stop(): Promise<void>;
}

/**
 * Connects to the configured Neo4j, starting the embedded one first when NEO4J_URI is not set.
 * The embedded one is supervised: its crash marks the database down at once (requests fail
 * fast with DATABASE_UNAVAILABLE), and its restart points the driver at the new JVM.
 */
export async function openNeo4j(config: Neo4jConfig, logger: Logger, limits: Partial<DatabaseLimits> = {}): Promise<Neo4jRuntime> {
  let embedded: EmbeddedNeo4j | undefined;
  let supervisor: Neo4jSupervisor | undefined;
  let connection: Neo4jConnection;
  if (config.mode === 'embedded') {
    const embeddedLogger = logger.child({ component: 'embedded-neo4j' });
    embedded = new EmbeddedNeo4j(config, embeddedLogger);
    supervisor = new Neo4jSupervisor(embedded, new RestartPolicy(config.maxRestarts ?? 5), embeddedLogger);
    connection = await supervisor.start();
  } else {
    connection = config;
  }
  const pool = { poolSize: limits.poolSize, acquireTimeoutMs: limits.acquireTimeoutMs };
  const db = new Database(createDriver(connection, logger, pool), connection, logger.child({ component: 'database' }), {
    txTimeoutMs: limits.txTimeoutMs,
    ...pool,
  });
  supervisor?.on('crashed', (exit) => db.availability.markDown(`the embedded Neo4j exited with ${exit.signal ?? `status ${exit.code}`}`));
  supervisor?.on('restarted', (next) => void db.reconnect(next));
  return {
    db,
    embedded,
    supervisor,
    async stop() {
      await db.close();
      await supervisor?.stop();
    },
  };
}
