import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Config } from '../../src/config/config.js';
import { createLogger, silentLogger } from '../../src/log/logger.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { testConfig } from './neo4j.js';

export interface GraphQLResponse<T> {
  readonly status: number;
  readonly contentType: string | null;
  readonly data: T | null | undefined;
  readonly errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] | undefined;
  /** Cypher statements the request ran (from its Server-Timing header; none before execution starts). */
  readonly statements: number | undefined;
  readonly headers: Headers;
}

/** The per-request statement count the service reports in Server-Timing (`cypher;desc="3 statements"`). */
export function statementsOf(headers: Headers): number | undefined {
  const match = /cypher;desc="(\d+) statements"/.exec(headers.get('server-timing') ?? '');
  return match ? Number(match[1]) : undefined;
}

export interface TestServer {
  readonly url: string;
  readonly server: RunningServer;
  readonly config: Config;
  /** POSTs an operation (a typed document or a string) and returns the parsed response. */
  request<T = Record<string, unknown>, V = Record<string, unknown>>(
    document: TypedDocumentNode<T, V> | string,
    variables?: V,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Like request, but fails the test on any error and returns the data. */
  query<T = Record<string, unknown>, V = Record<string, unknown>>(document: TypedDocumentNode<T, V> | string, variables?: V, headers?: Record<string, string>): Promise<T>;
  stop(): Promise<void>;
}

/** The real service (HTTP, GraphQL, Neo4j driver) on a free port, against the test Neo4j. */
export async function startTestServer(env: Record<string, string> = {}, options: { waitUntilReady?: boolean } = {}): Promise<TestServer> {
  const config = testConfig(env);
  const logger = process.env.LOG_LEVEL === 'debug' ? createLogger('debug') : silentLogger;
  const server = await startServer(config, logger);
  if (options.waitUntilReady !== false) await server.prepared;
  const url = server.url;
  const request: TestServer['request'] = async (document, variables, headers = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
    });
    const body = (await response.json()) as { data?: never; errors?: never };
    return { status: response.status, contentType: response.headers.get('content-type'), data: body.data, errors: body.errors, statements: statementsOf(response.headers), headers: response.headers };
  };
  return {
    url,
    server,
    config,
    request,
    async query(document, variables, headers) {
      const response = await request(document, variables, headers);
      if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
      return response.data as never;
    },
    stop: () => server.stop(),
  };
}
