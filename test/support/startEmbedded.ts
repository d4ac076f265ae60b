// Starts an embedded Neo4j in the given folder, prints the JVM's pid and waits: a test kills
// this process with SIGKILL and checks that the JVM goes away by itself.
import { silentLogger } from '../../src/log/logger.js';
import { EmbeddedNeo4j } from '../../src/neo4j/embedded/embeddedNeo4j.js';

const neo4j = new EmbeddedNeo4j({ mode: 'embedded', dataDir: process.argv[2]!, boltPort: 0, heapMb: 512, pageCacheMb: 32, database: undefined }, silentLogger);
await neo4j.start();
process.stdout.write(`JVM_PID ${neo4j.pid}\n`);
setInterval(() => {}, 1_000);
