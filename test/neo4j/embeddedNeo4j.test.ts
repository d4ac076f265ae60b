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
import { until } from '../support/wait.js';

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
  return { mode: 'embedded', dataDir, boltPort: 0, heapMb: 256, pageCacheMb: 16 };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}


describe('embedded Neo4j', () => {
  // Starting, restarting, refusing a second process on the folder and failing on a broken store
  // are tested with one JVM in supervision.test.ts.

  it('stops its JVM when the process that started it is killed without warning, even while Neo4j is starting', async () => {
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
    // Neo4j is at work once it has created its store folder.
    await until(() => fs.existsSync(path.join(dataDir, 'data')), (exists) => exists);
    expect(alive(jvmPid)).toBe(true);
    child.kill('SIGKILL');
    await until(() => alive(jvmPid), (up) => !up);
  });

  it('says which folder can not be created or written and how to choose another', async () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, '');
    const neo4j = new EmbeddedNeo4j(embeddedConfig(path.join(file, 'data')), silentLogger);
    await expect(neo4j.start()).rejects.toThrow(/the Neo4j data folder .*a-file\/data can not be created or written .* set PLANGRAPH_NEO4J_DIR/);
  });

  it('names what is missing and both ways forward when Java or Maven can not be run', () => {
    expect(() => checkJava({ ...process.env, JAVA_HOME: '/nonexistent-java' })).toThrow(EmbeddedNeo4jError);
    expect(() => checkJava({ ...process.env, JAVA_HOME: '/nonexistent-java' })).toThrow(/needs Java 17 or newer.*\/nonexistent-java\/bin\/java.*install Java 17.*Maven.*NEO4J_URI.*docker compose/s);
    expect(() => checkMaven({ ...process.env, PLANGRAPH_MAVEN: '/nonexistent-mvn' })).toThrow(/fetches its jars with Maven.*\/nonexistent-mvn.*NEO4J_URI/s);
    expect(checkJava()).toBeGreaterThanOrEqual(17);
  });
});
