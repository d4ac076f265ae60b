// Starts an embedded Neo4j in the given folder and prints the JVM's pid as soon as it runs: a
// test kills this process with SIGKILL and checks that the JVM goes away by itself.
import { silentLogger } from '../../src/log/logger.js';
import { EmbeddedNeo4j } from '../../src/neo4j/embedded/embeddedNeo4j.js';

const neo4j = new EmbeddedNeo4j({ mode: 'embedded', dataDir: process.argv[2]!, boltPort: 0, heapMb: 256, pageCacheMb: 16 }, silentLogger);
neo4j.start().catch(() => {});
const poll = setInterval(() => {
  if (neo4j.pid === undefined) return;
  clearInterval(poll);
  process.stdout.write(`JVM_PID ${neo4j.pid}\n`);
}, 10);
setInterval(() => {}, 1_000);
