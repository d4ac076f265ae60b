import path from 'node:path';
import { projectRoot } from './paths.js';

/**
 * All configuration comes from environment variables, is read once at start by `loadConfig`,
 * and is immutable afterwards. A wrong value stops the process with a message that names the
 * variable and what it expects: a service that starts with a half-understood configuration
 * fails later, far from the cause.
 */
export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly http: HttpConfig;
  readonly logLevel: LogLevel;
  readonly neo4j: Neo4jConfig;
  readonly database: DatabaseLimits;
  readonly setup: SetupConfig;
  readonly graphql: GraphqlConfig;
  readonly data: { readonly dir: string };
  readonly auth: AuthConfig;
  readonly observability: ObservabilityConfig;
  readonly limits: LimitsConfig;
  readonly suggestions: SuggestionsConfig;
}

/**
 * When the suggested alignments are scored again. `after-writes`: in the background after each
 * write to a plan's objectives or actions through the API (runs coalesced). `manual`: only after
 * an import and when an analyst runs `recomputeSuggestions` (for large graphs, where a run is a
 * job of its own).
 */
export interface SuggestionsConfig {
  readonly recompute: 'after-writes' | 'manual';
}

export interface HttpConfig {
  readonly host: string;
  readonly port: number;
  readonly corsOrigins: readonly string[];
  readonly bodyLimitMb: number;
  /** On SIGTERM: how long /readyz answers 503 before the server stops taking requests. */
  readonly shutdownDelayMs: number;
}

/** Limits of the database layer (see src/neo4j/database.ts). */
export interface DatabaseLimits {
  /** Timeout of every transaction; Neo4j terminates a transaction that runs longer. */
  readonly txTimeoutMs: number;
  /** Sessions that may hold a connection at a time. */
  readonly poolSize: number;
  /** How long work waits for a free connection before DATABASE_UNAVAILABLE. */
  readonly acquireTimeoutMs: number;
}

/**
 * The start-up steps. `run`: this process runs the step at start (the default, for `npm start`).
 * `require`: another process (a job: `plangraph migrate`, `plangraph seed`) runs it; this one is
 * not ready until the graph records it done (API replicas of a cluster). `off`: no dataset at all.
 */
export interface SetupConfig {
  readonly migrate: 'run' | 'require';
  readonly seed: 'run' | 'require' | 'off';
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export type Neo4jConfig = ExternalNeo4jConfig | EmbeddedNeo4jConfig;

export interface ExternalNeo4jConfig {
  readonly mode: 'external';
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Named by every session (`neo4j` unless NEO4J_DATABASE says otherwise). */
  readonly database: string;
}

export interface EmbeddedNeo4jConfig {
  readonly mode: 'embedded';
  /** Folder holding the store; kept between runs. */
  readonly dataDir: string;
  /** 0 = pick a free port at every start. */
  readonly boltPort: number;
  readonly heapMb: number;
  readonly pageCacheMb: number;
  readonly database?: string | undefined;
  /** Password of the neo4j user; random at every start when not set. */
  readonly password?: string | undefined;
  /** Restarts of a crashed JVM within 10 minutes before the service gives up (0: exit at once). */
  readonly maxRestarts?: number | undefined;
}

export interface GraphqlConfig {
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  readonly maxDirectives: number;
  readonly introspection: boolean;
  readonly graphiql: boolean;
  /** Show error details (messages of unexpected errors) to clients; never in production. */
  readonly exposeErrorDetails: boolean;
}

export interface AuthConfig {
  /** `open`: anyone may read; `authenticated`: reads need a viewer identity too. */
  readonly reads: 'open' | 'authenticated';
  readonly apiKeys: readonly ApiKey[];
  readonly jwt: JwtConfig | undefined;
}

export type Role = 'viewer' | 'analyst' | 'partner';

export interface ApiKey {
  readonly key: string;
  readonly subject: string;
  readonly role: Role;
  /** For partners: the organisation whose items they may edit. */
  readonly organisation: string | undefined;
}

export interface JwtConfig {
  readonly secret: string | undefined;
  readonly jwksFile: string | undefined;
  readonly issuer: string | undefined;
  readonly audience: string | undefined;
  /** Longest lifetime a token may have left (and have had, when it says when it was issued); tokens without `exp` are refused. */
  readonly maxAgeSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const ROLES: readonly Role[] = ['viewer', 'analyst', 'partner'];

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'production', 'test'], 'development');
  const config: Config = {
    env: nodeEnv,
    http: {
      host: read.string('HOST', '127.0.0.1'),
      port: read.integer('PORT', 4000, 0, 65535),
      // No cookies are used (credentials travel in headers), so allowing any origin is safe.
      corsOrigins: read.string('PLANGRAPH_CORS_ORIGINS', '*').split(',').map((o) => o.trim()).filter(Boolean),
      bodyLimitMb: read.integer('PLANGRAPH_BODY_LIMIT_MB', 5, 1, 100),
      shutdownDelayMs: read.integer('PLANGRAPH_SHUTDOWN_DELAY_MS', 0, 0, 120_000),
    },
    logLevel: read.oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'], 'info'),
    neo4j: readNeo4j(read, env, problems),
    database: readDatabaseLimits(read),
    setup: {
      migrate: read.oneOf('PLANGRAPH_MIGRATE', ['run', 'require'], 'run'),
      // PLANGRAPH_IMPORT_WHEN_EMPTY=false is the older spelling of PLANGRAPH_SEED=off.
      seed: read.oneOf('PLANGRAPH_SEED', ['run', 'require', 'off'], read.boolean('PLANGRAPH_IMPORT_WHEN_EMPTY', true) ? 'run' : 'off'),
    },
    suggestions: { recompute: read.oneOf('PLANGRAPH_SUGGESTIONS', ['after-writes', 'manual'], 'after-writes') },
    graphql: {
      maxDepth: read.integer('PLANGRAPH_MAX_DEPTH', 12, 1, 100),
      maxCost: read.integer('PLANGRAPH_MAX_COST', 50_000, 1, 10_000_000),
      maxAliases: read.integer('PLANGRAPH_MAX_ALIASES', 15, 1, 1000),
      maxTokens: read.integer('PLANGRAPH_MAX_TOKENS', 3000, 100, 1_000_000),
      maxDirectives: read.integer('PLANGRAPH_MAX_DIRECTIVES', 50, 1, 1000),
      introspection: read.boolean('PLANGRAPH_INTROSPECTION', true),
      graphiql: read.boolean('PLANGRAPH_GRAPHIQL', true),
      exposeErrorDetails: nodeEnv !== 'production' && read.boolean('PLANGRAPH_ERROR_DETAILS', false),
    },
    data: {
      dir: path.resolve(read.string('PLANGRAPH_DATA_DIR', path.join(projectRoot(), 'data'))),
    },
    auth: readAuth(read, problems),
    observability: readObservability(read, problems),
    limits: readLimits(read),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function readDatabaseLimits(read: EnvReader): DatabaseLimits {
  return {
    txTimeoutMs: read.integer('PLANGRAPH_TX_TIMEOUT_MS', 10_000, 100, 3_600_000),
    poolSize: read.integer('PLANGRAPH_NEO4J_POOL_SIZE', 50, 1, 1_000),
    acquireTimeoutMs: read.integer('PLANGRAPH_NEO4J_ACQUIRE_TIMEOUT_MS', 1_000, 1, 60_000),
  };
}

function readNeo4j(read: EnvReader, env: Env, problems: string[]): Neo4jConfig {
  const database = read.string('NEO4J_DATABASE', 'neo4j');
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(database)) problems.push(`NEO4J_DATABASE must be a Neo4j database name (3 to 63 letters, digits, dots and dashes, starting with a letter); got '${database}'`);
  const uri = read.optionalString('NEO4J_URI');
  if (uri === undefined) {
    for (const name of ['NEO4J_USER', 'NEO4J_PASSWORD']) {
      if (env[name]) problems.push(`${name} is set but NEO4J_URI is not: set NEO4J_URI to use an existing Neo4j, or unset ${name} to use the embedded one`);
    }
    return {
      mode: 'embedded',
      dataDir: path.resolve(read.string('PLANGRAPH_NEO4J_DIR', path.join(projectRoot(), '.neo4j', 'data'))),
      boltPort: read.integer('PLANGRAPH_NEO4J_BOLT_PORT', 0, 0, 65535),
      heapMb: read.integer('PLANGRAPH_NEO4J_HEAP_MB', 1024, 256, 65536),
      pageCacheMb: read.integer('PLANGRAPH_NEO4J_PAGECACHE_MB', 256, 16, 65536),
      database,
      password: embeddedPassword(read, problems),
      maxRestarts: read.integer('PLANGRAPH_NEO4J_RESTARTS', 5, 0, 100),
    };
  }
  const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/i.exec(uri)?.[1]?.toLowerCase();
  if (!scheme || !NEO4J_SCHEMES.includes(scheme)) {
    problems.push(`NEO4J_URI must look like <scheme>://<host>[:port] with scheme ${NEO4J_SCHEMES.join(', ')}; got '${uri}'`);
  }
  const password = read.optionalString('NEO4J_PASSWORD');
  if (password === undefined) problems.push('NEO4J_PASSWORD must be set when NEO4J_URI is set');
  return { mode: 'external', uri, user: read.string('NEO4J_USER', 'neo4j'), password: password ?? '', database };
}

function embeddedPassword(read: EnvReader, problems: string[]): string | undefined {
  const password = read.optionalString('PLANGRAPH_NEO4J_PASSWORD');
  if (password !== undefined && password.length < 8) problems.push('PLANGRAPH_NEO4J_PASSWORD must be at least 8 characters');
  return password;
}

function readAuth(read: EnvReader, problems: string[]): AuthConfig {
  const apiKeys: ApiKey[] = [];
  const spec = read.optionalString('PLANGRAPH_API_KEYS');
  // Format: key:subject:role[:organisation], comma separated. Keys are secrets: never echoed.
  if (spec !== undefined) {
    spec.split(',').map((s) => s.trim()).filter(Boolean).forEach((entry, index) => {
      const [key, subject, role, organisation] = entry.split(':').map((s) => s.trim());
      const where = `PLANGRAPH_API_KEYS entry ${index + 1}`;
      if (!key || key.length < 16) problems.push(`${where}: the key must be at least 16 characters`);
      if (!subject) problems.push(`${where}: expected key:subject:role[:organisation], the subject is missing`);
      if (!ROLES.includes(role as Role)) problems.push(`${where}: role must be one of ${ROLES.join(', ')}, got '${role ?? ''}'`);
      if (role === 'partner' && !organisation) problems.push(`${where}: a partner key must name its organisation id (key:subject:partner:organisation)`);
      if (key && subject && ROLES.includes(role as Role)) {
        apiKeys.push({ key, subject, role: role as Role, organisation: organisation || undefined });
      }
    });
    const keys = apiKeys.map((k) => k.key);
    if (new Set(keys).size !== keys.length) problems.push('PLANGRAPH_API_KEYS: the same key appears twice');
  }
  const secret = read.optionalString('PLANGRAPH_JWT_SECRET');
  if (secret !== undefined && secret.length < 32) problems.push('PLANGRAPH_JWT_SECRET must be at least 32 characters (HS256 key)');
  const jwksFile = read.optionalString('PLANGRAPH_JWT_JWKS_FILE');
  const jwt = secret || jwksFile
    ? {
        secret,
        jwksFile: jwksFile ? path.resolve(jwksFile) : undefined,
        issuer: read.optionalString('PLANGRAPH_JWT_ISSUER'),
        audience: read.optionalString('PLANGRAPH_JWT_AUDIENCE'),
        maxAgeSeconds: read.integer('PLANGRAPH_JWT_MAX_AGE_SECONDS', 86_400, 60, 31_536_000),
      }
    : undefined;
  return { reads: read.oneOf('PLANGRAPH_READS', ['open', 'authenticated'], 'open'), apiKeys, jwt };
}

/** /metrics and tracing (see the README, Operations). */
export interface ObservabilityConfig {
  readonly metrics: boolean;
  /** When set, /metrics needs `Authorization: Bearer <token>`. */
  readonly metricsToken: string | undefined;
  /** `otlp`: spans go to OTEL_EXPORTER_OTLP_* (read by the exporter itself); `console`: to stdout. */
  readonly tracing: 'off' | 'otlp' | 'console';
}

/** What one caller may ask of the service at once and per minute, and how long a request may take. */
export interface LimitsConfig {
  readonly anonymous: CallerLimits;
  readonly authenticated: CallerLimits;
  /** GraphQL requests in flight for all anonymous callers together. */
  readonly anonymousTotal: number;
  /** GraphQL requests in flight for everyone together; below the database's session pool. */
  readonly total: number;
  /** Deadline of a request, from its arrival: its database work is cancelled then. */
  readonly requestTimeoutMs: number;
  /** Mutations may take longer: an import of a whole plan is one transaction. */
  readonly mutationTimeoutMs: number;
  /** Express's `trust proxy`: which proxies may say who the client is (X-Forwarded-For). */
  readonly trustProxy: boolean | number | string;
}

export interface CallerLimits {
  readonly perMinute: number;
  readonly concurrency: number;
  /** Seconds of Cypher statement time one caller may use per minute. */
  readonly databaseSecondsPerMinute: number;
}

function readObservability(read: EnvReader, problems: string[]): ObservabilityConfig {
  const metricsToken = read.optionalString('PLANGRAPH_METRICS_TOKEN');
  if (metricsToken !== undefined && metricsToken.length < 16) problems.push('PLANGRAPH_METRICS_TOKEN must be at least 16 characters');
  return {
    metrics: read.boolean('PLANGRAPH_METRICS', true),
    metricsToken,
    tracing: read.oneOf('PLANGRAPH_TRACING', ['off', 'otlp', 'console'], 'off'),
  };
}

function readLimits(read: EnvReader): LimitsConfig {
  const trustProxy = read.optionalString('PLANGRAPH_TRUST_PROXY');
  return {
    anonymous: {
      perMinute: read.integer('PLANGRAPH_RATE_ANONYMOUS', 600, 1, 1_000_000),
      concurrency: read.integer('PLANGRAPH_CONCURRENCY_ANONYMOUS', 2, 1, 1000),
      databaseSecondsPerMinute: read.integer('PLANGRAPH_DB_SECONDS_ANONYMOUS', 10, 1, 1_000_000),
    },
    authenticated: {
      perMinute: read.integer('PLANGRAPH_RATE_AUTHENTICATED', 6000, 1, 1_000_000),
      concurrency: read.integer('PLANGRAPH_CONCURRENCY_AUTHENTICATED', 8, 1, 1000),
      databaseSecondsPerMinute: read.integer('PLANGRAPH_DB_SECONDS_AUTHENTICATED', 600, 1, 1_000_000),
    },
    anonymousTotal: read.integer('PLANGRAPH_CONCURRENCY_ANONYMOUS_TOTAL', 2, 1, 1000),
    total: read.integer('PLANGRAPH_CONCURRENCY_TOTAL', 32, 1, 1000),
    requestTimeoutMs: read.integer('PLANGRAPH_REQUEST_TIMEOUT_MS', 15_000, 100, 3_600_000),
    mutationTimeoutMs: read.integer('PLANGRAPH_MUTATION_TIMEOUT_MS', 120_000, 100, 3_600_000),
    // A number of hops, or addresses/subnets (`loopback`, `10.0.0.0/8`), as Express reads them.
    trustProxy: trustProxy === undefined || trustProxy === 'false' ? false : trustProxy === 'true' ? true : /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy,
  };
}

class EnvReader {
  constructor(private readonly env: Env, private readonly problems: string[]) {}

  optionalString(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  string(name: string, fallback: string): string {
    return this.optionalString(name) ?? fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max}; got '${raw}'`);
      return fallback;
    }
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.optionalString(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes', 'on'].includes(raw)) return true;
    if (['false', '0', 'no', 'off'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false; got '${raw}'`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')}; got '${raw}'`);
    return fallback;
  }
}

/** The URI with any credentials removed, safe to print. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}
