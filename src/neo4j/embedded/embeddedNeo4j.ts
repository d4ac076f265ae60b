import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { EmbeddedNeo4jConfig } from '../../config/config.js';
import type { Logger } from '../../log/logger.js';
import type { Neo4jConnection } from '../connection.js';
import { ensureLauncher } from './launcher.js';
import { boltPortInUse, checkBoltPort, checkJava, EmbeddedNeo4jError, javaExecutable } from './prerequisites.js';

const READY = 'PLANGRAPH_NEO4J_READY';
const FAILED = 'PLANGRAPH_NEO4J_FAILED';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

/**
 * The only variables of this process the JVM gets: what Java itself needs. Nothing else (no
 * NEO4J_PASSWORD, API keys or JWT secrets) reaches the child; its own password goes through
 * its standard input, never through its environment or command line.
 */
const JVM_ENVIRONMENT = ['PATH', 'HOME', 'JAVA_HOME', 'JAVA_TOOL_OPTIONS', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR'];

/** How the JVM ended when nobody asked it to. */
export interface Neo4jExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly pid: number | undefined;
}

/**
 * A Neo4j that PlanGraph runs itself, in a child JVM, with Bolt on 127.0.0.1 only. The password
 * is random per instance (kept across restarts of the JVM) and only ever lives in memory. The
 * JVM also stops by itself when this process dies (it watches its stdin), so no orphan keeps the
 * store locked. Emits `exit` when the JVM ends without `stop()` (a crash, kill -9): at once,
 * from the child's exit event.
 */
export class EmbeddedNeo4j extends EventEmitter<{ exit: [Neo4jExit] }> {
  private child: ChildProcess | undefined;
  private exited: Promise<void> | undefined;
  private stopping = false;
  private connectionInfo: Neo4jConnection | undefined;
  private readonly password: string;

  constructor(private readonly config: EmbeddedNeo4jConfig, private readonly logger: Logger) {
    super();
    this.password = config.password ?? crypto.randomBytes(24).toString('base64url');
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get connection(): Neo4jConnection | undefined {
    return this.connectionInfo;
  }

  get running(): boolean {
    return this.child !== undefined && this.connectionInfo !== undefined;
  }

  async start(): Promise<Neo4jConnection> {
    if (this.connectionInfo) return this.connectionInfo;
    checkJava();
    prepareDataDir(this.config.dataDir);
    await checkBoltPort(this.config.boltPort);
    const launcher = await ensureLauncher(this.logger);
    this.stopping = false;

    this.logger.info('starting embedded Neo4j', { dataDir: this.config.dataDir, boltPort: this.config.boltPort || 'any free port' });
    const child = spawn(
      javaExecutable(),
      [
        `-Xmx${this.config.heapMb}m`,
        '-XX:+UseG1GC',
        '-cp',
        launcher.classpath,
        launcher.mainClass,
        this.config.dataDir,
        String(this.config.boltPort),
        String(this.config.pageCacheMb),
        this.config.database ?? 'neo4j',
      ],
      { stdio: ['pipe', 'pipe', 'pipe'], env: jvmEnvironment() },
    );
    this.child = child;
    child.stdin!.on('error', () => {}); // a JVM that already died closed its end
    child.stdin!.write(`${this.password}\n`);
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        const wasReady = this.connectionInfo !== undefined;
        if (this.child === child) {
          this.child = undefined;
          this.connectionInfo = undefined;
        }
        resolve();
        if (wasReady && !this.stopping) {
          this.logger.error('embedded Neo4j exited unexpectedly', { pid: child.pid, code, signal });
          this.emit('exit', { code, signal, pid: child.pid });
        }
      }),
    );
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

    const port = await this.waitForReady(child, stderrTail);
    this.connectionInfo = { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: this.password, database: this.config.database ?? 'neo4j' };
    this.logger.info('embedded Neo4j ready', { uri: this.connectionInfo.uri, pid: child.pid });
    return this.connectionInfo;
  }

  private waitForReady(child: ChildProcess, stderrTail: string[]): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new EmbeddedNeo4jError(`the embedded Neo4j did not start within ${START_TIMEOUT_MS / 1000} s`));
      }, START_TIMEOUT_MS);
      const done = (err: Error | undefined, port?: number) => {
        clearTimeout(timer);
        if (err) reject(err);
        else resolve(port!);
      };
      readline.createInterface({ input: child.stdout! }).on('line', (line) => {
        if (line.startsWith(READY)) done(undefined, Number(line.slice(READY.length).trim()));
        else if (line.startsWith(FAILED)) done(this.explainFailure(line.slice(FAILED.length).trim()));
        else this.logger.debug('neo4j', { line });
      });
      child.once('error', (err) => done(new EmbeddedNeo4jError(`the embedded Neo4j could not be started: ${err.message}`)));
      child.once('exit', (code, signal) =>
        done(new EmbeddedNeo4jError(`the embedded Neo4j exited (${signal ?? `status ${code}`}) before it was ready${stderrTail.length ? `:\n${stderrTail.join('\n')}` : ''}`)),
      );
    });
  }

  /** The launcher names the kind of failure (from exception types); the message says what to do. */
  private explainFailure(line: string): EmbeddedNeo4jError {
    const [kind = '', ...rest] = line.split(' ');
    const reason = rest.join(' ');
    switch (kind) {
      case 'STORE_LOCKED':
        return new EmbeddedNeo4jError(`the Neo4j data folder ${this.config.dataDir} is in use by another Neo4j process (is another PlanGraph running?). Stop it, or set PLANGRAPH_NEO4J_DIR to another folder. (${reason})`);
      case 'PORT_IN_USE':
        return new EmbeddedNeo4jError(boltPortInUse(this.config.boltPort, reason));
      case 'DATABASE_FAILED':
        return new EmbeddedNeo4jError(`the embedded Neo4j started but its ${reason}. Check the files under ${this.config.dataDir} (their owner and permissions), or move the folder away to start with an empty graph.`);
      default:
        return new EmbeddedNeo4jError(`the embedded Neo4j failed to start: ${reason || line}`);
    }
  }

  /** Stops the JVM cleanly (SIGTERM runs Neo4j's shutdown), then forcefully if it hangs. */
  async stop(): Promise<void> {
    const child = this.child;
    this.stopping = true;
    if (!child || !this.exited) return;
    if (child.exitCode === null && child.signalCode === null) {
      this.logger.info('stopping embedded Neo4j', { pid: child.pid });
      child.kill('SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS).unref());
      if ((await Promise.race([this.exited, timeout])) === 'timeout') {
        this.logger.warn('embedded Neo4j did not stop in time; killing it', { pid: child.pid });
        child.kill('SIGKILL');
      }
    }
    await this.exited;
    this.exited = undefined;
  }
}

function jvmEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of JVM_ENVIRONMENT) if (process.env[name] !== undefined) env[name] = process.env[name];
  return env;
}

/**
 * The folder must exist and be writable before the JVM starts: Neo4j itself would only log the
 * cause. Checked with a real write, since permissions alone do not tell (root, read-only mounts).
 */
function prepareDataDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (err) {
    throw new EmbeddedNeo4jError(`the Neo4j data folder ${dir} can not be created or written (${(err as Error).message}); set PLANGRAPH_NEO4J_DIR to a folder this user can write`);
  }
}
