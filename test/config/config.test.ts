import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, redactUri } from '../../src/config/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  return [];
}

describe('configuration', () => {
  it('defaults to the embedded Neo4j on a free port, port 4000 and open reads', () => {
    const config = loadConfig({});
    expect(config.neo4j.mode).toBe('embedded');
    expect(config.neo4j.mode === 'embedded' && config.neo4j.boltPort).toBe(0);
    expect(config.http.port).toBe(4000);
    expect(config.auth.reads).toBe('open');
  });

  it('uses an existing Neo4j when NEO4J_URI is set, with every supported scheme', () => {
    for (const scheme of ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc']) {
      const config = loadConfig({ NEO4J_URI: `${scheme}://db.example:7687`, NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'plans' });
      expect(config.neo4j).toMatchObject({ mode: 'external', uri: `${scheme}://db.example:7687`, user: 'neo4j', database: 'plans' });
    }
  });

  it('names the variable and what it expects when a value is wrong', () => {
    expect(problemsOf({ PORT: 'eighty' })).toEqual(["PORT must be an integer from 0 to 65535; got 'eighty'"]);
    expect(problemsOf({ PORT: '70000' })[0]).toMatch(/^PORT must be an integer from 0 to 65535/);
    expect(problemsOf({ LOG_LEVEL: 'loud' })[0]).toMatch(/^LOG_LEVEL must be one of debug, info, warn, error, silent/);
    expect(problemsOf({ PLANGRAPH_IMPORT_WHEN_EMPTY: 'maybe' })[0]).toMatch(/^PLANGRAPH_IMPORT_WHEN_EMPTY must be true or false/);
    expect(problemsOf({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })[0]).toMatch(/^NEO4J_URI must look like <scheme>:\/\/<host>\[:port\] with scheme bolt/);
  });

  it('requires a password with NEO4J_URI, and refuses credentials without it', () => {
    expect(problemsOf({ NEO4J_URI: 'bolt://localhost:7687' })).toContain('NEO4J_PASSWORD must be set when NEO4J_URI is set');
    expect(problemsOf({ NEO4J_PASSWORD: 'x' })[0]).toMatch(/^NEO4J_PASSWORD is set but NEO4J_URI is not/);
  });

  it('reports every problem at once', () => {
    expect(problemsOf({ PORT: '-1', NODE_ENV: 'staging', PLANGRAPH_MAX_DEPTH: '0' })).toHaveLength(3);
  });

  it('validates API keys and never echoes a key', () => {
    const problems = problemsOf({ PLANGRAPH_API_KEYS: 'short:ann:analyst,0123456789abcdefXYZ:bob:owner,0123456789abcdefABC:carol:partner' });
    expect(problems).toEqual([
      'PLANGRAPH_API_KEYS entry 1: the key must be at least 16 characters',
      "PLANGRAPH_API_KEYS entry 2: role must be one of viewer, analyst, partner, got 'owner'",
      'PLANGRAPH_API_KEYS entry 3: a partner key must name its organisation id (key:subject:partner:organisation)',
    ]);
    expect(problems.join(' ')).not.toContain('0123456789abcdef');
    const ok = loadConfig({ PLANGRAPH_API_KEYS: '0123456789abcdefXYZ:dana:partner:igo' });
    expect(ok.auth.apiKeys).toEqual([{ key: '0123456789abcdefXYZ', subject: 'dana', role: 'partner', organisation: 'igo' }]);
  });

  it('requires an HS256 secret of at least 32 characters', () => {
    expect(problemsOf({ PLANGRAPH_JWT_SECRET: 'too-short' })).toEqual(['PLANGRAPH_JWT_SECRET must be at least 32 characters (HS256 key)']);
  });

  it('never shows error details in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', PLANGRAPH_ERROR_DETAILS: 'true' }).graphql.exposeErrorDetails).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development', PLANGRAPH_ERROR_DETAILS: 'true' }).graphql.exposeErrorDetails).toBe(true);
  });

  it('names the database explicitly and sets limits of the database layer', () => {
    const config = loadConfig({});
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.database).toEqual({ txTimeoutMs: 10_000, poolSize: 50, acquireTimeoutMs: 1_000 });
    expect(config.limits.requestTimeoutMs).toBe(15_000);
    expect(loadConfig({ NEO4J_URI: 'neo4j://cluster:7687', NEO4J_PASSWORD: 'x', NEO4J_DATABASE: 'plans' }).neo4j.database).toBe('plans');
    expect(problemsOf({ NEO4J_DATABASE: 'no spaces' })[0]).toMatch(/^NEO4J_DATABASE must be a Neo4j database name/);
    expect(problemsOf({ PLANGRAPH_TX_TIMEOUT_MS: '10' })[0]).toMatch(/^PLANGRAPH_TX_TIMEOUT_MS must be an integer from 100/);
    expect(problemsOf({ PLANGRAPH_NEO4J_POOL_SIZE: '0' })[0]).toMatch(/^PLANGRAPH_NEO4J_POOL_SIZE must be an integer from 1/);
  });

  it('runs migrate and seed at start by default; replicas require them done by a job', () => {
    expect(loadConfig({}).setup).toEqual({ migrate: 'run', seed: 'run' });
    expect(loadConfig({ PLANGRAPH_MIGRATE: 'require', PLANGRAPH_SEED: 'require' }).setup).toEqual({ migrate: 'require', seed: 'require' });
    expect(loadConfig({ PLANGRAPH_IMPORT_WHEN_EMPTY: 'false' }).setup.seed).toBe('off');
    expect(problemsOf({ PLANGRAPH_SEED: 'later' })[0]).toMatch(/^PLANGRAPH_SEED must be one of run, require, off/);
  });

  it('restarts a crashed embedded Neo4j 5 times by default; 0 leaves restarts to an outer supervisor', () => {
    expect(loadConfig({}).neo4j).toMatchObject({ mode: 'embedded', maxRestarts: 5 });
    expect(loadConfig({ PLANGRAPH_NEO4J_RESTARTS: '0' }).neo4j).toMatchObject({ maxRestarts: 0 });
  });

  it('redacts credentials from a URI before it is printed', () => {
    expect(redactUri('neo4j+s://user:pw@db.example:7687')).toBe('neo4j+s://db.example:7687');
  });
});
