import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { toCypherParams, toPlain } from '../src/neo4j/database.js';
import { firstDifference } from './answers.js';
import { GraphQLClient, type GraphQLResponse } from './graphqlClient.js';
import { runLoad, type LoadLimit } from './load.js';
import { sampleProcesses } from './processStats.js';
import type { Read, Side } from './reads.js';
import { SIDES } from './reads.js';
import { countStatements, type StatementCount } from './statements.js';
import { percentile } from './stats.js';

/**
 * Measures one read on its three sides: checks that they answer the same, counts the Cypher
 * statements each request costs, then times them at a concurrency, interleaved round by round
 * (each round runs every side once, the order alternating between rounds, so that drift of the
 * machine weighs on all sides alike), while sampling the memory and CPU of the server processes.
 */
export interface Endpoints {
  readonly root: string;
  readonly plangraph: { readonly url: string; readonly pid: number };
  readonly peer: { readonly url: string; readonly pid: number };
  readonly driver: Driver;
  readonly database: string | undefined;
  /** The embedded Neo4j's JVM, to tell how much database work each side causes. */
  readonly neo4jPid: number | undefined;
}

export interface Timing {
  readonly warmupMs: number;
  readonly rounds: number;
  readonly window: LoadLimit;
}

export interface SideTiming {
  readonly requests: number;
  readonly throughput: number;
  readonly p50: number;
  readonly p99: number;
  readonly serverPeakRssMb?: number;
  readonly serverCpuMsPerRequest?: number;
  readonly neo4jCpuMsPerRequest?: number;
  /** Set when a request failed under load: then there is no throughput to report. */
  readonly error?: string;
}

export interface SideOutcome {
  /** Why this side was not timed: the peer can not express the read, or the side fails. */
  readonly skipped?: string;
  readonly statements?: StatementCount;
  readonly responseBytes?: number;
  readonly timings: Map<number, SideTiming>;
}

export interface ReadOutcome {
  readonly read: Read;
  /** 'same', 'not compared' (no canonical form), or where the answers differ. */
  readonly answers: string;
  readonly sides: Record<Side, SideOutcome>;
}

type Request = () => Promise<unknown>;

function operationText(root: string, file: string): string {
  return fs.readFileSync(path.join(root, file), 'utf8');
}

/** One statement through the driver: one read transaction, rows to plain data. */
function statementRequest(endpoints: Endpoints, file: string, params: Readonly<Record<string, unknown>>): () => Promise<Record<string, unknown>[]> {
  const text = operationText(endpoints.root, file);
  const parameters = toCypherParams(params) as Record<string, unknown>;
  return async () => {
    const session = endpoints.driver.session({ database: endpoints.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(text, parameters));
      return result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
    } finally {
      await session.close();
    }
  };
}

interface PreparedSide {
  readonly request: Request;
  readonly pid: number | undefined;
  /** Before each load window: new connections (see GraphQLClient.reconnect). */
  readonly reconnect: () => void;
  readonly close: () => void;
}

function prepare(read: Read, endpoints: Endpoints, concurrency: number): Partial<Record<Side, PreparedSide>> {
  const sides: Partial<Record<Side, PreparedSide>> = {};
  const graphql = (url: string, pid: number, op: { file: string; variables: Readonly<Record<string, unknown>> }): PreparedSide => {
    const client = new GraphQLClient(url, concurrency);
    return { request: client.prepare(operationText(endpoints.root, op.file), op.variables), pid, reconnect: () => client.reconnect(), close: () => client.close() };
  };
  sides.plangraph = graphql(endpoints.plangraph.url, endpoints.plangraph.pid, read.plangraph);
  if (!('unsupported' in read.peer)) sides.peer = graphql(endpoints.peer.url, endpoints.peer.pid, read.peer);
  if (!('unsupported' in read.driver)) sides.driver = { request: statementRequest(endpoints, read.driver.file, read.driver.params), pid: undefined, reconnect: () => {}, close: () => {} };
  return sides;
}

const message = (err: unknown) => (err as Error).message.split('\n')[0]!.slice(0, 300);

/** Runs every side once, compares the canonical answers, counts statements per request. */
export async function checkRead(read: Read, endpoints: Endpoints): Promise<ReadOutcome> {
  const prepared = prepare(read, endpoints, 1);
  const sides = {} as Record<Side, SideOutcome>;
  const answers: Partial<Record<Side, unknown>> = {};
  try {
    for (const side of SIDES) {
      const p = prepared[side];
      if (!p) {
        const why = (side === 'peer' ? read.peer : read.driver) as { unsupported: string };
        sides[side] = { skipped: side === 'peer' ? `not expressible: ${why.unsupported}` : `no floor: ${why.unsupported}`, timings: new Map() };
        continue;
      }
      try {
        const result = await p.request();
        if (read.answer) {
          const data = side === 'driver' ? result : (result as GraphQLResponse).data;
          answers[side] = (read.answer[side] as (d: unknown) => unknown)(data);
        }
        const responseBytes = side === 'driver' ? Buffer.byteLength(JSON.stringify(result)) : (result as GraphQLResponse).bytes;
        const statements = await countStatements(endpoints.driver, endpoints.database, p.request);
        sides[side] = { statements, responseBytes, timings: new Map() };
      } catch (err) {
        sides[side] = { skipped: `fails: ${message(err)}`, timings: new Map() };
      }
    }
  } finally {
    for (const p of Object.values(prepared)) p.close();
  }
  return { read, answers: compareAnswers(read, answers), sides };
}

function compareAnswers(read: Read, answers: Partial<Record<Side, unknown>>): string {
  if (!read.answer) return 'not compared';
  const present = SIDES.filter((s) => s in answers);
  if (present.length < 2) return 'not compared';
  const [reference, ...others] = present;
  const differences = others
    .map((side) => [side, firstDifference(answers[reference!], answers[side])] as const)
    .filter(([, d]) => d !== undefined)
    .map(([side, d]) => `${reference} and ${side} differ at ${d}`);
  return differences.length ? differences.join('; ') : 'same';
}

/** Times the sides that answered, at one concurrency; fills outcome.sides[*].timings. */
export async function timeRead(outcome: ReadOutcome, endpoints: Endpoints, concurrency: number, timing: Timing): Promise<void> {
  const prepared = prepare(outcome.read, endpoints, concurrency);
  const active = SIDES.filter((s) => prepared[s] && !outcome.sides[s].skipped);
  const samples = new Map<Side, { latencies: number[]; elapsedMs: number; rss: number[]; serverCpu: number; neo4jCpu: number; error?: string }>(
    active.map((s) => [s, { latencies: [], elapsedMs: 0, rss: [], serverCpu: 0, neo4jCpu: 0 }]),
  );
  try {
    for (const side of active) {
      prepared[side]!.reconnect();
      await runLoad(prepared[side]!.request, concurrency, { durationMs: timing.warmupMs });
    }
    for (let round = 0; round < timing.rounds; round += 1) {
      const order = round % 2 === 0 ? active : [...active].reverse();
      for (const side of order) {
        const s = samples.get(side)!;
        if (s.error) continue;
        const pids = [prepared[side]!.pid, endpoints.neo4jPid].filter((p): p is number => p !== undefined);
        prepared[side]!.reconnect();
        const sampler = sampleProcesses(pids);
        const window = await runLoad(prepared[side]!.request, concurrency, timing.window);
        const usage = sampler.stop();
        if (window.error) s.error = message(window.error);
        s.latencies.push(...window.latencies);
        s.elapsedMs += window.elapsedMs;
        const server = prepared[side]!.pid !== undefined ? usage.get(prepared[side]!.pid!) : undefined;
        if (server) {
          s.rss.push(server.peakRssMb);
          s.serverCpu += server.cpuMs;
        }
        const db = endpoints.neo4jPid !== undefined ? usage.get(endpoints.neo4jPid) : undefined;
        if (db) s.neo4jCpu += db.cpuMs;
      }
    }
  } finally {
    for (const p of Object.values(prepared)) p.close();
  }
  for (const [side, s] of samples) {
    const n = s.latencies.length;
    outcome.sides[side].timings.set(concurrency, {
      requests: n,
      throughput: s.elapsedMs > 0 ? (n * 1000) / s.elapsedMs : 0,
      p50: percentile(s.latencies, 50),
      p99: percentile(s.latencies, 99),
      ...(s.rss.length ? { serverPeakRssMb: Math.max(...s.rss), serverCpuMsPerRequest: n ? s.serverCpu / n : Number.NaN } : {}),
      ...(endpoints.neo4jPid !== undefined && n ? { neo4jCpuMsPerRequest: s.neo4jCpu / n } : {}),
      ...(s.error ? { error: s.error } : {}),
    });
  }
}
