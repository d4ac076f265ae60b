import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/** Raised when the embedded Neo4j can not run on this machine; the message says what to do. */
export class EmbeddedNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedNeo4jError';
  }
}

const WAYS_FORWARD =
  'Either install Java 17 or newer and Apache Maven (for example `apt install openjdk-17-jdk-headless maven`), ' +
  'or point PlanGraph at a Neo4j you already run by setting NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, ' +
  'or run `docker compose up`, which brings its own Neo4j.';

export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** The major version of the Java that will run Neo4j; refuses a missing or too old one. */
export function checkJava(env: NodeJS.ProcessEnv = process.env): number {
  const java = javaExecutable(env);
  const result = spawnSync(java, ['-version'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) {
    throw new EmbeddedNeo4jError(`The embedded Neo4j needs Java 17 or newer, but '${java}' could not be run (${result.error?.message ?? `exit ${result.status}`}). ${WAYS_FORWARD}`);
  }
  const version = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = version ? (version[1] === '1' ? Number(version[2]) : Number(version[1])) : NaN;
  if (!(major >= 17)) {
    throw new EmbeddedNeo4jError(`The embedded Neo4j needs Java 17 or newer, but '${java}' is version ${Number.isNaN(major) ? 'unknown' : major}. ${WAYS_FORWARD}`);
  }
  return major;
}

export function mavenExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.PLANGRAPH_MAVEN ?? 'mvn';
}

export function checkMaven(env: NodeJS.ProcessEnv = process.env): void {
  const mvn = mavenExecutable(env);
  const result = spawnSync(mvn, ['-v'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) {
    throw new EmbeddedNeo4jError(`The first start of the embedded Neo4j fetches its jars with Maven, but '${mvn}' could not be run (${result.error?.message ?? `exit ${result.status}`}). ${WAYS_FORWARD}`);
  }
}

/**
 * Refuses a Bolt port something else already listens on, before a JVM is started for it: the
 * JVM would find out too, but only after booting (tens of seconds on a small machine). A port
 * taken between this check and the JVM's bind still fails there, with the same message.
 */
export async function checkBoltPort(port: number, host = '127.0.0.1'): Promise<void> {
  if (port === 0) return;
  const probe = net.createServer();
  const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
    probe.once('error', (err: NodeJS.ErrnoException) => resolve(err));
    probe.listen({ port, host, exclusive: true }, () => resolve(undefined));
  });
  await new Promise<void>((resolve) => (probe.listening ? probe.close(() => resolve()) : resolve()));
  if (error?.code === 'EADDRINUSE') throw new EmbeddedNeo4jError(boltPortInUse(port, `${host}:${port}: ${error.code}`));
}

export const boltPortInUse = (port: number, reason: string) =>
  `Bolt port ${port} is already in use; set PLANGRAPH_NEO4J_BOLT_PORT to a free port, or to 0 to pick one. (${reason})`;
