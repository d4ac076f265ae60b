import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { redactUri } from '../src/config/config.js';
import { silentLogger } from '../src/log/logger.js';
import type { Neo4jConnection } from '../src/neo4j/connection.js';
import { EmbeddedNeo4j } from '../src/neo4j/embedded/embeddedNeo4j.js';

/**
 * The Neo4j a scale runs on: a fresh embedded one in a throwaway folder (the default), or the
 * one NEO4J_URI names. An external database is only emptied when the run is told it may be
 * (--wipe): the benchmark deletes nothing it was not allowed to.
 */
export interface Neo4jInstance {
  readonly connection: Neo4jConnection;
  readonly description: string;
  /** The JVM's process id when it is embedded, to measure its CPU. */
  readonly pid: number | undefined;
  readonly external: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedMemory {
  readonly heapMb: number;
  readonly pageCacheMb: number;
}

export function externalConnection(): Neo4jConnection | undefined {
  if (!process.env.NEO4J_URI) return undefined;
  return {
    uri: process.env.NEO4J_URI,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE || undefined,
  };
}

/**
 * `storeDir`: keep the embedded store in that folder and leave it there afterwards (to reuse an
 * imported graph); without it the store lives in a temporary folder deleted at the end.
 */
export async function openNeo4jInstance(memory: EmbeddedMemory, storeDir?: string): Promise<Neo4jInstance> {
  const external = externalConnection();
  if (external) {
    return { connection: external, description: `external, ${redactUri(external.uri)}`, pid: undefined, external: true, stop: async () => {} };
  }
  const dataDir = storeDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-bench-neo4j-'));
  fs.mkdirSync(dataDir, { recursive: true });
  const embedded = new EmbeddedNeo4j({ mode: 'embedded', dataDir, boltPort: 0, database: undefined, ...memory }, silentLogger);
  const cleanUp = async () => {
    await embedded.stop();
    if (!storeDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const connection = await embedded.start();
    return {
      connection,
      description: `embedded, heap ${memory.heapMb} MB, page cache ${memory.pageCacheMb} MB`,
      pid: embedded.pid,
      external: false,
      stop: cleanUp,
    };
  } catch (err) {
    await cleanUp();
    throw err;
  }
}
