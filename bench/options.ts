import { parseArgs } from 'node:util';

/** Command-line options of `npm run bench`; `--help` prints them. */
export interface BenchOptions {
  readonly scales: readonly number[];
  readonly concurrency: readonly number[];
  readonly reads: readonly string[] | undefined;
  readonly warmupMs: number;
  readonly durationMs: number | undefined;
  readonly requests: number | undefined;
  readonly rounds: number;
  readonly heapMb: number;
  readonly pageCacheMb: number;
  readonly plangraphEnv: Readonly<Record<string, string>>;
  readonly importOnly: boolean;
  readonly timeDiffering: boolean;
  readonly wipe: boolean;
  readonly reuseGraph: boolean;
  readonly skipImport: boolean;
  readonly build: boolean;
  readonly append: boolean;
  readonly note: string | undefined;
}

export const USAGE = `npm run bench -- [options]

  --quick                one short round at 1x (develop the harness, not for the record)
  --scales 1,10,100      graph sizes, as multiples of the seed graph (generated when missing)
  --concurrency 1,16     concurrent clients
  --reads a,b            only these reads (names as in the results table)
  --duration 5           seconds each side runs per round (default 5)
  --requests N           or: requests each side sends per round
  --warmup 2             seconds of warm-up per side before the rounds (default 2)
  --rounds 3             rounds; each runs every side once, alternating the order (default 3)
  --heap-mb 2048 --pagecache-mb 1024   memory of the embedded Neo4j
  --plangraph-env K=V    extra environment for the service (repeatable), e.g. PLANGRAPH_MAX_COST=10000000
  --import-only          measure the import at each scale, no reads
  --time-differing       time reads even when the sides' answers differ (they are reported as differing)
  --wipe                 with NEO4J_URI: delete everything in that database before each scale
  --no-import            with NEO4J_URI: use the graph in that database as it is (one scale; nothing imported)
  --reuse-graph          keep each scale's embedded store (bench/.generated/scale-N/neo4j-store) and reuse it
                         when it was imported from the same data files: reads only, the import is not measured again
  --no-build             use dist/ as it is
  --no-append            print the results, do not append them to bench/RESULTS.md
  --note "text"          a note for the heading of the results section (e.g. "machine shared with other work")
`;

function numbers(name: string, raw: string, min: number): number[] {
  const values = raw.split(',').map((s) => Number(s.trim()));
  if (values.some((n) => !Number.isInteger(n) || n < min)) throw new Error(`--${name} takes integers of at least ${min}, comma separated; got '${raw}'`);
  return values;
}

function number(name: string, raw: string, min: number): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number of at least ${min}; got '${raw}'`);
  return n;
}

export function parseOptions(args: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...args],
    options: {
      help: { type: 'boolean' },
      quick: { type: 'boolean' },
      scales: { type: 'string' },
      concurrency: { type: 'string' },
      reads: { type: 'string' },
      duration: { type: 'string' },
      requests: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      'heap-mb': { type: 'string' },
      'pagecache-mb': { type: 'string' },
      'plangraph-env': { type: 'string', multiple: true },
      'import-only': { type: 'boolean' },
      'time-differing': { type: 'boolean' },
      wipe: { type: 'boolean' },
      'reuse-graph': { type: 'boolean' },
      'no-import': { type: 'boolean' },
      'no-build': { type: 'boolean' },
      'no-append': { type: 'boolean' },
      note: { type: 'string' },
    },
  });
  if (values.help) return 'help';
  const quick = values.quick ?? false;
  const env: Record<string, string> = {};
  for (const pair of values['plangraph-env'] ?? []) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new Error(`--plangraph-env takes KEY=VALUE; got '${pair}'`);
    env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const requests = values.requests !== undefined ? number('requests', values.requests, 1) : undefined;
  return {
    scales: numbers('scales', values.scales ?? (quick ? '1' : '1,10,100'), 1),
    concurrency: numbers('concurrency', values.concurrency ?? '1,16', 1),
    reads: values.reads?.split(',').map((s) => s.trim()),
    warmupMs: number('warmup', values.warmup ?? (quick ? '0.3' : '2'), 0) * 1000,
    durationMs: requests !== undefined ? undefined : number('duration', values.duration ?? (quick ? '0.5' : '5'), 0.1) * 1000,
    requests,
    rounds: number('rounds', values.rounds ?? (quick ? '1' : '3'), 1),
    heapMb: number('heap-mb', values['heap-mb'] ?? '2048', 256),
    pageCacheMb: number('pagecache-mb', values['pagecache-mb'] ?? '1024', 16),
    plangraphEnv: env,
    importOnly: values['import-only'] ?? false,
    timeDiffering: values['time-differing'] ?? false,
    wipe: values.wipe ?? false,
    reuseGraph: values['reuse-graph'] ?? false,
    skipImport: values['no-import'] ?? false,
    build: !(values['no-build'] ?? false),
    append: !(values['no-append'] ?? false),
    note: values.note ?? (quick ? 'quick mode: for developing the harness, not for the record' : undefined),
  };
}
