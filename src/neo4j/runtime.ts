import type { Neo4jConfig } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import { createDriver, type Neo4jConnection } from './connection.js';
import { Database } from './database.js';
import { EmbeddedNeo4j } from './embedded/embeddedNeo4j.js';

/** A Database plus whatever it takes to stop it (the embedded JVM, when there is one). */
export interface Neo4jRuntime {
  readonly db: Database;
  readonly embedded: EmbeddedNeo4j | undefined;
  stop(): Promise<void>;
}

/** Connects to the configured Neo4j, starting the embedded one first when NEO4J_URI is not set. */
export async function openNeo4j(config: Neo4jConfig, logger: Logger): Promise<Neo4jRuntime> {
  let embedded: EmbeddedNeo4j | undefined;
  let connection: Neo4jConnection;
  if (config.mode === 'embedded') {
    embedded = new EmbeddedNeo4j(config, logger.child({ component: 'embedded-neo4j' }));
    connection = await embedded.start();
  } else {
    connection = config;
  }
  const db = new Database(createDriver(connection, logger), connection, logger.child({ component: 'database' }));
  return {
    db,
    embedded,
    async stop() {
      await db.close();
      await embedded?.stop();
    },
  };
}
