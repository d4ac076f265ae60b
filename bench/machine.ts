import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/** The machine a run took its numbers on, as lines of the results section. */
export function describeMachine(neo4jVersion: string, neo4jMode: string): string[] {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  // x86 names the CPU in "model name"; some ARM kernels do not, then Node's view is the best left.
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  const load = os.loadavg().map((l) => l.toFixed(2)).join(', ');
  return [
    `- Date: ${execFileSync('date', ['-u'], { encoding: 'utf8' }).trim()}`,
    `- CPU: ${cpu}, ${os.cpus().length} logical cores; load average at the start ${load}`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node.js ${process.version}, ${os.type()} ${os.release()}`,
    `- Neo4j: ${neo4jVersion} (${neo4jMode})`,
  ];
}
