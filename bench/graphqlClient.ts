import http from 'node:http';

/**
 * A lean GraphQL-over-HTTP client for load: keep-alive connections (one per concurrent client,
 * as a pool of browsers or a backend would hold them), the request body serialised once, and
 * every response read whole and parsed, since a real client has to do that too and an error
 * hidden in a 200 must not pass for a fast answer.
 */
export class GraphQLRequestError extends Error {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export interface GraphQLResponse {
  readonly data: Record<string, unknown>;
  readonly bytes: number;
}

export class GraphQLClient {
  private agent: http.Agent;
  private readonly url: URL;

  constructor(endpoint: string, private readonly maxSockets = 64) {
    this.url = new URL(endpoint);
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  /**
   * Fresh connections for the next load window. Between two windows of a side the other sides
   * run; a connection idle longer than the server's keep-alive timeout (5 s in Node.js) is closed
   * by the server, and reusing it would fail the first request of the window.
   */
  reconnect(): void {
    this.agent.destroy();
    this.agent = new http.Agent({ keepAlive: true, maxSockets: this.maxSockets });
  }

  /** A prepared request: the body is built once and reused for every call. */
  prepare(query: string, variables: Readonly<Record<string, unknown>>): () => Promise<GraphQLResponse> {
    const body = Buffer.from(JSON.stringify({ query, variables }));
    return () => this.send(body);
  }

  private send(body: Buffer): Promise<GraphQLResponse> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent: this.agent,
          host: this.url.hostname,
          port: this.url.port,
          path: this.url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', 'content-length': body.length },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            try {
              resolve(interpret(res.statusCode ?? 0, text));
            } catch (err) {
              reject(err);
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

function interpret(status: number, text: string): GraphQLResponse {
  let body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new GraphQLRequestError(`HTTP ${status}, not JSON: ${text.slice(0, 200)}`, undefined);
  }
  if (body.errors?.length || status !== 200 || !body.data) {
    const first = body.errors?.[0];
    const code = first?.extensions?.code;
    const messages = body.errors?.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ');
    throw new GraphQLRequestError(`HTTP ${status}${messages ? `, ${messages}` : ''}`, code);
  }
  return { data: body.data, bytes: Buffer.byteLength(text) };
}
