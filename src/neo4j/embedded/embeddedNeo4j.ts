import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import type { EmbeddedNeo4jConfig } from '../../config/config.js';
import type { Logger } from '../../log/logger.js';
import type { Neo4jConnection } from '../connection.js';
import { ensureLauncher } from './launcher.js';
import { checkJava, EmbeddedNeo4jError, javaExecutable } from './prerequisites.js';

const READY = 'PLANGRAPH_NEO4J_READY';
const FAILED = 'PLANGRAPH_NEO4J_FAILED';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

/**
 * A Neo4j that PlanGraph runs itself, in a child JVM, with Bolt on 127.0.0.1 only. The password
 * is random per start and only ever lives in memory. The JVM also stops by itself when this
 * process dies (it watches its stdin), so no orphan keeps the store locked.
 */
export class EmbeddedNeo4j {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> | undefined;
  private connectionInfo: Neo4jConnection | undefined;

  constructor(private readonly config: EmbeddedNeo4jConfig, private readonly logger: Logger) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get connection(): Neo4jConnection | undefined {
    return this.connectionInfo;
  }

  async start(): Promise<Neo4jConnection> {
    if (this.connectionInfo) return this.connectionInfo;
    checkJava();
    prepareDataDir(this.config.dataDir);
    const launcher = await ensureLauncher(this.logger);
    const port = this.config.boltPort || (await freePort());
    const password = this.config.password ?? crypto.randomBytes(24).toString('base64url');

    this.logger.info('starting embedded Neo4j', { dataDir: this.config.dataDir, boltPort: port });
    const child = spawn(
      javaExecutable(),
      [`-Xmx${this.config.heapMb}m`, '-XX:+UseG1GC', '-cp', launcher.classpath, launcher.mainClass, this.config.dataDir, String(port)],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, PLANGRAPH_NEO4J_PASSWORD: password, PLANGRAPH_NEO4J_PAGECACHE_MB: String(this.config.pageCacheMb) },
      },
    );
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    // A synchronous last resort for exits that skip stop(): the JVM also watches its stdin.
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    void this.exited.then(() => process.removeListener('exit', killOnExit));

    const stderrTail: string[] = [];
    readline.createInterface({ input: child.stderr! }).on('line', (line) => {
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
      this.logger.debug('neo4j', { line });
    });

    await this.waitForReady(child, port, stderrTail);
    this.connectionInfo = { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password, database: this.config.database };
    this.logger.info('embedded Neo4j ready', { uri: this.connectionInfo.uri, pid: child.pid });
    return this.connectionInfo;
  }

  private waitForReady(child: ChildProcess, port: number, stderrTail: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new EmbeddedNeo4jError(`the embedded Neo4j did not start within ${START_TIMEOUT_MS / 1000} s`));
      }, START_TIMEOUT_MS);
      const done = (err?: Error) => {
        clearTimeout(timer);
        if (err) reject(err);
        else resolve();
      };
      readline.createInterface({ input: child.stdout! }).on('line', (line) => {
        if (line.startsWith(READY)) done();
        else if (line.startsWith(FAILED)) done(this.explainFailure(line.slice(FAILED.length).trim(), port));
        else this.logger.debug('neo4j', { line });
      });
      child.once('error', (err) => done(new EmbeddedNeo4jError(`the embedded Neo4j could not be started: ${err.message}`)));
      child.once('exit', (code) => done(new EmbeddedNeo4jError(`the embedded Neo4j exited with status ${code} before it was ready${stderrTail.length ? `:\n${stderrTail.join('\n')}` : ''}`)));
    });
  }

  private explainFailure(reason: string, port: number): EmbeddedNeo4jError {
    if (/lock/i.test(reason)) {
      return new EmbeddedNeo4jError(`the Neo4j data folder ${this.config.dataDir} is in use by another Neo4j process (is another PlanGraph running?). Stop it, or set PLANGRAPH_NEO4J_DIR to another folder. (${reason})`);
    }
    if (/address already in use|bind/i.test(reason)) {
      return new EmbeddedNeo4jError(`Bolt port ${port} is already in use; set PLANGRAPH_NEO4J_BOLT_PORT to a free port, or to 0 to pick one. (${reason})`);
    }
    return new EmbeddedNeo4jError(`the embedded Neo4j failed to start: ${reason}`);
  }

  /** Stops the JVM cleanly (SIGTERM runs Neo4j's shutdown), then forcefully if it hangs. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.exited) return;
    this.connectionInfo = undefined;
    if (child.exitCode === null && child.signalCode === null) {
      this.logger.info('stopping embedded Neo4j', { pid: child.pid });
      child.kill('SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS).unref());
      if ((await Promise.race([this.exited, timeout])) === 'timeout') {
        this.logger.warn('embedded Neo4j did not stop in time; killing it', { pid: child.pid });
        child.kill('SIGKILL');
        await this.exited;
      }
    }
    this.child = undefined;
    this.exited = undefined;
  }
}

function prepareDataDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (err) {
    throw new EmbeddedNeo4jError(`the Neo4j data folder ${dir} is not writable (${(err as Error).message}); set PLANGRAPH_NEO4J_DIR to a folder this user can write`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
