import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/config/paths.js';

export interface Exit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of this process without any NEO4J_* variable (embedded mode) plus `env`. */
export function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NEO4J_') && !name.startsWith('PLANGRAPH_')));
  return { ...base, LOG_LEVEL: 'warn', ...env };
}

/** Runs a PlanGraph entry point (src/server/main.ts, src/cli/main.ts) to its end. */
export function runToExit(entry: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<Exit> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot(), entry), ...args], { cwd: projectRoot(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}
