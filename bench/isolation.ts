/**
 * `npm run bench:isolation [-- --seconds 60 --warmup 10 --normal-clients 4 --note "..."]`: how
 * well the service keeps ordinary callers served while anonymous callers send heavy queries.
 *
 * It builds and starts the service as `npm start` does (its own process running dist/, an
 * embedded Neo4j in a throwaway folder with the dataset imported, NODE_ENV=production, the
 * default limits), then
 * 1. runs normal traffic alone: closed-loop clients, each with its own viewer API key, cycling
 *    through the ordinary reads of operations/examples/ (all but connection and neighbourhood),
 *    to get a baseline of throughput and latency;
 * 2. runs the same normal traffic beside three anonymous clients, each from its own loopback
 *    address, sending heavy queries that pass the query limits: aliased `connection` searches,
 *    aliased `neighbourhood` at depth 3, aliased wildcard `search`;
 * and appends to bench/RESULTS.md normal throughput against the baseline (target: at least
 * 50%), normal p99 against the baseline (target: at most 3x) and the error codes every client
 * received (target: no INTERNAL_SERVER_ERROR).
 *
 * With NEO4J_URI set, the service uses that Neo4j instead (and imports the dataset when empty).
 * Extra PLANGRAPH_* variables in the environment reach the service, to try other limits.
 */
import { spawn, type ChildProcess, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/config/paths.js';
import { exampleOperations } from '../src/server/examples.js';

const ROOT = projectRoot();
const RESULTS = path.join(ROOT, 'bench', 'RESULTS.md');
const HEAVY_ADDRESSES = ['127.0.0.11', '127.0.0.12', '127.0.0.13'];
// The heavy kinds are the attackers' own; normal traffic asks everything else the examples ask.
const NOT_NORMAL = ['06-connection', '07-neighbourhood'];

interface Options {
  readonly seconds: number;
  readonly warmup: number;
  readonly normalClients: number;
  readonly port: number;
  readonly boltPort: number;
  readonly note: string | undefined;
}

interface Operation {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

interface Outcome {
  readonly ms: number;
  readonly status: number;
  /** extensions.code of each error; empty for a clean answer. */
  readonly codes: string[];
  readonly data?: unknown;
  /** Refused before running: by the query limits (depth, cost), the schema or the arguments. */
  readonly refused?: string;
  /** The alias limit, when that is what refused it. */
  readonly aliasLimit?: number;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '60' },
      warmup: { type: 'string', default: '10' },
      'normal-clients': { type: 'string', default: '4' },
      port: { type: 'string', default: '4310' },
      'bolt-port': { type: 'string', default: '7736' },
      note: { type: 'string' },
    },
  });
  const count = (name: string, raw: string, min: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer of at least ${min}; got '${raw}'`);
    return n;
  };
  return {
    seconds: count('seconds', values.seconds, 1),
    warmup: count('warmup', values.warmup, 0),
    normalClients: count('normal-clients', values['normal-clients'], 1),
    port: count('port', values.port, 1),
    boltPort: count('bolt-port', values['bolt-port'], 0),
    note: values.note,
  };
}

/** One keep-alive connection per client, from the client's own address. */
function client(port: number, localAddress: string, headers: Record<string, string> = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress });
  return {
    post(query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
      const body = JSON.stringify({ query, variables });
      const started = performance.now();
      return new Promise((resolve) => {
        const request = http.request({
          host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent,
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'content-length': Buffer.byteLength(body), ...headers },
        }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c)).on('end', () => {
            // Reading and parsing the body is part of the latency: a client has to do it too.
            const ms = performance.now() - started;
            try {
              const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
              const errors = parsed.errors ?? [];
              // QUERY_TOO_COMPLEX also names a query that ran out of database time; the limits' own say which limit.
              const limits = ['maxCost', 'maxDepth', 'maxAliases', 'maxTokens', 'maxDirectives'];
              const refusal = errors.find((e) => ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'].includes(String(e.extensions?.code)) || limits.some((l) => l in (e.extensions ?? {})));
              const aliasLimit = errors.map((e) => e.extensions?.maxAliases).find((v): v is number => typeof v === 'number');
              resolve({
                ms, status: response.statusCode ?? 0, codes: errors.map((e) => String(e.extensions?.code ?? 'NO_CODE')), data: parsed.data,
                ...(refusal ? { refused: `${String(refusal.extensions?.code)}: ${refusal.message}` } : {}),
                ...(aliasLimit !== undefined ? { aliasLimit } : {}),
              });
            } catch {
              resolve({ ms, status: response.statusCode ?? 0, codes: ['UNPARSABLE_RESPONSE'] });
            }
          });
        });
        request.on('error', (err: NodeJS.ErrnoException) => resolve({ ms: performance.now() - started, status: 0, codes: [`CONNECTION_${err.code ?? 'ERROR'}`] }));
        request.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}

type Client = ReturnType<typeof client>;

/** Sends requests one after another until `until` (a clock reading) has passed. */
async function loop(next: () => Promise<Outcome>, until: () => boolean, record: (o: Outcome) => void): Promise<void> {
  while (!until()) record(await next());
}

function normalOperations(): Operation[] {
  return exampleOperations()
    .filter((op) => !NOT_NORMAL.includes(op.name))
    .map((op) => ({ name: op.name, query: op.query, variables: op.variables ? (JSON.parse(op.variables) as Record<string, unknown>) : {} }));
}

/**
 * Heavy operations built from ids of the graph: as many aliases of each as the query limits let
 * through (a refusal names the limit: the alias limit is taken as it is, others halve the count).
 * Each is run once here, as the check that it passes.
 */
async function heavyOperations(probe: Client): Promise<Operation[]> {
  const ids = await probe.post('{ organisations(first: 100) { nodes { id } } systems(first: 100) { nodes { id } } plans(first: 20) { nodes { id } } }');
  if (ids.codes.length || !ids.data) throw new Error(`could not read ids for the heavy queries: ${ids.codes.join(', ')}`);
  const raw = ids.data as Record<'organisations' | 'systems' | 'plans', { nodes: { id: string }[] }>;
  const organisations = raw.organisations.nodes.map((n) => n.id);
  const centres = [...raw.plans.nodes, ...raw.systems.nodes, ...raw.organisations.nodes].map((n) => n.id);
  const pairs = organisations.flatMap((a, i) => organisations.slice(i + 1).map((b) => [a, b] as const));
  const words = ['a*', 'e*', 'i*', 'o*', 'd*', 's*', 'v*', 'b*', 'p*', 'r*', 't*', 'm*', 'k*', 'g*', 'w*', 'n*', 'h*', 'l*', 'c*', 'f*'];
  const kinds = [
    {
      name: (n: number) => `aliased connection (${n} pairs, up to 8 hops)`,
      start: 12,
      query: (n: number) => `query HeavyConnection { ${pairs.slice(0, n).map(([a, b], i) => `c${i}: connection(from: "${a}", to: "${b}", maxHops: 8, limit: 10) { length nodes { id } links { relationship from { id } to { id } } }`).join('\n')} }`,
    },
    {
      name: (n: number) => `aliased neighbourhood (${n} centres, depth 3)`,
      start: 60,
      query: (n: number) => `query HeavyNeighbourhood { ${centres.slice(0, n).map((id, i) => `n${i}: neighbourhood(id: "${id}", depth: 3, limit: 500) { truncated nodes { id kind label distance } edges { id source target } }`).join('\n')} }`,
    },
    {
      name: (n: number) => `aliased wildcard search (${n} terms, 100 hits each)`,
      start: 20,
      query: (n: number) => `query HeavySearch { ${words.slice(0, n).map((w, i) => `s${i}: search(query: "${w}", syntax: true, first: 100) { score kind node { id } }`).join('\n')} }`,
    },
  ];
  const passing: Operation[] = [];
  for (const kind of kinds) {
    let n = kind.start;
    for (;;) {
      const outcome = await probe.post(kind.query(n));
      if (!outcome.refused) {
        process.stderr.write(`  ${kind.name(n)}: ${outcome.ms.toFixed(0)} ms${outcome.codes.length ? ` (${outcome.codes.join(', ')})` : ''}\n`);
        passing.push({ name: kind.name(n), query: kind.query(n), variables: {} });
        break;
      }
      const next = outcome.aliasLimit !== undefined && outcome.aliasLimit < n ? outcome.aliasLimit : Math.floor(n / 2);
      if (next < 1) throw new Error(`${kind.name(1)} does not pass the limits: ${outcome.refused}`);
      n = next;
    }
  }
  return passing;
}

/** The service in its own process, as `npm start` runs it; resolves once /readyz says ready. */
async function startService(opts: Options, apiKeys: string): Promise<{ child: ChildProcess; logFile: string; dataDir: string | undefined }> {
  const dataDir = process.env.NEO4J_URI ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-bench-isolation-'));
  const logFile = path.join(os.tmpdir(), `plangraph-bench-isolation-${Date.now()}.log`);
  const log = fs.openSync(logFile, 'w');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(opts.port),
    LOG_LEVEL: 'info',
    PLANGRAPH_API_KEYS: apiKeys,
    ...(dataDir ? { PLANGRAPH_NEO4J_DIR: dataDir, PLANGRAPH_NEO4J_BOLT_PORT: String(opts.boltPort) } : {}),
  };
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'server', 'main.js')], { cwd: ROOT, env, stdio: ['ignore', log, log] });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code, signal) => reject(new Error(`the service exited (${signal ?? `status ${code}`}); see ${logFile}`))));
  exited.catch((err: Error) => {
    serviceDied = err;
  });
  const ready = (async () => {
    for (;;) {
      const status = await fetch(`http://127.0.0.1:${opts.port}/readyz`).then((r) => r.status, () => 0);
      if (status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  await Promise.race([ready, exited]);
  return { child, logFile, dataDir };
}

/** Set when the service ends before the benchmark stops it: the run is then worthless. */
let serviceDied: Error | undefined;

async function stopService(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

/** Nearest-rank percentile: a latency that was actually observed, no interpolation. */
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

class Tally {
  readonly ok: number[] = [];
  readonly codes = new Map<string, number>();
  readonly statuses = new Map<number, number>();
  total = 0;

  add(o: Outcome): void {
    this.total += 1;
    this.statuses.set(o.status, (this.statuses.get(o.status) ?? 0) + 1);
    if (o.codes.length === 0 && o.status === 200) this.ok.push(o.ms);
    for (const code of new Set(o.codes)) this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
  }

  codeList(): string {
    return [...this.codes].sort().map(([c, n]) => `${c} ${n}`).join(', ') || 'none';
  }

  statusList(): string {
    return [...this.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', ');
  }
}

async function normalPhase(clients: Client[], operations: Operation[], seconds: number): Promise<Tally> {
  const tally = new Tally();
  const end = performance.now() + seconds * 1000;
  await Promise.all(clients.map((c, i) => {
    let n = i; // clients start at different operations, so the mix is the same at every moment
    return loop(() => {
      const op = operations[n++ % operations.length]!;
      return c.post(op.query, op.variables);
    }, () => performance.now() >= end || serviceDied !== undefined, (o) => tally.add(o));
  }));
  return tally;
}

function machine(): string[] {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  return [
    `- Date: ${execFileSync('date', ['-u'], { encoding: 'utf8' }).trim()}`,
    `- CPU: ${cpu}, ${os.cpus().length} logical cores; load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node.js ${process.version}, ${os.type()} ${os.release()}`,
    `- Neo4j: ${process.env.NEO4J_URI ? 'external (NEO4J_URI)' : 'embedded, default memory (heap 1024 MB, page cache 256 MB)'}`,
  ];
}

async function main(): Promise<void> {
  const opts = options();
  const keys = Array.from({ length: opts.normalClients }, (_, i) => ({ key: `bench-normal-${i}-${Math.random().toString(36).slice(2).padEnd(12, '0')}`, subject: `normal-${i}` }));
  const load = os.loadavg();
  process.stderr.write('building the service as npm start does...\n');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  process.stderr.write('starting the service (embedded Neo4j, dataset)...\n');
  // The checks below run as a caller of their own, so the database time of the heavy queries is
  // not charged to a normal client.
  const probeKey = `bench-probe-${Math.random().toString(36).slice(2).padEnd(12, '0')}`;
  const service = await startService(opts, [...keys.map((k) => `${k.key}:${k.subject}:viewer`), `${probeKey}:probe:viewer`].join(','));
  const normal = keys.map((k) => client(opts.port, '127.0.0.1', { 'x-api-key': k.key }));
  const probe = client(opts.port, '127.0.0.1', { 'x-api-key': probeKey });
  const heavyClients = HEAVY_ADDRESSES.map((address) => client(opts.port, address));
  try {
    const operations = normalOperations();
    process.stderr.write('checking every operation once...\n');
    const heavy = await heavyOperations(probe);
    for (const op of operations) {
      const outcome = await probe.post(op.query, op.variables);
      if (outcome.refused) throw new Error(`${op.name} does not pass the limits or the schema: ${outcome.refused}`);
      process.stderr.write(`  ${op.name}: ${outcome.ms.toFixed(0)} ms${outcome.codes.length ? ` (${outcome.codes.join(', ')})` : ''}\n`);
      if (serviceDied) throw serviceDied;
    }

    process.stderr.write(`warm-up, ${opts.warmup} s...\n`);
    await normalPhase(normal, operations, opts.warmup);
    process.stderr.write(`baseline: normal traffic alone, ${opts.seconds} s...\n`);
    const baseline = await normalPhase(normal, operations, opts.seconds);

    process.stderr.write(`normal traffic beside three heavy anonymous clients, ${opts.seconds} s...\n`);
    let stopHeavy = false;
    const heavyTally = new Tally();
    const heavyLatency: number[] = [];
    const heavyLoops = heavyClients.map((c, i) => loop(async () => {
      const outcome = await c.post(heavy[i]!.query);
      heavyLatency.push(outcome.ms);
      // A refused client tries again soon, without waiting as long as Retry-After asks.
      if (outcome.status === 429) await new Promise((resolve) => setTimeout(resolve, 50));
      return outcome;
    }, () => stopHeavy || serviceDied !== undefined, (o) => heavyTally.add(o)));
    const loaded = await normalPhase(normal, operations, opts.seconds);
    stopHeavy = true;
    await Promise.all(heavyLoops);

    if (serviceDied) throw serviceDied;
    const rate = (t: Tally) => t.ok.length / opts.seconds;
    const throughputRatio = rate(loaded) / rate(baseline);
    const p99Ratio = percentile(loaded.ok, 99) / percentile(baseline.ok, 99);
    const internal = (baseline.codes.get('INTERNAL_SERVER_ERROR') ?? 0) + (loaded.codes.get('INTERNAL_SERVER_ERROR') ?? 0) + (heavyTally.codes.get('INTERNAL_SERVER_ERROR') ?? 0);
    const ms = (x: number) => x.toFixed(1);
    const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
    const section = [
      '',
      `## Isolation under heavy queries, ${new Date().toISOString().slice(0, 10)}`,
      '',
      ...(opts.note ? [`> ${opts.note}`, ''] : []),
      ...machine(),
      `- Load average when the run started: ${load.map((l) => l.toFixed(1)).join(' ')}`,
      `- Service: its own process (\`dist/src/server/main.js\`, as \`npm start\` runs it), NODE_ENV=production, LOG_LEVEL=info, default limits${Object.keys(process.env).some((k) => k.startsWith('PLANGRAPH_')) ? ` with ${Object.keys(process.env).filter((k) => k.startsWith('PLANGRAPH_')).join(', ')} from the environment` : ''}`,
      `- Normal traffic: ${opts.normalClients} closed-loop clients, each with its own viewer API key, cycling through ${operations.map((o) => o.name).join(', ')}`,
      `- Heavy traffic: 3 closed-loop anonymous clients, each from its own loopback address, sending ${heavy.map((h) => h.name).join('; ')}`,
      `- ${opts.warmup} s warm-up, then ${opts.seconds} s of normal traffic alone, then ${opts.seconds} s beside the heavy clients`,
      '',
      '| Normal traffic | Answered without error | Throughput (req/s) | p50 (ms) | p99 (ms) | Error codes | HTTP statuses |',
      '| --- | ---: | ---: | ---: | ---: | --- | --- |',
      `| alone (baseline) | ${baseline.ok.length} of ${baseline.total} | ${rate(baseline).toFixed(1)} | ${ms(percentile(baseline.ok, 50))} | ${ms(percentile(baseline.ok, 99))} | ${baseline.codeList()} | ${baseline.statusList()} |`,
      `| beside heavy clients | ${loaded.ok.length} of ${loaded.total} | ${rate(loaded).toFixed(1)} | ${ms(percentile(loaded.ok, 50))} | ${ms(percentile(loaded.ok, 99))} | ${loaded.codeList()} | ${loaded.statusList()} |`,
      '',
      `- Heavy clients: ${heavyTally.total} requests, ${heavyTally.ok.length} answered in full; p50 ${ms(percentile(heavyLatency, 50))} ms, max ${ms(Math.max(...heavyLatency, 0))} ms; error codes: ${heavyTally.codeList()}; HTTP statuses: ${heavyTally.statusList()}`,
      `- Normal throughput beside heavy clients: ${(throughputRatio * 100).toFixed(0)}% of the baseline (target at least 50%: ${verdict(throughputRatio >= 0.5)})`,
      `- Normal p99 beside heavy clients: ${p99Ratio.toFixed(2)}x the baseline (target at most 3x: ${verdict(p99Ratio <= 3)})`,
      `- INTERNAL_SERVER_ERROR, all clients: ${internal} (target none: ${verdict(internal === 0)})`,
      '',
    ].join('\n');
    fs.appendFileSync(RESULTS, section);
    process.stdout.write(`${section}\nappended to ${path.relative(process.cwd(), RESULTS)}; service log: ${service.logFile}\n`);
  } finally {
    for (const c of [...normal, ...heavyClients, probe]) c.close();
    await stopService(service.child);
    if (service.dataDir) fs.rmSync(service.dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`benchmark failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
