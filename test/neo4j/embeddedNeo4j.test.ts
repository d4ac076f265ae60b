import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EmbeddedNeo4jConfig } from '../../src/config/config.js';
import { projectRoot } from '../../src/config/paths.js';
import { silentLogger } from '../../src/log/logger.js';
import { EmbeddedNeo4j } from '../../src/neo4j/embedded/embeddedNeo4j.js';
import { checkJava, checkMaven, EmbeddedNeo4jError } from '../../src/neo4j/embedded/prerequisites.js';
import { openTestDatabase } from '../support/neo4j.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-embedded-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function embeddedConfig(dataDir: string): EmbeddedNeo4jConfig {
  return { mode: 'embedded', dataDir, boltPort: 0, heapMb: 512, pageCacheMb: 32, database: undefined };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return condition();
}

describe('embedded Neo4j', () => {
  it('starts on loopback with a password, keeps its data between runs, and leaves no process after stop', async () => {
    const dataDir = tempDir();
    const first = new EmbeddedNeo4j(embeddedConfig(dataDir), silentLogger);
    const connection = await first.start();
    expect(connection.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const pid = first.pid!;
    const db = openTestDatabase(connection);
    await db.write({ name: 'test/create', text: "CREATE (:Marker {name: 'kept'})" });
    await db.close();
    await first.stop();
    expect(alive(pid)).toBe(false);

    const second = new EmbeddedNeo4j(embeddedConfig(dataDir), silentLogger);
    const again = await second.start();
    expect(again.password).not.toBe(connection.password);
    const db2 = openTestDatabase(again);
    const rows = await db2.read({ name: 'test/read', text: 'MATCH (m:Marker) RETURN m.name AS name' });
    expect(rows).toEqual([{ name: 'kept' }]);
    await db2.close();
    await second.stop();
  });

  it('stops its JVM when the process that started it is killed without warning', async () => {
    const dataDir = tempDir();
    const script = path.join(projectRoot(), 'test', 'support', 'startEmbedded.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir], { cwd: projectRoot(), stdio: ['ignore', 'pipe', 'inherit'] });
    const jvmPid = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /JVM_PID (\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', (code) => reject(new Error(`helper exited with ${code}`)));
    });
    expect(alive(jvmPid)).toBe(true);
    child.kill('SIGKILL');
    expect(await waitUntil(() => !alive(jvmPid), 60_000)).toBe(true);
  });

  it('says which folder is not writable and how to choose another', async () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, '');
    const neo4j = new EmbeddedNeo4j(embeddedConfig(path.join(file, 'data')), silentLogger);
    await expect(neo4j.start()).rejects.toThrow(/the Neo4j data folder .*a-file\/data is not writable .* set PLANGRAPH_NEO4J_DIR/);
  });

  it('refuses a data folder that another running Neo4j holds', async () => {
    const dataDir = tempDir();
    const first = new EmbeddedNeo4j(embeddedConfig(dataDir), silentLogger);
    await first.start();
    try {
      const second = new EmbeddedNeo4j(embeddedConfig(dataDir), silentLogger);
      await expect(second.start()).rejects.toThrow(/in use by another Neo4j process/);
    } finally {
      await first.stop();
    }
  });

  it('names what is missing and both ways forward when Java or Maven can not be run', () => {
    expect(() => checkJava({ ...process.env, JAVA_HOME: '/nonexistent-java' })).toThrow(EmbeddedNeo4jError);
    expect(() => checkJava({ ...process.env, JAVA_HOME: '/nonexistent-java' })).toThrow(/needs Java 17 or newer.*\/nonexistent-java\/bin\/java.*install Java 17.*Maven.*NEO4J_URI.*docker compose/s);
    expect(() => checkMaven({ ...process.env, PLANGRAPH_MAVEN: '/nonexistent-mvn' })).toThrow(/fetches its jars with Maven.*\/nonexistent-mvn.*NEO4J_URI/s);
    expect(checkJava()).toBeGreaterThanOrEqual(17);
  });
});
