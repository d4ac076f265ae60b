import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Memory and CPU of server processes, read from /proc while they serve a load: resident set
 * size sampled every 100 ms (its peak and mean), and the CPU time (user + system) the process
 * spent during the window. Linux only; elsewhere the numbers are absent.
 */
export interface ProcessUsage {
  readonly peakRssMb: number;
  readonly meanRssMb: number;
  readonly cpuMs: number;
}

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function rssKb(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** utime + stime in milliseconds (fields 14 and 15 of /proc/<pid>/stat, after the command name). */
export function cpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
  } catch {
    return undefined;
  }
}

export function currentRssMb(pid: number): number | undefined {
  const kb = rssKb(pid);
  return kb === undefined ? undefined : kb / 1024;
}

/** Samples the processes until stop() is called; stop() returns each one's usage by pid. */
export function sampleProcesses(pids: readonly number[]): { stop(): Map<number, ProcessUsage> } {
  const samples = new Map<number, number[]>(pids.map((pid) => [pid, []]));
  const cpuStart = new Map(pids.map((pid) => [pid, cpuMs(pid)]));
  const sample = () => {
    for (const pid of pids) {
      const kb = rssKb(pid);
      if (kb !== undefined) samples.get(pid)!.push(kb);
    }
  };
  sample();
  const timer = setInterval(sample, 100);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      const usage = new Map<number, ProcessUsage>();
      for (const pid of pids) {
        const kb = samples.get(pid)!;
        const start = cpuStart.get(pid);
        const end = cpuMs(pid);
        if (kb.length === 0 || start === undefined || end === undefined) continue;
        usage.set(pid, { peakRssMb: Math.max(...kb) / 1024, meanRssMb: kb.reduce((a, b) => a + b, 0) / kb.length / 1024, cpuMs: end - start });
      }
      return usage;
    },
  };
}
