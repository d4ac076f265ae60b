import type { Config } from '../config/config.js';
import { createLogger } from '../log/logger.js';
import { EmbeddedNeo4j } from '../neo4j/embedded/embeddedNeo4j.js';

/**
 * Runs the embedded Neo4j on its own until Ctrl-C, and prints the variables that point PlanGraph
 * (or its tests, or a Neo4j client) at it. Handy to keep one database up across test runs.
 */
export async function runEmbeddedNeo4j(config: Config): Promise<number> {
  if (config.neo4j.mode !== 'embedded') {
    process.stderr.write('NEO4J_URI is set: there is no embedded Neo4j to run.\n');
    return 2;
  }
  const neo4j = new EmbeddedNeo4j(config.neo4j, createLogger(config.logLevel));
  const connection = await neo4j.start();
  process.stdout.write(
    `\nNeo4j is running. To use it from another shell:\n\n  export NEO4J_URI=${connection.uri} NEO4J_USER=${connection.user} NEO4J_PASSWORD=${connection.password}\n\nCtrl-C stops it.\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await neo4j.stop();
  return 0;
}
