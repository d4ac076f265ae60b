import type { FloorMeasurement } from './importFloor.js';
import type { ImportMeasurement } from './importMeasure.js';
import type { ReadOutcome, SideOutcome, SideTiming } from './measure.js';

/** The markdown of one run, appended to bench/RESULTS.md. */
export interface ScaleReport {
  readonly scale: number;
  readonly import: ImportMeasurement;
  /** Set when this run did not import the graph: reused from an earlier import, or taken as it was. */
  readonly importNote?: string;
  /** The same elements written by the raw driver with plain CREATE statements (bench/importFloor.ts). */
  readonly floor?: FloorMeasurement;
  readonly reads: readonly ReadOutcome[];
}

const fixed = (x: number | undefined, digits = 1) => (x === undefined || Number.isNaN(x) ? '' : x.toFixed(digits));
const ms = (x: number | undefined) => fixed(x, x !== undefined && x < 10 ? 2 : 1);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !b || Number.isNaN(a) || Number.isNaN(b) ? '' : (a / b).toFixed(2));

function timing(side: SideOutcome, clients: number): SideTiming | undefined {
  const t = side.timings.get(clients);
  return t && !t.error ? t : undefined;
}

function sideCell(side: SideOutcome, clients: number, value: (t: SideTiming) => string): string {
  if (side.skipped) return '–';
  const t = side.timings.get(clients);
  if (!t) return '';
  return t.error ? 'error' : value(t);
}

export function importTable(scales: readonly ScaleReport[]): string[] {
  const lines = [
    '| scale | files | nodes | relationships | read + validate (s) | write (s) | elements/s written | floor: raw driver, plain CREATE (s) | floor elements/s | import / floor throughput |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const s of scales) {
    const i = s.import;
    const reused = s.importNote ? ` (${s.importNote})` : '';
    lines.push(`| ${s.scale}x${reused} | ${i.files || ''} | ${i.nodes} | ${i.relationships} | ${fixed(i.loadMs / 1000)} | ${fixed(i.writeMs / 1000)} | ${Number.isNaN(i.elementsPerSecond) ? '' : Math.round(i.elementsPerSecond)} | ${s.floor ? fixed(s.floor.writeMs / 1000) : ''} | ${s.floor ? Math.round(s.floor.elementsPerSecond) : ''} | ${ratio(i.elementsPerSecond, s.floor?.elementsPerSecond)} |`);
  }
  const largest = [...scales].reverse().find((s) => s.import.statements.length);
  if (largest) {
    lines.push('', `Where the write time went at ${largest.scale}x (statement, runs, total seconds, share of the write time):`, '');
    lines.push('| statement | runs | total (s) | share |', '| --- | ---: | ---: | ---: |');
    const share = (msValue: number) => `${fixed((100 * msValue) / largest.import.writeMs, 0)}%`;
    for (const st of largest.import.statements.slice(0, 8)) {
      lines.push(`| ${st.name} | ${st.count} | ${fixed(st.totalMs / 1000, 2)} | ${share(st.totalMs)} |`);
    }
    const outside = largest.import.writeMs - largest.import.statements.reduce((sum, st) => sum + st.totalMs, 0);
    lines.push(`| (outside statements: commits, building batches, fingerprints) | | ${fixed(outside / 1000, 2)} | ${share(outside)} |`);
    const transactions = largest.import.transactionMsPerThousand ?? [];
    if (transactions.length >= 4) {
      const part = Math.max(1, Math.floor(transactions.length / 4));
      const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      lines.push('', `Write time per 1,000 elements at ${largest.scale}x, over ${transactions.length} transactions: ${ms(mean(transactions.slice(0, part)))} ms on average for the first quarter of the transactions, ${ms(mean(transactions.slice(-part)))} ms for the last quarter (flat when the cost of a write does not grow with the graph).`);
    }
  }
  return lines;
}

export function readsTable(outcomes: readonly ReadOutcome[], concurrency: readonly number[]): string[] {
  const lines = [
    '| read | clients | PlanGraph req/s | peer req/s | driver req/s | PlanGraph / peer throughput | PlanGraph p50 / p99 (ms) | peer p50 / p99 (ms) | driver p50 / p99 (ms) | PlanGraph / driver p50 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const o of outcomes) {
    for (const c of concurrency) {
      const [g, p, d] = [o.sides.plangraph, o.sides.peer, o.sides.driver];
      const tput = (s: SideOutcome) => sideCell(s, c, (t) => fixed(t.throughput));
      const lat = (s: SideOutcome) => sideCell(s, c, (t) => `${ms(t.p50)} / ${ms(t.p99)}`);
      lines.push(`| ${o.read.name} | ${c} | ${tput(g)} | ${tput(p)} | ${tput(d)} | ${ratio(timing(g, c)?.throughput, timing(p, c)?.throughput)} | ${lat(g)} | ${lat(p)} | ${lat(d)} | ${ratio(timing(g, c)?.p50, timing(d, c)?.p50)} |`);
    }
  }
  return lines;
}

/** What one request costs each side: statements and transactions (counted by Neo4j), bytes, CPU and memory. */
export function costTable(outcomes: readonly ReadOutcome[], clients: number): string[] {
  const lines = [
    `| read | statements / transactions per request (PlanGraph · peer · driver) | response bytes (PlanGraph · peer · driver) | server CPU ms per request (PlanGraph · peer), ${clients} client${clients === 1 ? '' : 's'} | Neo4j CPU ms per request (PlanGraph · peer · driver) | peak RSS MB (PlanGraph · peer), ${clients} client${clients === 1 ? '' : 's'} |`,
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const dot = (xs: string[]) => xs.join(' · ');
  for (const o of outcomes) {
    const sides = [o.sides.plangraph, o.sides.peer, o.sides.driver];
    const statements = dot(sides.map((s) => (s.statements ? `${fixed(s.statements.statements, s.statements.statements % 1 ? 1 : 0)} / ${fixed(s.statements.transactions, s.statements.transactions % 1 ? 1 : 0)}` : '–')));
    const bytes = dot(sides.map((s) => (s.responseBytes !== undefined ? String(s.responseBytes) : '–')));
    const cpu = dot(sides.slice(0, 2).map((s) => (timing(s, clients)?.serverCpuMsPerRequest !== undefined ? ms(timing(s, clients)!.serverCpuMsPerRequest) : '–')));
    const db = dot(sides.map((s) => (timing(s, clients)?.neo4jCpuMsPerRequest !== undefined ? ms(timing(s, clients)!.neo4jCpuMsPerRequest) : '–')));
    const rss = dot(sides.slice(0, 2).map((s) => (timing(s, clients)?.serverPeakRssMb !== undefined ? fixed(timing(s, clients)!.serverPeakRssMb, 0) : '–')));
    lines.push(`| ${o.read.name} | ${statements} | ${bytes} | ${cpu} | ${db} | ${rss} |`);
  }
  return lines;
}

/** Answers checked, sides that failed, and what the peer can not express. */
export function notes(outcomes: readonly ReadOutcome[]): string[] {
  const lines: string[] = [];
  for (const o of outcomes) {
    lines.push(`- **${o.read.name}**: ${o.read.description}. Answers: ${o.answers}.`);
    for (const [side, s] of Object.entries(o.sides)) {
      if (s.skipped) lines.push(`  - ${side}: ${s.skipped}`);
      for (const [c, t] of s.timings) if (t.error) lines.push(`  - ${side} at ${c} clients failed under load: ${t.error}`);
    }
  }
  return lines;
}

/** How p50 grows with the graph, per read and side, at one client. */
export function growthTable(scales: readonly ScaleReport[], clients: number): string[] {
  if (scales.length < 2) return [];
  const header = scales.map((s) => `${s.scale}x`).join(' | ');
  const last = scales[scales.length - 1]!;
  const lines = [
    `| read | side | p50 (ms) at ${header} | ${last.scale}x / 1x |`,
    `| --- | --- | ${scales.map(() => '---:').join(' | ')} | ---: |`,
  ];
  const names = scales[0]!.reads.map((o) => o.read.name);
  for (const name of names) {
    for (const side of ['plangraph', 'peer', 'driver'] as const) {
      const p50s = scales.map((s) => timing(s.reads.find((o) => o.read.name === name)!.sides[side], clients)?.p50);
      if (p50s.every((x) => x === undefined)) continue;
      lines.push(`| ${name} | ${side} | ${p50s.map((x) => ms(x)).join(' | ')} | ${ratio(p50s[p50s.length - 1], p50s[0])} |`);
    }
  }
  return lines;
}
