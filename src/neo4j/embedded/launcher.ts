import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config/paths.js';
import type { Logger } from '../../log/logger.js';
import { checkMaven, EmbeddedNeo4jError, mavenExecutable } from './prerequisites.js';

/**
 * The launcher is a small Java program (neo4j-launcher/) that runs Neo4j from its Maven Central
 * artifacts. Maven builds it and copies the Neo4j jars once; a stamp of the launcher's sources
 * lets later starts reuse the jars without asking Maven anything.
 */
export interface LauncherFiles {
  readonly classpath: string;
  readonly mainClass: string;
}

const MAIN_CLASS = 'org.plangraph.neo4j.EmbeddedNeo4j';

export function launcherDir(): string {
  return path.join(projectRoot(), 'neo4j-launcher');
}

function paths(dir: string) {
  const target = path.join(dir, 'target');
  return {
    jar: path.join(target, 'plangraph-neo4j.jar'),
    lib: path.join(target, 'lib'),
    stamp: path.join(target, 'plangraph.stamp'),
  };
}

function sourceStamp(dir: string): string {
  const hash = crypto.createHash('sha256');
  const files = [path.join(dir, 'pom.xml'), ...listFiles(path.join(dir, 'src'))].sort();
  for (const file of files) hash.update(path.relative(dir, file)).update(fs.readFileSync(file));
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

export function isLauncherBuilt(dir = launcherDir()): boolean {
  const p = paths(dir);
  return fs.existsSync(p.jar) && fs.existsSync(p.lib) && fs.existsSync(p.stamp) && fs.readFileSync(p.stamp, 'utf8') === sourceStamp(dir);
}

/** Builds the launcher with Maven unless an up-to-date build is already there. */
export async function ensureLauncher(logger: Logger, dir = launcherDir()): Promise<LauncherFiles> {
  const p = paths(dir);
  if (!isLauncherBuilt(dir)) {
    checkMaven();
    logger.info('fetching Neo4j from Maven Central and building the launcher (first start only)', { dir });
    await runMaven(dir, logger);
    fs.writeFileSync(p.stamp, sourceStamp(dir));
    logger.info('Neo4j launcher ready', { dir });
  }
  return { classpath: [p.jar, path.join(p.lib, '*')].join(path.delimiter), mainClass: MAIN_CLASS };
}

function runMaven(dir: string, logger: Logger): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(mavenExecutable(), ['-B', '-q', '-f', path.join(dir, 'pom.xml'), 'package'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const keep = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.length > 200) output.shift();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) => reject(new EmbeddedNeo4jError(`Maven could not be started: ${err.message}`)));
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      const tail = output.join('').split('\n').filter(Boolean).slice(-15).join('\n');
      logger.error('Maven failed to build the Neo4j launcher', { exitCode: code });
      reject(new EmbeddedNeo4jError(`Maven failed (exit ${code}) while fetching Neo4j into ${dir}:\n${tail}`));
    });
  });
}
