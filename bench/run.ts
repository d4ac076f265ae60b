/**
 * `npm run bench [-- --warmup 20 --iterations 200]`: latency of the nine questions through the
 * GraphQL API (HTTP) against the same Cypher run directly through the driver, so that the
 * table shows what the API layer (HTTP, Apollo, resolvers, argument checks, DataLoaders,
 * serialisation) adds on top of the database. Appends the results to bench/RESULTS.md.
 *
 * Neo4j: an embedded one in a throwaway folder, as `npm test` does, unless NEO4J_URI is set.
 * Unlike the tests, the benchmark never deletes anything: the import MERGEs the seed dataset,
 * so an external database keeps its data (and the numbers then include it).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, redactUri } from '../src/config/config.js';
import { projectRoot } from '../src/config/paths.js';
import { importDataset } from '../src/import/importer.js';
import { loadValidDataset } from '../src/import/loadDataset.js';
import { silentLogger } from '../src/log/logger.js';
import { createDriver, type Neo4jConnection } from '../src/neo4j/connection.js';
import { cypher } from '../src/neo4j/cypher.js';
import { Database } from '../src/neo4j/database.js';
import { EmbeddedNeo4j } from '../src/neo4j/embedded/embeddedNeo4j.js';
import { applySchema } from '../src/neo4j/schema.js';
import { exampleOperations } from '../src/server/examples.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { QUESTIONS, type BenchQuestion } from './questions.js';

const ROOT = projectRoot();
const RESULTS = path.join(ROOT, 'bench', 'RESULTS.md');
// The memory the tests give their embedded Neo4j: the bench measures the database they run on.
const EMBEDDED = { heapMb: 1024, pageCacheMb: 128 };

interface Options {
  readonly warmup: number;
  readonly iterations: number;
}

interface Outcome {
  readonly question: BenchQuestion;
  readonly api: number[];
  readonly driver: number[];
  /** Size of one API response body, and Cypher statements the service ran for it. */
  readonly apiBytes: number;
  readonly apiRoundTrips: number;
  /** Rows of one driver result, and their size as JSON (what the resolver starts from). */
  readonly driverRows: number;
  readonly driverBytes: number;
  /** Set when the API answered with errors: then only the driver is timed. */
  readonly apiError?: string;
}

function options(): Options {
  const { values } = parseArgs({ options: { warmup: { type: 'string', default: '20' }, iterations: { type: 'string', default: '200' } } });
  const count = (name: string, raw: string, min: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer of at least ${min}; got '${raw}'`);
    return n;
  };
  return { warmup: count('warmup', values.warmup, 0), iterations: count('iterations', values.iterations, 1) };
}

/** Where the benchmark's Neo4j is, and how to stop it afterwards. */
async function openNeo4j(): Promise<{ connection: Neo4jConnection; description: string; stop(): Promise<void> }> {
  if (process.env.NEO4J_URI) {
    const connection = { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE || undefined };
    return { connection, description: `external, ${redactUri(connection.uri)}`, stop: async () => {} };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-bench-neo4j-'));
  const embedded = new EmbeddedNeo4j({ mode: 'embedded', dataDir, boltPort: 0, database: undefined, ...EMBEDDED }, silentLogger);
  try {
    const connection = await embedded.start();
    return {
      connection,
      description: `embedded, heap ${EMBEDDED.heapMb} MB, page cache ${EMBEDDED.pageCacheMb} MB`,
      async stop() {
        await embedded.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await embedded.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

/** The service exactly as `npm start` runs it, pointed at the benchmark's Neo4j. */
function startService(connection: Neo4jConnection): Promise<RunningServer> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    ...(connection.database ? { NEO4J_DATABASE: connection.database } : {}),
    PLANGRAPH_IMPORT_WHEN_EMPTY: 'false',
    // So that an API error in the report says what went wrong, not only INTERNAL_SERVER_ERROR.
    PLANGRAPH_ERROR_DETAILS: 'true',
  });
  return startServer(config, silentLogger);
}

/** One POST /graphql; fails on HTTP or GraphQL errors. Returns the body's size. */
async function post(url: string, query: string, variables: Readonly<Record<string, unknown>>): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  // Reading and parsing the body is part of the latency: a client has to do it too.
  const text = await response.text();
  const body = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length || !response.ok || !body.data) {
    const errors = body.errors?.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ');
    throw new Error(`HTTP ${response.status}${errors ? `, ${errors}` : ''}`);
  }
  return Buffer.byteLength(text);
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function measure(question: BenchQuestion, opts: Options, server: RunningServer, db: Database, operationText: string): Promise<Outcome> {
  const query = cypher(question.cypher);
  const api = () => post(server.url, operationText, question.variables);
  const driver = () => db.read(query, question.params);

  // One probe of each first: checks both paths answer, and counts what one API request costs
  // in Cypher statements (requests are sequential, so the counter's difference is exact).
  let apiRoundTrips = 0;
  const stopCounting = server.neo4j.db.onStatement(() => (apiRoundTrips += 1));
  let apiBytes = 0;
  let apiError: string | undefined;
  try {
    apiBytes = await api();
  } catch (err) {
    apiError = (err as Error).message;
  }
  stopCounting();
  const rows = await driver();

  // API and driver calls alternate, so that drift (JIT, GC, caches, a noisy neighbour) weighs
  // on both series alike instead of on whichever ran second.
  const samples = { api: [] as number[], driver: [] as number[] };
  for (let i = 0; i < opts.warmup + opts.iterations; i += 1) {
    const apiMs = apiError ? undefined : await time(api);
    const driverMs = await time(driver);
    if (i < opts.warmup) continue;
    if (apiMs !== undefined) samples.api.push(apiMs);
    samples.driver.push(driverMs);
  }
  return { question, ...samples, apiBytes, apiRoundTrips, driverRows: rows.length, driverBytes: Buffer.byteLength(JSON.stringify(rows)), ...(apiError ? { apiError } : {}) };
}

/** Nearest-rank percentile: a latency that was actually observed, no interpolation. */
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function machine(neo4jVersion: string, neo4jMode: string): string[] {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  // x86 names the CPU in "model name"; some ARM kernels do not, then Node's view is the best left.
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  return [
    `- Date: ${execFileSync('date', ['-u'], { encoding: 'utf8' }).trim()}`,
    `- CPU: ${cpu}, ${os.cpus().length} logical cores`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node.js ${process.version}, ${os.type()} ${os.release()}`,
    `- Neo4j: ${neo4jVersion} (${neo4jMode})`,
  ];
}

function table(outcomes: readonly Outcome[], opts: Options): string[] {
  const ms = (x: number) => x.toFixed(2);
  const lines = [
    `- Iterations per question and path: ${opts.warmup} warm-up, ${opts.iterations} measured (API and driver alternating, one at a time)`,
    '',
    '| Question | API p50 (ms) | API p99 (ms) | Driver p50 (ms) | Driver p99 (ms) | API/driver p50 | API/driver p99 | Statements per API request | API response (bytes) | Driver rows | Driver rows as JSON (bytes) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const o of outcomes) {
    const [d50, d99] = [percentile(o.driver, 50), percentile(o.driver, 99)];
    if (o.apiError) {
      lines.push(`| ${o.question.name} | error | error | ${ms(d50)} | ${ms(d99)} | | | ${o.apiRoundTrips} | | ${o.driverRows} | ${o.driverBytes} |`);
      continue;
    }
    const [a50, a99] = [percentile(o.api, 50), percentile(o.api, 99)];
    lines.push(`| ${o.question.name} | ${ms(a50)} | ${ms(a99)} | ${ms(d50)} | ${ms(d99)} | ${(a50 / d50).toFixed(1)} | ${(a99 / d99).toFixed(1)} | ${o.apiRoundTrips} | ${o.apiBytes} | ${o.driverRows} | ${o.driverBytes} |`);
  }
  const failed = outcomes.filter((o) => o.apiError);
  if (failed.length) lines.push('', ...failed.map((o) => `- API error in ${o.question.name}: ${o.apiError}`));
  return lines;
}

const HEADER = `# PlanGraph benchmark

What it measures: for each of the nine questions of the API, the latency of

- **API**: the example operation of \`operations/examples/\` sent as \`POST /graphql\` to the real
  service (Express, Apollo Server, resolvers with their argument checks and DataLoaders), from
  the start of the request to the parsed JSON body; and
- **driver**: the question's Cypher file (\`cypher/questions/\`) with the parameters the resolver
  passes, run through \`Database.read\` (one read transaction, rows converted to plain data),

with the same variables, sequentially, API and driver calls alternating. *API/driver* is how
many times slower the API is; *statements per API request* counts the Cypher statements the
service ran for one request (the question's query plus argument checks and DataLoader look-ups);
the two sizes compare what the query returns with what the operation selects of it.
Latencies are nearest-rank percentiles in milliseconds.

The service, its HTTP client and the benchmark's own driver share one Node.js process, and
Neo4j runs on the same machine: requests only cross the loopback interface, so the numbers show
the cost of the layers, not of a deployment over a network.

Run it (needs what \`npm test\` needs: Node.js 20, Java 17+, Maven):

\`\`\`sh
npm run bench                                   # 20 warm-up, 200 measured iterations
npm run bench -- --warmup 50 --iterations 1000
NEO4J_URI=bolt://... NEO4J_PASSWORD=... npm run bench   # an existing Neo4j (imports the dataset; deletes nothing)
\`\`\`

It starts an embedded Neo4j in a throwaway folder (unless \`NEO4J_URI\` is set), applies the
schema, imports the dataset of \`data/\`, starts the service on a free port, measures, stops
everything, and appends a section to this file.
`;

async function main(): Promise<void> {
  const opts = options();
  const operations = new Map(exampleOperations().map((op) => [op.name, op.query]));
  const neo4j = await openNeo4j();
  const db = new Database(createDriver(neo4j.connection, silentLogger), neo4j.connection, silentLogger);
  let server: RunningServer | undefined;
  try {
    process.stderr.write('preparing the graph (schema, dataset)...\n');
    await applySchema(db, silentLogger);
    await importDataset(db, loadValidDataset(path.join(ROOT, 'data')), { actor: 'bench' });
    const [component] = await db.read({ name: 'bench/neo4j-version', text: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition' });
    const neo4jVersion = component ? `${String(component.name)} ${String(component.version)} ${String(component.edition)}` : 'unknown';

    server = await startService(neo4j.connection);
    await server.prepared;

    const outcomes: Outcome[] = [];
    for (const question of QUESTIONS) {
      const text = operations.get(question.operation);
      if (!text) throw new Error(`no operation operations/examples/${question.operation}.graphql`);
      process.stderr.write(`${question.name}...\n`);
      outcomes.push(await measure(question, opts, server, db, text));
    }

    const section = ['', `## ${new Date().toISOString().slice(0, 10)}`, '', ...machine(neo4jVersion, neo4j.description), ...table(outcomes, opts), ''].join('\n');
    if (!fs.existsSync(RESULTS)) fs.writeFileSync(RESULTS, HEADER);
    fs.appendFileSync(RESULTS, section);
    process.stdout.write(`${section}\nappended to ${path.relative(process.cwd(), RESULTS)}\n`);
  } finally {
    await server?.stop();
    await db.close();
    await neo4j.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`benchmark failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
